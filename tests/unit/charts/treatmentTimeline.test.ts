import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import TreatmentTimeline from '$lib/charts/TreatmentTimeline.svelte';
import type { TextBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import {
	treatmentTimelineLayout,
	type TimelineLaneInput,
	type TimelineLayout
} from '$lib/charts/treatmentTimelineLayout';
import { chartType, type ChartMedium, type ChartSize } from '$lib/charts/typography';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { GUIDELINE_FACTS } from '$lib/site/guideline/guidelineFacts';
import { timelineView } from '$lib/site/guideline/timelineView';
import { timelineData } from '$lib/site/guideline/treatmentTimeline';
import { LEGIBLE_SIZES, blockBox, illegibleTexts } from '../../helpers/textBoxes';
import { renderSvg, stableSvg, svgFile } from '../../helpers/svg';

// Section 1 (lines 65, 67: lymphodepletion from 5 days before, 3 days) and section 6 (lines 625, 648: MM-001 CRS onset 1.0 (1–12), neurologic onset 6.0 (1–720))
const lanes: TimelineLaneInput[] = [
	{ id: 'leukapheresis', label: 'Leukapheresis', kind: 'unscaled', note: 'day and length not printed' },
	{ id: 'bridging', label: 'Bridging therapy', kind: 'unscaled', note: 'day and length not printed' },
	{
		id: 'lymphodepletion',
		label: 'Lymphodepletion',
		kind: 'span',
		from: -5,
		days: 3,
		note: 'from 5 days before, 3 days'
	},
	{ id: 'infusion', label: 'Infusion', kind: 'point', day: 0, note: 'day 0' },
	{
		id: 'crs-MM-001',
		label: 'CRS onset · MM-001',
		kind: 'window',
		group: 'crs',
		median: 1,
		lower: 1,
		upper: 12,
		note: 'median 1.0 days (range 1–12)'
	},
	{
		id: 'neuro-MM-001',
		label: 'Neurologic onset · MM-001',
		kind: 'window',
		group: 'neuro',
		median: 6,
		lower: 1,
		upper: 720,
		note: 'median 6.0 days (range 1–720)'
	}
];
const labels = { axis: 'Days from the infusion (day 0)', unscaled: 'no printed days', infusion: 'infusion' };
const size = (width: number, medium: ChartMedium = 'screen'): ChartSize => ({
	width,
	type: chartType(medium, estimateTextWidth)
});

// the page's ten lanes with the page's words (messages guide_tl_*), in both languages
const messages = (lang: 'en' | 'ja') =>
	JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>;
const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
function pageChart(lang: 'en' | 'ja') {
	const m = messages(lang);
	const { lanes } = timelineView(timelineData(readDocumentsOrThrow().datasets, GUIDELINE_FACTS.timeline), {
		leukapheresis: m.guide_tl_leukapheresis!,
		bridging: m.guide_tl_bridging!,
		lymphodepletion: m.guide_tl_lymphodepletion!,
		infusion: m.guide_tl_infusion!,
		crs: (trial) => fill(m.guide_tl_crs!, { trial }),
		neuro: (trial) => fill(m.guide_tl_neuro!, { trial }),
		notPrinted: m.guide_tl_not_printed!,
		bridgingTrials: (days, trials) => fill(m.guide_tl_bridging_trials!, { days, trials }),
		lymphodepletionWhen: (start, days) => fill(m.guide_tl_ld_when!, { start, days }),
		infusionWhen: (minutes) => fill(m.guide_tl_infusion_when!, { minutes }),
		onset: (median, lower, upper) => fill(m.guide_tl_onset!, { median, lower, upper })
	});
	return {
		lanes,
		labels: { axis: m.guide_tl_axis!, unscaled: m.guide_tl_unscaled!, infusion: m.guide_tl_infusion_mark! }
	};
}

/** Every text the chart draws. */
const texts = (l: TimelineLayout): TextBlock[] => [
	...(l.unscaled ? [l.unscaled.heading] : []),
	l.infusion,
	l.axisTitle,
	...l.ticks.map((t) => t.label),
	...l.lanes.flatMap((x) => [x.label, ...(x.note ? [x.note] : [])])
];

describe('treatmentTimelineLayout', () => {
	const l = treatmentTimelineLayout(lanes, size(960), labels);
	const day = (d: number) => Math.round((l.plot.left + ((d + 6) * (l.plot.right - l.plot.left)) / 27) * 100) / 100;

	it('places each lane on its own row, top to bottom, in its order', () => {
		expect(l.mode).toBe('columns');
		expect(l.lanes.map((x) => x.id)).toEqual(lanes.map((x) => x.id));
		for (let i = 1; i < l.lanes.length; i++) expect(l.lanes[i]!.y).toBeGreaterThan(l.lanes[i - 1]!.y);
		expect(l.lanes[0]!.y).toBeGreaterThan(l.plot.top);
		expect(l.lanes.at(-1)!.y).toBeLessThan(l.plot.bottom);
	});

	it('sizes the label column from the measured labels, not a fixed 210 px', () => {
		// "Neurologic onset · MM-001" is the widest label at 13 px; the unscaled zone starts one gap after it
		expect(l.unscaled!.left).toBeCloseTo(8 + estimateTextWidth('Neurologic onset · MM-001', 13) + 12, 1);
	});

	it('draws phases without printed days side by side in the unscaled zone, left of the day axis, with no length or note', () => {
		const [leuk, bridging] = [l.lanes[0]!, l.lanes[1]!];
		expect(leuk.x1).toBeGreaterThan(l.unscaled!.left);
		expect(bridging.x1).toBeGreaterThan(leuk.x2);
		expect(bridging.x2).toBeLessThan(l.unscaled!.right);
		expect(l.unscaled!.right).toBeLessThan(l.plot.left);
		expect([leuk.xm, leuk.note, bridging.note]).toEqual([null, null, null]);
		expect(leuk.tip).toBe('Leukapheresis: day and length not printed');
	});

	it('puts lymphodepletion on days −5 to −2 and the infusion on day 0', () => {
		expect([l.lanes[2]!.x1, l.lanes[2]!.x2]).toEqual([day(-5), day(-2)]);
		expect(l.lanes[3]!.x1).toBe(day(0));
		expect(l.zeroX).toBe(day(0));
		expect(l.ticks.map((t) => t.value)).toEqual([-5, 0, 5, 10, 15, 20]);
	});

	it('draws onset windows at the printed median and range, cutting a range beyond the axis', () => {
		const crs = l.lanes[4]!;
		expect([crs.x1, crs.xm, crs.x2, crs.clipped]).toEqual([day(1), day(1), day(12), false]);
		const neuro = l.lanes[5]!;
		expect([neuro.x1, neuro.xm, neuro.x2, neuro.clipped]).toEqual([day(1), day(6), l.plot.right, true]);
		// the note starts after the arrow, in the room kept right of the axis, and ends inside the drawing
		expect(neuro.note!.x).toBe(Math.round((l.plot.right + 14) * 100) / 100);
		expect(blockBox(neuro.note!).right).toBeLessThanOrEqual(960 - 8);
	});

	it('moves a note that does not fit beside its mark under the lane', () => {
		const long = treatmentTimelineLayout(
			[
				{
					...lanes[5]!,
					note: 'median 6.0 days (range 1–720 days); the first event of one patient came almost two years after the infusion, long after the others'
				} as TimelineLaneInput
			],
			size(960),
			labels
		);
		const lane = long.lanes[0]!;
		expect(blockBox(lane.note!).top).toBeGreaterThan(lane.y);
		expect(lane.note!.x).toBe(long.plot.left);
		expect(blockBox(lane.note!).right).toBeLessThanOrEqual(960);
	});

	it('puts labels above the lanes on a phone, with the day axis across the width', () => {
		const phone = treatmentTimelineLayout(lanes, size(340), labels);
		expect(phone.mode).toBe('stacked');
		expect(phone.unscaled!.left).toBe(8);
		for (const x of phone.lanes) expect(blockBox(x.label).bottom).toBeLessThan(x.y - phone.markHalf + 1);
		// every tick label at least an em from the next
		for (let i = 1; i < phone.ticks.length; i++)
			expect(blockBox(phone.ticks[i]!.label).left - blockBox(phone.ticks[i - 1]!.label).right).toBeGreaterThanOrEqual(
				11
			);
	});
});

describe('treatmentTimelineLayout fits its width', () => {
	for (const lang of ['en', 'ja'] as const)
		for (const {
			size: { width, type },
			floor
		} of LEGIBLE_SIZES)
			it(`keeps the page's ${lang} lanes and notes inside ${width} px, apart and at least ${floor} px (${type.medium})`, () => {
				const { lanes, labels } = pageChart(lang);
				const l = treatmentTimelineLayout(lanes, { width, type }, labels);
				expect(l.lanes).toHaveLength(10);
				expect(l.mode).toBe(width === 340 ? 'stacked' : 'columns');
				expect(illegibleTexts(texts(l), width, l.height, floor)).toEqual([]);
				// every note is whole (wrapped, never shortened)
				expect(l.lanes.filter((x) => x.note?.full)).toEqual([]);
			});
});

describe('TreatmentTimeline SVG', () => {
	it('renders the same SVG for the same data (snapshot)', async () => {
		const props = { lanes, labels: { title: 'Treatment timeline', description: 'Timeline', ...labels }, width: 960 };
		const a = renderSvg(TreatmentTimeline, props);
		expect(stableSvg(a)).toMatchSnapshot();
		await expect(svgFile(a)).toMatchFileSnapshot('./__snapshots__/treatmentTimeline-guideline.svg');
		expect(a).toContain('role="img"');
		expect(a).toContain('<title');
		expect(a.match(/class="lane kind-/g)).toHaveLength(6);
		// the unscaled phases carry their note as a tip only
		expect(a).not.toContain('>day and length not printed<');
		expect(a).toContain('median 6.0 days (range 1–720)');
		expect(a).toContain('stroke-dasharray="4 3"');
	});
});
