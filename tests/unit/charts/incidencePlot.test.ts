import { describe, expect, it } from 'vitest';
import IncidencePlot from '$lib/charts/IncidencePlot.svelte';
import type { IncidenceGroupInput } from '$lib/charts/incidenceLayout';
import { PRIMARY } from '$lib/charts/palette';
import { renderSvg, stableSvg, svgFile } from '../../helpers/svg';
import { minOf } from '$lib/util/extremes';

// RMP line 140 (RIN-1, NMOSD), line 130 (RAVE, printed as a percentage only) and line 237 (Akamatsu, the flagged
// denominator); Clopper–Pearson 95% in % (scipy)
const groups: IncidenceGroupInput[] = [
	{
		id: 'gpa-mpa',
		label: 'GPA/MPA (1)',
		items: [
			{
				id: 'rmp_inc_a_006',
				label: 'Infusion related reaction',
				sublabel: 'NCT00104299 · rituximab arm',
				printed: '12.1',
				point: null,
				hollow: false,
				flagged: false,
				tip: 'NCT00104299 · rituximab arm · Infusion related reaction: 12.1%'
			}
		]
	},
	{
		id: 'nmosd',
		label: 'NMOSD (2)',
		items: [
			{
				id: 'rmp_inc_a_019',
				label: 'Infusion related reaction (mild or moderate)',
				sublabel: 'RIN-1 · rituximab arm',
				printed: '36.8',
				point: { percent: 36.842, lower: 16.289, upper: 61.642 },
				hollow: false,
				flagged: false,
				tip: 'RIN-1 · rituximab arm: 36.8% (7/19) [16.3, 61.6]'
			},
			{
				id: 'rmp_inc_a_020',
				label: 'Infusion related reaction (mild or moderate)',
				sublabel: 'RIN-1 · placebo arm',
				printed: '0',
				point: { percent: 0, lower: 0, upper: 17.647 },
				hollow: true,
				flagged: false,
				tip: 'RIN-1 · placebo arm: 0% (0/19) [0, 17.6]'
			}
		]
	},
	{
		id: 'abmr',
		label: 'suppression of antibody-mediated rejection (ABMR) (1)',
		items: [
			{
				id: 'rmp_inc_a_108',
				label: 'Neutrophil count decreased (grade 4)',
				sublabel: 'Akamatsu 2021',
				printed: '4.2',
				point: { percent: 4.1667, lower: 0.1054, upper: 21.12 },
				hollow: false,
				flagged: true,
				tip: 'Akamatsu 2021: 4.2% (1/24) [0.11, 21.1]'
			}
		]
	}
];
const labels = {
	title: 'Incidence figures: Infusion reaction',
	description: 'Dot plot',
	axis: 'Incidence (%)',
	interval: 'printed figure with its interval',
	hollow: 'placebo or control arm',
	flagged: 'denominator differs',
	percentOnly: 'printed without a count: no interval'
};

describe('IncidencePlot SVG', () => {
	it('renders the same SVG for the same data (snapshot)', async () => {
		const props = { groups, labels, width: 960 };
		const a = renderSvg(IncidencePlot, props);
		expect(stableSvg(a)).toMatchSnapshot();
		await expect(svgFile(a)).toMatchFileSnapshot('./__snapshots__/incidencePlot-infusion-reaction.svg');
		expect(a).toContain('role="img"');
		expect(a).toContain('<title');
		// three dots with intervals, one hollow; the percentage printed alone is said in words, not drawn
		expect(a.match(new RegExp(`<circle cx="[\\d.]+" cy="[\\d.]+" r="4" fill="${PRIMARY}"`, 'g'))).toHaveLength(2 + 1);
		expect(a.match(/class="figure percent-only"/g)).toHaveLength(1);
		expect(a).toContain('12.1% — printed without a count: no interval');
		expect(a).toContain('† Neutrophil count decreased (grade 4)');
		expect(a.match(/class="indication"/g)).toHaveLength(3);
		expect(a).toContain('data-tip="RIN-1 · placebo arm: 0% (0/19) [0, 17.6]"');
	});

	it('draws every text at 11 px or more on a page, 18 px or more on a slide', () => {
		const sizes = (html: string) => [...html.matchAll(/<text[^>]* font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
		const page = sizes(renderSvg(IncidencePlot, { groups, labels, width: 960 }));
		const slide = sizes(renderSvg(IncidencePlot, { groups, labels, width: 1700, medium: 'slide' as const }));
		expect(page.length).toBeGreaterThan(20);
		expect(minOf(page)).toBeGreaterThanOrEqual(11);
		expect(slide).toHaveLength(page.length);
		expect(minOf(slide)).toBeGreaterThanOrEqual(18);
	});
});
