import { afterEach, describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { calculatorResults } from '$lib/site/surveys/calculator';
import { RMP_SURVEY_FACTS } from '$lib/site/surveys/rmpSurveyFacts';
import { surveyPlannerData } from '$lib/site/surveys/surveyRows';
import {
	activityTypeText,
	INPUT_ERROR_TEXT,
	INPUT_LABEL,
	pct,
	percentTyped,
	powerChartLabels,
	timelineCsv,
	timelineItems
} from '$lib/site/surveys/surveyWords';

const { activities } = surveyPlannerData(readDocumentsOrThrow().datasets, [], RMP_SURVEY_FACTS.schemas);

const cll = activities.findIndex((a) => a.key === '5.1:gus_cll');

afterEach(() => overwriteGetLocale(() => 'ja'));

describe('numbers as the page prints them', () => {
	it('prints a proportion as a percentage with two decimals, and back as typed without float noise', () => {
		expect(pct(0.9009375)).toBe('90.09');
		expect(pct(0.8464975, 1)).toBe('84.6');
		expect(percentTyped(0.18)).toBe('18');
		expect(percentTyped(0.053)).toBe('5.3');
		expect(percentTyped(0.015)).toBe('1.5');
	});
});

describe('timeline words', () => {
	it('words each activity in the page language, the status key staying English', () => {
		const ja = timelineItems(activities, 'ja');
		const en = timelineItems(activities, 'en');
		expect(ja).toHaveLength(25);
		expect(ja[cll]).toEqual({
			key: '5.1:gus_cll',
			section: '5.1',
			label: 'CLLにおける一般使用成績調査',
			status: '実施中',
			statusKey: 'ongoing',
			start: '2019-06-03',
			end: '2028-03-31'
		});
		expect(en[cll]).toMatchObject({
			label: 'General use-results survey in CLL',
			status: 'ongoing',
			statusKey: 'ongoing'
		});
		// routine activities print no status
		expect(en[0]).toMatchObject({ key: '5.1:routine_pv', status: '', statusKey: '' });
	});
	it('exports one CSV row per activity with its line', () => {
		const csv = timelineCsv(activities, 'en');
		expect(csv.columns).toEqual(['section', 'activity', 'status', 'start', 'end', 'source_line']);
		expect(csv.rows).toHaveLength(25);
		expect(csv.rows[cll]).toEqual([
			'5.1',
			'General use-results survey in CLL',
			'ongoing',
			'2019-06-03',
			'2028-03-31',
			562
		]);
	});
});

describe('calculator words', () => {
	it('labels the inputs and their errors in each language', () => {
		overwriteGetLocale(() => 'en');
		expect(INPUT_LABEL.powerThreshold()).toBe('Threshold p0 (%)');
		expect(INPUT_ERROR_TEXT.pct_range()).toBe('Enter a percentage greater than 0 and less than 100.');
		expect(activityTypeText('routine')).toBe('routine');
		overwriteGetLocale(() => 'ja');
		expect(INPUT_LABEL.powerThreshold()).toBe('閾値 p0 (%)');
	});
	it('words the power chart from the calculation: its range, rates and the printed n', () => {
		overwriteGetLocale(() => 'en');
		const calc = calculatorResults({
			powerPatients: 122,
			powerThreshold: 0.09,
			powerExpectedRate: 0.18,
			powerAlpha: 0.05,
			powerTarget: 0.9
		}).power;
		if (!calc) throw new Error('no power calculation');
		const labels = powerChartLabels(calc, 115);
		expect(labels.printed).toBe('printed n = 115');
		expect(labels.current).toBe('n = 122');
		expect(labels.target).toBe('target 90%');
		expect(labels.description).toContain('threshold 9%, expected 18%, significance level 5%');
		expect(powerChartLabels(calc, null).printed).toBe('printed n = ');
	});
});
