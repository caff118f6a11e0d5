import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import TreatmentTimeline from '../../src/lib/charts/TreatmentTimeline.svelte';
import { treatmentTimelineLayout, type TimelineLaneInput } from '../../src/lib/charts/treatmentTimelineLayout';

// Section 1 (lines 65, 67: lymphodepletion from 5 days before, 3 days) and section 6 (lines 625, 648: MM-001 CRS onset 1.0 (1–12), neurologic onset 6.0 (1–720))
const lanes: TimelineLaneInput[] = [
	{ id: 'leukapheresis', label: 'Leukapheresis', kind: 'unscaled', note: 'day and length not printed' },
	{ id: 'bridging', label: 'Bridging therapy', kind: 'unscaled', note: 'day and length not printed' },
	{ id: 'lymphodepletion', label: 'Lymphodepletion', kind: 'span', from: -5, days: 3, note: 'from 5 days before, 3 days' },
	{ id: 'infusion', label: 'Infusion', kind: 'point', day: 0, note: 'day 0' },
	{ id: 'crs-MM-001', label: 'CRS onset · MM-001', kind: 'window', group: 'crs', median: 1, lower: 1, upper: 12, note: 'median 1.0 days (range 1–12)' },
	{ id: 'neuro-MM-001', label: 'Neurologic onset · MM-001', kind: 'window', group: 'neuro', median: 6, lower: 1, upper: 720, note: 'median 6.0 days (range 1–720)' }
];
const labels = { title: 'Treatment timeline', description: 'Timeline', axis: 'Days from the infusion (day 0)', unscaled: 'no printed days', infusion: 'infusion' };

describe('treatmentTimelineLayout', () => {
	const l = treatmentTimelineLayout(lanes, 960);
	// day axis −6…21 on [386, 760]: 374 px / 27 days
	const day = (d: number) => Math.round((386 + ((d + 6) * 374) / 27) * 100) / 100;

	it('places each lane on its own row, top to bottom', () => {
		expect(l.plot).toEqual({ left: 386, right: 760, top: 34, bottom: 214 });
		expect(l.lanes.map((x) => x.y)).toEqual([49, 79, 109, 139, 169, 199]);
		expect(l.height).toBe(258);
	});

	it('draws phases without printed days side by side in the unscaled zone, left of the day axis, with no length or note', () => {
		const [leuk, bridging] = [l.lanes[0]!, l.lanes[1]!];
		expect([leuk.x1, leuk.x2, bridging.x1, bridging.x2]).toEqual([220, 283, 287, 350]);
		expect(bridging.x2).toBeLessThan(l.plot.left);
		expect([leuk.xm, leuk.noteX, bridging.noteX]).toEqual([null, null, null]);
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
		expect(neuro.noteX).toBe(l.plot.right + 14);
	});
});

describe('TreatmentTimeline SVG', () => {
	it('renders the same SVG for the same data (snapshot)', () => {
		const stable = (html: string) => html.replace(/id="[^"]*"|aria-labelledby="[^"]*"/g, '').replace(/<!--[^>]*-->/g, '');
		const props = { lanes, labels, width: 960 };
		const a = render(TreatmentTimeline, { props }).body;
		expect(stable(a)).toBe(stable(render(TreatmentTimeline, { props }).body));
		expect(stable(a)).toMatchSnapshot();
		expect(a).toContain('role="img"');
		expect(a).toContain('<title');
		expect(a.match(/class="lane kind-/g)).toHaveLength(6);
		// the unscaled phases carry their note as a tip only
		expect(a).not.toContain('>day and length not printed<');
		expect(a).toContain('median 6.0 days (range 1–720)');
		expect(a).toContain('stroke-dasharray="4 3"');
	});
});
