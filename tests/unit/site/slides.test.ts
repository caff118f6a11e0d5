import { describe, expect, it } from 'vitest';
import {
	SLIDE_CHART_BUDGET,
	SLIDE_CHART_WIDTH,
	deck,
	nextSlide,
	slideIndex,
	splitRows,
	type DeckInput
} from '$lib/site/slides';
import { safetyLayoutHeight, type SafetyTermInput } from '$lib/charts/safetyLayout';
import { chartType } from '$lib/charts/typography';

const input: DeckInput = {
	responseTables: [
		{ id: 'gl_t2_mm001_2019_best_response', trial: 'MM-001' },
		{ id: 'gl_t5_crb401_best_response', trial: 'CRB-401' },
		{ id: 'gl_t9_mm003_prior_regimens_best_response', trial: 'MM-003' }
	],
	intervals: [
		{ dataset: 'gl_t2_mm001_2019_orr', trial: 'MM-001', parts: [['t2/a/ci', 't2/b/ci']] },
		{ dataset: 'gl_t9_mm003_prior_regimens_orr', trial: 'MM-003', parts: [['t9/a/ci'], ['t9/b/ci']] }
	],
	panels: [
		{
			id: 'mm003_pfs',
			endpoint: 'PFS',
			summaryDataset: 'gl_t7_mm003_pfs',
			atRiskDataset: 'gl_f1_mm003_pfs_at_risk',
			trial: 'MM-003'
		},
		{
			id: 'mm003_os',
			endpoint: 'OS',
			summaryDataset: 'gl_t8_mm003_os',
			atRiskDataset: 'gl_f2_mm003_os_at_risk',
			trial: 'MM-003'
		},
		{
			id: 'cm017_os',
			endpoint: 'OS',
			summaryDataset: 'cm017_os',
			atRiskDataset: 'cm017_at_risk',
			trial: 'CheckMate 017'
		}
	],
	forests: [
		{
			rows: [
				{ dataset: 'gl_t9_mm003_prior_regimens_pfs', trial: 'MM-003' },
				{ dataset: 'gl_t10_mm003_japanese_pfs', trial: 'MM-003' }
			]
		},
		// a forest plot whose rows were all filtered away gets no slide
		{ rows: [] }
	],
	safety: [
		{ dataset: 'gl_t11_mm001_adverse_reactions', trial: 'MM-001', parts: [['any', 'soc:A'], ['soc:B']] },
		{ dataset: 'gl_t13_mm003_adverse_reactions', trial: 'MM-003', parts: [['any']] }
	]
};

describe('deck', () => {
	it('orders the responses, the intervals per table, survival, the forest plot, then adverse reactions per trial', () => {
		expect(deck(input).map((s) => s.id)).toEqual([
			'response-gl_t2_mm001_2019_best_response',
			'response-gl_t5_crb401_best_response',
			'response-gl_t9_mm003_prior_regimens_best_response',
			'intervals-MM-001-gl_t2_mm001_2019_orr',
			'intervals-MM-003-gl_t9_mm003_prior_regimens_orr',
			'intervals-MM-003-gl_t9_mm003_prior_regimens_orr-2',
			'survival-MM-003-PFS',
			'survival-MM-003-OS',
			'survival-CheckMate 017-OS',
			'forest-MM-003',
			'safety-MM-001-gl_t11_mm001_adverse_reactions',
			'safety-MM-001-gl_t11_mm001_adverse_reactions-2',
			'safety-MM-003-gl_t13_mm003_adverse_reactions'
		]);
	});
	it('gives each part of a split chart its rows, its place and its own source', () => {
		const s = deck(input);
		expect(s.find((x) => x.id === 'safety-MM-001-gl_t11_mm001_adverse_reactions-2')).toEqual({
			id: 'safety-MM-001-gl_t11_mm001_adverse_reactions-2',
			kind: 'safety',
			ref: 'gl_t11_mm001_adverse_reactions',
			trials: ['MM-001'],
			sources: ['gl_t11_mm001_adverse_reactions'],
			rows: ['soc:B'],
			part: { index: 2, count: 2 }
		});
		// a chart on one slide is not numbered
		expect(s.find((x) => x.id === 'intervals-MM-001-gl_t2_mm001_2019_orr')!.part).toBeNull();
		expect(s.find((x) => x.id === 'survival-MM-003-OS')).toMatchObject({
			ref: 'mm003_os',
			sources: ['gl_t8_mm003_os', 'gl_f2_mm003_os_at_risk']
		});
		expect(s.find((x) => x.id === 'forest-MM-003')).toMatchObject({ ref: '0', trials: ['MM-003'] });
	});
	it('keeps only one trial’s slides when asked', () => {
		expect(deck(input, 'CRB-401').map((s) => s.id)).toEqual(['response-gl_t5_crb401_best_response']);
		expect(deck(input, 'MM-001').map((s) => s.id)).toEqual([
			'response-gl_t2_mm001_2019_best_response',
			'intervals-MM-001-gl_t2_mm001_2019_orr',
			'safety-MM-001-gl_t11_mm001_adverse_reactions',
			'safety-MM-001-gl_t11_mm001_adverse_reactions-2'
		]);
		expect(deck(input, 'MM-003')).toHaveLength(7);
		expect(deck(input, 'CheckMate 017').map((s) => s.id)).toEqual(['survival-CheckMate 017-OS']);
	});
	it('has no survival or forest slide without survival panels', () => {
		expect(deck({ ...input, panels: [], forests: [], safety: [] }).map((s) => s.kind)).toEqual([
			'response',
			'response',
			'response',
			'intervals',
			'intervals',
			'intervals'
		]);
	});
});

describe('slideIndex', () => {
	const slides = deck(input);
	it('finds a slide by its id', () => {
		expect(slideIndex(slides, 'survival-MM-003-OS')).toBe(7);
		expect(slideIndex(slides, 'survival-CheckMate 017-OS')).toBe(8);
		expect(slideIndex(slides, 'intervals-MM-003-gl_t9_mm003_prior_regimens_orr-2')).toBe(5);
	});
	it('opens the first part of a chart named without its part, as links made before the split did', () => {
		expect(slideIndex(slides, 'intervals')).toBe(3);
		expect(slideIndex(slides, 'safety')).toBe(10);
		expect(slideIndex(slides, 'safety-MM-003')).toBe(12);
		expect(slideIndex(slides, 'forest')).toBe(9);
	});
	it('opens the first survival slide of an endpoint named without its trial, as links made before did', () => {
		expect(slideIndex(slides, 'survival-PFS')).toBe(6);
		expect(slideIndex(slides, 'survival-OS')).toBe(7);
	});
	it('finds nothing for an unknown or empty name', () => {
		expect(slideIndex(slides, 'survival-EFS')).toBe(-1);
		expect(slideIndex(slides, '')).toBe(-1);
		// a prefix only matches whole id parts
		expect(slideIndex(slides, 'surv')).toBe(-1);
	});
});

describe('splitRows', () => {
	// a chart of 100 px of axes and legend plus 30 px per row
	const linear = (rows: readonly unknown[]) => 100 + 30 * rows.length;
	it('keeps a chart that fits on one slide', () => {
		expect(splitRows([[1, 2], [3]], linear, 200)).toEqual([[1, 2, 3]]);
		expect(splitRows([], linear, 200)).toEqual([]);
	});
	it('uses as few slides as fit, evened out rather than filled in order', () => {
		const rows = Array.from({ length: 65 }, (_, i) => [i]);
		const parts = splitRows(rows, linear, 1000);
		// 30 rows fit in 1000 px: 65 rows need 3 slides, 22 + 22 + 21 rather than 30 + 30 + 5
		expect(parts.map((p) => p.length)).toEqual([22, 22, 21]);
		expect(parts.flat()).toEqual(rows.flat());
		for (const p of parts) expect(linear(p)).toBeLessThanOrEqual(1000);
	});
	it('never splits a block (an organ class with its reactions) that fits a slide', () => {
		const blocks = [[1], [2, 3, 4], [5, 6], [7, 8, 9]];
		const parts = splitRows(blocks, linear, 100 + 30 * 5);
		expect(parts).toEqual([
			[1, 2, 3, 4],
			[5, 6, 7, 8, 9]
		]);
	});
	it('splits a block too tall for any slide row by row', () => {
		const parts = splitRows([[1], [2, 3, 4, 5, 6, 7]], linear, 100 + 30 * 3);
		expect(parts.flat()).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(parts).toHaveLength(3);
		for (const p of parts) expect(linear(p)).toBeLessThanOrEqual(190);
	});
	it('gives a single row taller than the budget a slide of its own', () => {
		expect(splitRows([[1], [2]], () => 500, 100)).toEqual([[1], [2]]);
	});
	it('splits MM-003’s 65 adverse reactions at slide type into slides that each fit the budget', () => {
		// the shape of Table 13: the all-reactions row, then 12 organ classes of 1–8 reactions
		const sizes = [6, 3, 5, 4, 6, 8, 5, 6, 2, 4, 3, 1];
		const terms: SafetyTermInput[] = [{ id: 'any', level: 'any', label: 'All adverse reactions', values: [null] }];
		sizes.forEach((n, s) => {
			terms.push({
				id: `soc:${s}`,
				level: 'soc',
				label: `Organ class ${s} disorders`,
				values: [{ all: { percent: 40, lower: 30, upper: 50 }, g3: { percent: 10, lower: 5, upper: 18 } }]
			});
			for (let p = 0; p < n; p++)
				terms.push({
					id: `pt:${s}.${p}`,
					level: 'pt',
					label: `Reaction ${s}.${p} of a long name`,
					values: [{ all: { percent: 20, lower: 12, upper: 30 }, g3: null }]
				});
		});
		const blocks: SafetyTermInput[][] = [];
		for (const t of terms) (t.level === 'pt' ? blocks.at(-1)! : (blocks[blocks.length] = [])).push(t);
		const labels = { axis: 'Incidence (%)', allGrades: 'All grades', grade3: 'Grade ≥3', notPrinted: 'not printed' };
		const heightOf = (rows: readonly SafetyTermInput[]) =>
			safetyLayoutHeight(
				rows,
				[{ id: 'MM-003:idecel', label: 'MM-003 · ide-cel' }],
				'both',
				{ width: SLIDE_CHART_WIDTH, type: chartType('slide') },
				labels
			);
		expect(heightOf(terms)).toBeGreaterThan(SLIDE_CHART_BUDGET);
		const parts = splitRows(blocks, heightOf, SLIDE_CHART_BUDGET);
		expect(parts.length).toBeGreaterThan(1);
		expect(parts.flat().map((t) => t.id)).toEqual(terms.map((t) => t.id));
		for (const p of parts) {
			expect(heightOf(p)).toBeLessThanOrEqual(SLIDE_CHART_BUDGET);
			// each slide starts at an organ class (or the all-reactions row)
			expect(p[0]!.level).not.toBe('pt');
		}
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
