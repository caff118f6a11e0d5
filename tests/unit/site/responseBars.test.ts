import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { responseBars } from '$lib/site/responseBars';

const { datasets } = readDocumentsOrThrow();
const rows = (id: string) => datasets.find((d) => d.entry.id === id)!.rows;

describe('responseBars', () => {
	it('builds one bar per cohort of Table 2 with N and the ORR as printed', () => {
		const bars = responseBars(rows('gl_t2_mm001_2019_best_response'), rows('gl_t2_mm001_2019_orr'), 'en');
		expect(bars.map((b) => [b.id, b.n, b.orr])).toEqual([
			['d150|', 4, '50.0'],
			['d300|', 70, '68.6'],
			['d450|', 54, '81.5'],
			['d150_450|', 128, '73.4']
		]);
		expect(bars[1]!.label).toBe('Foreign cohort, 300×10⁶ CAR+ T cells');
		expect(bars[1]!.segments.find((s) => s.category === 'sCR')).toEqual({
			category: 'sCR',
			count: 19,
			percent: '27.1'
		});
	});
	it('labels cohorts in Japanese as printed', () => {
		const bars = responseBars(rows('gl_t2_mm001_2019_best_response'), rows('gl_t2_mm001_2019_orr'), 'ja');
		expect(bars[0]!.label).toBe('外国人コホート 150×10⁶個');
	});
	it('names group and arm for the randomised MM-003 table', () => {
		const bars = responseBars(
			rows('gl_t9_mm003_prior_regimens_best_response'),
			rows('gl_t9_mm003_prior_regimens_orr'),
			'en'
		);
		expect(bars.length).toBeGreaterThan(1);
		for (const b of bars) {
			expect(b.label).toContain(' · ');
			expect(b.segments.reduce((s, x) => s + x.count, 0)).toBe(b.n);
		}
	});
});
