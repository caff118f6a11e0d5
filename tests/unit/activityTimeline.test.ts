import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ActivityTimeline from '../../src/lib/charts/ActivityTimeline.svelte';
import { activityTimelineLayout, fitLabel, ROW_HEIGHT, textWidth, type TimelineItem } from '../../src/lib/charts/activityTimelineLayout';

// rmp_activities.csv lines 553, 556, 562 and 581, with the CLL survey period of rmp_surveys.csv (line 458)
const items: TimelineItem[] = [
	{ key: '5.1:routine_pv', section: '5.1', label: 'Routine pharmacovigilance', status: '', statusKey: '', start: null, end: null },
	{ key: '5.1:epmv_nephrotic', section: '5.1', label: 'Early post-marketing phase vigilance in nephrotic syndrome', status: 'completed', statusKey: 'completed', start: null, end: null },
	{ key: '5.1:gus_cll', section: '5.1', label: 'General use-results survey in CLL', status: 'ongoing', statusKey: 'ongoing', start: '2019-06-03', end: '2028-03-31' },
	{ key: '5.3:routine_rmm', section: '5.3', label: '添付文書および患者向医薬品ガイドによる情報提供', status: '', statusKey: '', start: null, end: null }
];

describe('activityTimelineLayout', () => {
	const l = activityTimelineLayout(items, 960);
	it('spans whole calendar years from the first start to the year after the last end', () => {
		expect(l.ticks.map((t) => t.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029]);
		expect(l.ticks[0]!.x).toBe(l.plot.left);
		expect(l.ticks.at(-1)!.x).toBe(l.plot.right);
	});
	it('draws a bar from start to end for a dated survey only', () => {
		const cll = l.rows[2]!.bar!;
		const span = l.plot.right - l.plot.left;
		const days = (Date.UTC(2029, 0, 1) - Date.UTC(2019, 0, 1)) / 864e5;
		// 2019-06-03 is day 153 of the 3653-day axis
		expect(cll.x).toBeCloseTo(l.plot.left + (153 / days) * span, 1);
		expect(cll.x + cll.width).toBeCloseTo(l.plot.left + ((Date.UTC(2028, 2, 31) - Date.UTC(2019, 0, 1)) / 864e5 / days) * span, 1);
		expect(l.rows.filter((r) => r.bar).map((r) => r.key)).toEqual(['5.1:gus_cll']);
	});
	it('keeps table order, one heading per section and one row height per activity', () => {
		expect(l.rows.map((r) => r.key)).toEqual(items.map((i) => i.key));
		expect(l.sections.map((s) => s.section)).toEqual(['5.1', '5.3']);
		expect(l.rows[1]!.top - l.rows[0]!.top).toBe(ROW_HEIGHT);
		// a section heading takes one extra row
		expect(l.rows[3]!.top - l.rows[2]!.top).toBe(2 * ROW_HEIGHT);
		expect(l.height).toBe(l.plot.bottom + 28);
	});
	it('shortens long labels to the label column and keeps the full text', () => {
		expect(textWidth('ab')).toBe(12);
		expect(textWidth('添付')).toBe(22);
		expect(fitLabel('short', 100)).toBe('short');
		const cut = fitLabel('x'.repeat(100), 60);
		expect(cut).toBe(`${'x'.repeat(9)}…`);
		expect(textWidth(cut)).toBeLessThanOrEqual(60);
		expect(l.rows[3]!.full).toBe(items[3]!.label);
	});
});

describe('ActivityTimeline SVG', () => {
	it('renders the same SVG for the same data (snapshot)', () => {
		const stable = (html: string) => html.replace(/id="[^"]*"|aria-labelledby="[^"]*"/g, '').replace(/<!--[^>]*-->/g, '');
		const labels = { title: 'Activities', description: 'Timeline', section: (s: string) => `Section ${s}`, noPeriod: 'no period printed' };
		const a = render(ActivityTimeline, { props: { items, labels } }).body;
		expect(stable(a)).toBe(stable(render(ActivityTimeline, { props: { items, labels } }).body));
		expect(stable(a)).toMatchSnapshot();
		expect(a.match(/class="period"/g)).toHaveLength(1);
		expect(a.match(/no period printed/g)).toHaveLength(3);
		expect(a).toContain('Section 5.3');
		expect(a).toContain('ongoing');
	});
});
