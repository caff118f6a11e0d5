import type { TimelineItem } from '$lib/charts/activityTimelineLayout';
import type { ChartCsv } from '$lib/charts/exportChart';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '../i18n';
import { localized } from '../localized';
import type { PowerCalculation } from './calculator';
import type { CalculatorInput, InputError } from './calculatorInputs';
import type { Activity } from './survey';

/** The survey planner's words: the calculator's labels and messages, and the activities as the timeline draws them. */

/** Each input's label (the messages of its calculator). */
export const INPUT_LABEL: Readonly<Record<CalculatorInput, () => string>> = {
	detectionPatients: m.survey_a_n,
	detectionRate: m.survey_a_p,
	detectionTarget: m.survey_a_target,
	powerPatients: m.survey_b_n,
	powerThreshold: m.survey_b_p0,
	powerExpectedRate: m.survey_b_p1,
	powerAlpha: m.survey_b_alpha,
	powerTarget: m.survey_b_power,
	expectedPatients: m.survey_c_n,
	expectedRate: m.survey_c_p
};

/** Why an input is refused, next to the field. */
export const INPUT_ERROR_TEXT: Readonly<Record<InputError, () => string>> = {
	required: m.survey_err_required,
	not_number: m.survey_err_not_number,
	n_whole: m.survey_err_n_whole,
	n_range: m.survey_err_n_range,
	pct_range: m.survey_err_pct_range,
	p1_equal: m.survey_err_p1_equal
};

/**
 * A proportion as a percentage with the given decimals.
 * @example pct(0.90094) // '90.09'
 */
export const pct = (v: number, digits = 2): string => (v * 100).toFixed(digits);

/**
 * A proportion back as the percentage typed, without float noise.
 * @example percentTyped(0.18) // '18'
 */
export const percentTyped = (p: number): string => String(Number((p * 100).toPrecision(10)));

/**
 * The power chart's words for one calculation; `printedN` is the rationale's printed n (null: none printed).
 * @example powerChartLabels(calc, 115).printed // 'printed n = 115'
 */
export function powerChartLabels(calc: PowerCalculation, printedN: number | null) {
	return {
		title: m.survey_chart_title(),
		description: m.survey_chart_desc({
			from: calc.range[0],
			to: calc.range[1],
			p0: percentTyped(calc.threshold),
			p1: percentTyped(calc.expectedRate),
			alpha: percentTyped(calc.alpha)
		}),
		xAxis: m.survey_chart_x(),
		yAxis: m.survey_chart_y(),
		exact: m.survey_b_exact(),
		normal: m.survey_b_normal(),
		target: m.survey_chart_target({ power: percentTyped(calc.target) }),
		printed: m.survey_chart_printed({ n: printedN ?? '' }),
		current: m.survey_chart_current({ n: calc.patients })
	};
}

/**
 * The activities as the timeline draws them, in the page's language; the status key stays English (it picks the colour).
 * @example timelineItems(activities, 'ja')[2].status // '実施中'
 */
export function timelineItems(activities: readonly Activity[], lang: Locale): TimelineItem[] {
	return activities.map((a) => ({
		key: a.key,
		section: a.section,
		label: localized(lang, a.name),
		status: localized(lang, a.status),
		statusKey: a.status.en,
		start: a.start,
		end: a.end
	}));
}

/**
 * The timeline's CSV export: one row per activity, worded in the page's language.
 * @example timelineCsv(activities, 'en').rows[2] // ['5.1', 'General use-results survey in CLL', 'ongoing', '2019-06-03', '2028-03-31', 562]
 */
export function timelineCsv(activities: readonly Activity[], lang: Locale): ChartCsv {
	return {
		columns: ['section', 'activity', 'status', 'start', 'end', 'source_line'],
		rows: activities.map((a) => [a.section, localized(lang, a.name), localized(lang, a.status), a.start, a.end, a.line])
	};
}

/**
 * An activity's type in the page's language.
 * @example activityTypeText('routine') // 'routine' (English page)
 */
export const activityTypeText = (type: string): string =>
	type === 'routine' ? m.survey_type_routine() : m.survey_type_additional();
