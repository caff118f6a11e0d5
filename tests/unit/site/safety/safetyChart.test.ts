import { describe, expect, it } from 'vitest';
import { chartInput } from '$lib/site/safety/safetyChart';
import { seriesLabel } from '$lib/site/safety/safetyWords';
import { data, def } from './safetyFixture';

describe('chartInput', () => {
	it('without "shared", side by side is the union of terms, and a series that does not print a term gets null', () => {
		const sel = { ...def, shared: false };
		const { terms, series } = chartInput(data, sel, 'en', (s) => s.id);
		expect(series).toHaveLength(3);
		const nausea = terms.find((t) => t.id === 'pt:Nausea')!;
		expect(nausea.values[0]).toBeNull(); // MM-001 does not print nausea
		expect(nausea.values[2]!.all!.percent).toBeCloseTo((100 * 55) / 225, 6);
	});

	it('labels terms and series in the page’s language', () => {
		const ja = chartInput(data, def, 'ja', (s) => seriesLabel(s, 'ja'));
		const en = chartInput(data, def, 'en', (s) => seriesLabel(s, 'en'));
		expect([ja.terms[0]!.label, en.terms[0]!.label]).toEqual(['全副作用', 'All adverse reactions']);
		expect([ja.series[0]!.label, en.series[0]!.label]).toEqual([
			'MM-001 · 全体',
			'MM-001 · Overall (150–450×10⁶ CAR+ T cells)'
		]);
	});
});
