import { describe, expect, it } from 'vitest';
import ActivityTimeline from '$lib/charts/ActivityTimeline.svelte';
import { activityTimelineLayout, type TimelineItem, type TimelineLayout } from '$lib/charts/activityTimelineLayout';
import type { TextBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { chartType, type ChartMedium, type ChartSize } from '$lib/charts/typography';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { RMP_SURVEY_FACTS } from '$lib/site/surveys/rmpSurveyFacts';
import { surveyPlannerData } from '$lib/site/surveys/surveyRows';
import { timelineItems } from '$lib/site/surveys/surveyWords';
import { LEGIBLE_SIZES, blockBox, illegibleTexts } from '../../helpers/textBoxes';
import { renderSvg, stableSvg, svgFile } from '../../helpers/svg';

// rmp_activities.csv lines 553, 556, 562 and 581, with the CLL survey period of rmp_surveys.csv (line 458)
const items: TimelineItem[] = [
	{
		key: '5.1:routine_pv',
		section: '5.1',
		label: 'Routine pharmacovigilance',
		status: '',
		statusKey: '',
		start: null,
		end: null
	},
	{
		key: '5.1:epmv_nephrotic',
		section: '5.1',
		label: 'Early post-marketing phase vigilance in nephrotic syndrome',
		status: 'completed',
		statusKey: 'completed',
		start: null,
		end: null
	},
	{
		key: '5.1:gus_cll',
		section: '5.1',
		label: 'General use-results survey in CLL',
		status: 'ongoing',
		statusKey: 'ongoing',
		start: '2019-06-03',
		end: '2028-03-31'
	},
	{
		key: '5.3:routine_rmm',
		section: '5.3',
		label: '添付文書および患者向医薬品ガイドによる情報提供',
		status: '',
		statusKey: '',
		start: null,
		end: null
	}
];
const labels = { section: (s: string) => `Section ${s}`, noPeriod: 'no period printed' };
const size = (width: number, medium: ChartMedium = 'screen'): ChartSize => ({
	width,
	type: chartType(medium, estimateTextWidth)
});

// all 25 activities of the page, in both languages, with the page's words (messages survey_timeline_*)
const { activities } = surveyPlannerData(readDocumentsOrThrow().datasets, [], RMP_SURVEY_FACTS.schemas);
const pageItems = (lang: 'en' | 'ja'): TimelineItem[] => timelineItems(activities, lang);
const pageLabels = { en: labels, ja: { section: (s: string) => `表 ${s}`, noPeriod: '期間の記載なし' } };

/** Every text the chart draws. */
const texts = (l: TimelineLayout): TextBlock[] => [
	...l.ticks.flatMap((t) => (t.label ? [t.label] : [])),
	...l.sections.map((s) => s.label),
	...l.rows.flatMap((r) => [r.label, r.status, ...(r.noPeriod ? [r.noPeriod] : [])])
];

describe('activityTimelineLayout', () => {
	const l = activityTimelineLayout(items, size(960), labels);
	it('spans whole calendar years from the first start to the year after the last end', () => {
		expect(l.ticks.map((t) => t.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029]);
		expect(l.ticks[0]!.x).toBe(l.plot.left);
		expect(l.ticks.at(-1)!.x).toBe(l.plot.right);
		// about 50 px a year at 960: every year is labelled
		expect(l.ticks.every((t) => t.label !== null)).toBe(true);
	});
	it('draws a bar from start to end for a dated survey only', () => {
		const cll = l.rows[2]!.bar!;
		const span = l.plot.right - l.plot.left;
		const days = (Date.UTC(2029, 0, 1) - Date.UTC(2019, 0, 1)) / 864e5;
		// 2019-06-03 is day 153 of the 3653-day axis
		expect(cll.x).toBeCloseTo(l.plot.left + (153 / days) * span, 1);
		expect(cll.x + cll.width).toBeCloseTo(
			l.plot.left + ((Date.UTC(2028, 2, 31) - Date.UTC(2019, 0, 1)) / 864e5 / days) * span,
			1
		);
		expect(l.rows.filter((r) => r.bar).map((r) => r.key)).toEqual(['5.1:gus_cll']);
		expect(l.rows.filter((r) => r.noPeriod).map((r) => r.noPeriod!.lines[0])).toEqual([
			'no period printed',
			'no period printed',
			'no period printed'
		]);
	});
	it('keeps table order, one heading per section, rows stacked without gaps', () => {
		expect(l.rows.map((r) => r.key)).toEqual(items.map((i) => i.key));
		expect(l.sections.map((s) => s.label.lines[0])).toEqual(['Section 5.1', 'Section 5.3']);
		expect(l.rows[1]!.top).toBeCloseTo(l.rows[0]!.top + l.rows[0]!.height, 1);
		// a section heading sits between the rows of two sections
		const heading = blockBox(l.sections[1]!.label);
		expect(heading.top).toBeGreaterThanOrEqual(l.rows[2]!.top + l.rows[2]!.height);
		expect(l.rows[3]!.top).toBeGreaterThanOrEqual(heading.bottom);
		expect(l.rows.map((r) => r.shaded)).toEqual([true, false, true, false]);
		expect(l.height).toBe(Math.ceil(l.plot.bottom + 8));
	});
	it('sizes the label and status columns from their measured text', () => {
		expect(l.mode).toBe('columns');
		// the widest label (the nephrotic syndrome one, ≈ 365 px at 13 px) is capped at 36% of 960 and wraps
		expect(l.plot.left).toBeCloseTo(8 + 960 * 0.36 + 12, 1);
		expect(l.rows[1]!.label.lines).toHaveLength(2);
		expect(l.rows[1]!.label.full).toBeNull();
		// "completed" is the widest status: the bars end one gap before it, not 96 px from the edge
		expect(l.plot.right).toBeCloseTo(960 - 8 - Math.ceil(estimateTextWidth('completed', 13)) - 12, 1);
		expect(l.rows[0]!.status.lines).toEqual(['—']);
	});
	it('puts each label above its bar on a phone, with the bars across the width', () => {
		const phone = activityTimelineLayout(items, size(340), labels);
		expect(phone.mode).toBe('stacked');
		expect(phone.plot.right - phone.plot.left).toBeGreaterThan(200);
		for (const r of phone.rows) expect(blockBox(r.label).bottom).toBeLessThanOrEqual(r.y - phone.barHeight / 2);
		// about 20 px a year: a label every 2nd year at the most
		const labelled = phone.ticks.filter((t) => t.label);
		expect(labelled.length).toBeLessThan(phone.ticks.length);
		for (let i = 1; i < labelled.length; i++)
			expect(blockBox(labelled[i]!.label!).left - blockBox(labelled[i - 1]!.label!).right).toBeGreaterThanOrEqual(11);
	});
	it('shortens a label beyond two lines and keeps its full text for the title', () => {
		const long = activityTimelineLayout([{ ...items[0]!, label: pageItems('en')[0]!.label }], size(960), labels);
		expect(long.rows[0]!.label.lines).toHaveLength(2);
		expect(long.rows[0]!.label.lines[1]!.endsWith('…')).toBe(true);
		expect(long.rows[0]!.label.full).toBe(pageItems('en')[0]!.label);
	});
});

describe('activityTimelineLayout fits its width', () => {
	for (const lang of ['en', 'ja'] as const)
		for (const {
			size: { width, type },
			floor
		} of LEGIBLE_SIZES)
			it(`keeps the page's ${activities.length} ${lang} activities inside ${width} px, apart and at least ${floor} px (${type.medium})`, () => {
				const l = activityTimelineLayout(pageItems(lang), { width, type }, pageLabels[lang]);
				expect(l.rows).toHaveLength(25);
				expect(l.rows.filter((r) => r.bar)).toHaveLength(4);
				expect(l.mode).toBe(width === 340 ? 'stacked' : 'columns');
				expect(illegibleTexts(texts(l), width, l.height, floor)).toEqual([]);
			});
});

describe('activityTimelineLayout on a phone in the browser', () => {
	it('stacks the Japanese labels in a 350 px box even where the browser measures text narrower than the table', () => {
		// Chromium's canvas measures these labels about 15% narrower than the metrics table
		const narrower = (t: string, px: number, w?: number) => 0.85 * estimateTextWidth(t, px, w);
		const l = activityTimelineLayout(
			pageItems('ja'),
			{ width: 350, type: chartType('screen', narrower) },
			pageLabels.ja
		);
		expect(l.mode).toBe('stacked');
		expect(l.rows.filter((r) => r.label.full !== null).length).toBeLessThan(5);
	});
});

describe('ActivityTimeline SVG', () => {
	it('renders the same SVG for the same data (snapshot)', async () => {
		const props = { items, labels: { title: 'Activities', description: 'Timeline', ...labels }, width: 960 };
		const a = renderSvg(ActivityTimeline, props);
		expect(stableSvg(a)).toMatchSnapshot();
		await expect(svgFile(a)).toMatchFileSnapshot('./__snapshots__/activityTimeline-survey-activities.svg');
		expect(a.match(/class="period"/g)).toHaveLength(1);
		expect(a.match(/no period printed/g)).toHaveLength(3);
		expect(a).toContain('Section 5.3');
		expect(a).toContain('ongoing');
		expect(a.match(/class="activity /g)).toHaveLength(4);
	});
});
