import { describe, expect, it } from 'vitest';
import SafetyDotPlot from '$lib/charts/SafetyDotPlot.svelte';
import type { SafetySeries, SafetyTermInput } from '$lib/charts/safetyLayout';
import { renderSvg, stableSvg, svgFile } from '../../helpers/svg';
import { minOf } from '$lib/util/extremes';

// Table 11 (MM-001) overall (N = 137) and Table 13 (MM-003) ide-cel treated (N = 225); Clopper–Pearson 95% in % (scipy)
const series: SafetySeries[] = [
	{ id: 'MM-001:overall', label: 'MM-001 · Overall' },
	{ id: 'MM-003:idecel_treated', label: 'MM-003 · ide-cel arm' }
];
const terms: SafetyTermInput[] = [
	{
		id: 'soc:Immune system disorders',
		level: 'soc',
		label: 'Immune system disorders',
		values: [
			{ all: { percent: 87.59, lower: 80.88, upper: 92.6 }, g3: { percent: 8.03, lower: 4.08, upper: 13.91 } },
			{ all: { percent: 89.33, lower: 84.55, upper: 93.05 }, g3: { percent: 6.67, lower: 3.78, upper: 10.76 } }
		]
	},
	{
		id: 'pt:Cytokine release syndrome',
		level: 'pt',
		label: 'Cytokine release syndrome',
		values: [
			{ all: { percent: 84.67, lower: 77.53, upper: 90.25 }, g3: { percent: 5.11, lower: 2.08, upper: 10.24 } },
			{ all: { percent: 87.56, lower: 82.52, upper: 91.57 }, g3: { percent: 4.89, lower: 2.47, upper: 8.58 } }
		]
	},
	{
		id: 'pt:Nausea',
		level: 'pt',
		label: 'Nausea',
		values: [
			null,
			{ all: { percent: 24.44, lower: 18.98, upper: 30.6 }, g3: { percent: 0.89, lower: 0.11, upper: 3.17 } }
		]
	}
];
const labels = {
	title: 'Adverse reactions',
	description: 'Dot plot',
	axis: 'Incidence (%)',
	allGrades: 'All grades',
	grade3: 'Grade ≥3',
	notPrinted: 'not in this table'
};

describe('SafetyDotPlot SVG', () => {
	it('renders the same SVG for the same data (snapshot)', async () => {
		const props = { terms, series, grades: 'both' as const, labels, width: 960 };
		const a = renderSvg(SafetyDotPlot, props);
		expect(stableSvg(a)).toMatchSnapshot();
		await expect(svgFile(a)).toMatchFileSnapshot('./__snapshots__/safetyDotPlot-two-series.svg');
		expect(a).toContain('role="img"');
		expect(a).toContain('<title');
		expect(a).toContain('not in this table');
		expect(a).toContain('1. MM-001 · Overall');
		// 2 series × 3 terms, one printed nowhere in MM-001: 5 filled circles and 5 hollow diamonds
		expect(a.match(/class="dot grade-all"/g)).toHaveLength(5);
		expect(a.match(/class="dot grade-3plus"/g)).toHaveLength(5);
	});

	it('draws every text at 11 px or more on a page, 18 px or more on a slide', () => {
		const sizes = (html: string) => [...html.matchAll(/<text[^>]* font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
		const page = sizes(renderSvg(SafetyDotPlot, { terms, series, grades: 'both' as const, labels, width: 960 }));
		const slide = sizes(
			renderSvg(SafetyDotPlot, {
				terms,
				series,
				grades: 'both' as const,
				labels,
				width: 1700,
				medium: 'slide' as const
			})
		);
		expect(page.length).toBeGreaterThan(20);
		expect(minOf(page)).toBeGreaterThanOrEqual(11);
		expect(slide).toHaveLength(page.length);
		expect(minOf(slide)).toBeGreaterThanOrEqual(18);
	});
});
