import { describe, expect, it } from 'vitest';
import { deck, nextSlide } from '../../src/lib/site/slides';

const tables = [
	{ id: 'gl_t2_mm001_2019_best_response', trial: 'MM-001' },
	{ id: 'gl_t5_crb401_best_response', trial: 'CRB-401' },
	{ id: 'gl_t9_mm003_prior_regimens_best_response', trial: 'MM-003' }
];
const panels = [
	{ endpoint: 'PFS', summaryDataset: 'gl_t7_mm003_pfs', atRiskDataset: 'gl_f1_mm003_pfs_at_risk' },
	{ endpoint: 'OS', summaryDataset: 'gl_t8_mm003_os', atRiskDataset: 'gl_f2_mm003_os_at_risk' }
];
const orr = [
	{ dataset: 'gl_t2_mm001_2019_orr', trial: 'MM-001' },
	{ dataset: 'gl_t2_mm001_2019_orr', trial: 'MM-001' },
	{ dataset: 'gl_t9_mm003_prior_regimens_orr', trial: 'MM-003' }
];

describe('deck', () => {
	it('orders response slides, the intervals, then survival and the forest plot', () => {
		expect(deck(tables, panels, orr).map((s) => s.id)).toEqual([
			'response-gl_t2_mm001_2019_best_response',
			'response-gl_t5_crb401_best_response',
			'response-gl_t9_mm003_prior_regimens_best_response',
			'intervals',
			'survival-PFS',
			'survival-OS',
			'forest'
		]);
	});
	it('keeps only one trial’s slides when asked, the intervals included when the trial has any', () => {
		expect(deck(tables, panels, orr, 'CRB-401').map((s) => s.id)).toEqual(['response-gl_t5_crb401_best_response']);
		expect(deck(tables, panels, orr, 'MM-001').map((s) => s.id)).toEqual(['response-gl_t2_mm001_2019_best_response', 'intervals']);
		expect(deck(tables, panels, orr, 'MM-003')).toHaveLength(5);
	});
	it('cites each source dataset once', () => {
		const s = deck(tables, panels, orr);
		expect(s.find((x) => x.id === 'intervals')!.sources).toEqual(['gl_t2_mm001_2019_orr', 'gl_t9_mm003_prior_regimens_orr']);
		expect(s.find((x) => x.id === 'survival-OS')!.sources).toEqual(['gl_t8_mm003_os', 'gl_f2_mm003_os_at_risk']);
	});
	it('ends with the adverse reactions of the trials that print them, one trial’s deck keeping the slide', () => {
		const safety = [
			{ id: 'gl_t11_mm001_adverse_reactions', trial: 'MM-001' },
			{ id: 'gl_t13_mm003_adverse_reactions', trial: 'MM-003' }
		];
		const s = deck(tables, panels, orr, null, safety);
		expect(s.at(-1)).toEqual({ id: 'safety', kind: 'safety', ref: '', trials: ['MM-001', 'MM-003'], sources: ['gl_t11_mm001_adverse_reactions', 'gl_t13_mm003_adverse_reactions'] });
		expect(deck(tables, panels, orr, 'MM-001', safety).map((x) => x.id)).toEqual(['response-gl_t2_mm001_2019_best_response', 'intervals', 'safety']);
		expect(deck(tables, panels, orr, 'CRB-401', safety).map((x) => x.id)).toEqual(['response-gl_t5_crb401_best_response']);
	});
	it('has no survival or forest slide without survival panels', () => {
		expect(deck(tables, [], orr).map((s) => s.kind)).toEqual(['response', 'response', 'response', 'intervals']);
	});
});

describe('nextSlide', () => {
	it('moves forward and back with arrows, Page keys and Space, and clamps at both ends', () => {
		expect(nextSlide('ArrowRight', 0, 7)).toBe(1);
		expect(nextSlide('PageDown', 2, 7)).toBe(3);
		expect(nextSlide(' ', 6, 7)).toBe(6);
		expect(nextSlide('ArrowLeft', 3, 7)).toBe(2);
		expect(nextSlide('PageUp', 0, 7)).toBe(0);
	});
	it('jumps to the ends with Home and End', () => {
		expect(nextSlide('Home', 4, 7)).toBe(0);
		expect(nextSlide('End', 1, 7)).toBe(6);
	});
	it('ignores other keys', () => {
		expect(nextSlide('a', 1, 7)).toBeNull();
		expect(nextSlide('Enter', 1, 7)).toBeNull();
	});
});
