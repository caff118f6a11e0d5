import { m } from '$lib/paraglide/messages';
import type { OrrIntervalRow } from '$lib/verify/orrIntervalRows';
import type { IntervalRow } from '$lib/charts/intervalLayout';
import type { Locale } from './i18n';
import { methodName } from './checkWords';
import { localized } from './localized';
import type { OrrThreshold } from './orrThreshold';
import type { ForestView } from './survivalPanels';
import { tableName } from '$lib/data/tableName';
import { PRINCIPAL_INTERVAL_METHODS, type IntervalMethod } from '$lib/stats/binomial/interval';

/** "A and B" in the page's language. */
const both = (a: string, b: string, lang: Locale) => localized(lang, { ja: `${a}と${b}`, en: `${a} and ${b}` });

/** The time axis's title: "(assumed axis)" unless the document prints the at-risk times. */
export const timeAxisTitle = (panel: { grid?: 'printed' | 'assumed' }) =>
	panel.grid === 'printed' ? m.survival_x_axis_printed() : m.survival_x_axis();

/**
 * The labels of a rebuilt Kaplan–Meier chart, shared by its page, the trial pages and the presentation: its trial,
 * endpoint and arms (the non-reference arm first, as the documents name them).
 */
export const survivalLabels = (
	panel: {
		trial: string;
		endpoint: 'PFS' | 'OS';
		grid?: 'printed' | 'assumed';
		arms: readonly { label: string; label_ja: string }[];
	},
	lang: Locale
) => {
	const names = panel.arms.map((a) => localized(lang, { ja: a.label_ja, en: a.label })).reverse();
	return {
		title: m.survival_chart_title({ trial: panel.trial, endpoint: panel.endpoint }),
		description: m.survival_chart_desc({
			endpoint: panel.endpoint,
			arms: names.length === 2 ? both(names[0]!, names[1]!, lang) : names.join(localized(lang, { ja: '、', en: ', ' }))
		}),
		xAxis: timeAxisTitle(panel),
		yAxis: m.survival_y_axis({ endpoint: panel.endpoint }),
		atRisk: m.survival_at_risk_heading(),
		printed: m.survival_printed_short(),
		rebuilt: m.survival_rebuilt_short(),
		crosshair: m.survival_crosshair(),
		median: m.survival_median_short()
	};
};

/** The labels of a subgroup forest plot: its trial, endpoint and tables, its arms on the axis and "favours" words. */
export const forestLabels = (forest: ForestView, lang: Locale) => {
	const other = localized(lang, forest.arms.other);
	const reference = localized(lang, forest.arms.reference);
	const tables = [...new Set(forest.rows.map((r) => tableName(r.table, lang)))];
	const notEstimable = forest.rows.filter((r) => r.estimate === null || r.upper === null);
	const sentence = localized(lang, { ja: '、', en: ', ' });
	return {
		title: m.forest_title({ endpoint: forest.endpoint, trial: forest.trial }),
		description: [
			m.forest_desc({ endpoint: forest.endpoint, tables: tables.join(sentence) }),
			notEstimable.length
				? m.forest_desc_not_estimable({
						rows: notEstimable
							.map((r) => localized(lang, { ja: `${r.label_ja}${r.text}`, en: `${r.label_en} ${r.text}` }))
							.join(sentence)
					})
				: ''
		]
			.filter(Boolean)
			.join(localized(lang, { ja: '', en: ' ' })),
		axis: m.forest_axis({ other, reference }),
		favours: [m.forest_favours({ arm: other }), m.forest_favours({ arm: reference })] as [string, string],
		notEstimable: m.forest_not_estimable()
	};
};

/**
 * The interval chart's method choices, in the order the page offers them: the footnote's own method, then the
 * statistics registry's methods without their variants.
 * @example INTERVAL_CHOICES // ['stated', 'clopper-pearson', 'wald', 'wilson', 'agresti-coull', 'jeffreys']
 */
export const INTERVAL_CHOICES: readonly IntervalChoice[] = ['stated', ...PRINCIPAL_INTERVAL_METHODS];
export type IntervalChoice = 'stated' | IntervalMethod;
export const methodLabel = (c: IntervalChoice) => (c === 'stated' ? m.efficacy_method_stated() : methodName(c));

/** The interval chart's labels; the threshold's names its percentage and the trial whose test it is. */
export const intervalLabels = (method: IntervalChoice, threshold: OrrThreshold | null = null) => ({
	title: m.efficacy_chart_title(),
	description: m.efficacy_chart_desc(),
	axis: m.efficacy_axis(),
	printed: m.efficacy_printed(),
	recomputed: m.efficacy_recomputed({ method: methodLabel(method) }),
	threshold: threshold ? m.efficacy_threshold({ percent: String(threshold.percent), trial: threshold.trial }) : ''
});

const parseInterval = (s: string | undefined): [number, number] | null => {
	const mm = s ? /^\[(-?[\d.]+), (-?[\d.]+)\]$/.exec(s) : null;
	return mm ? [Number(mm[1]), Number(mm[2])] : null;
};

/** "As stated": the footnote's method, or the one that reproduces the print when none is stated. */
export const chosenMethod = (r: OrrIntervalRow, method: IntervalChoice) =>
	method === 'stated' ? (r.stated ?? r.reproducing[0] ?? 'clopper-pearson') : method;

/** The interval chart's rows for the chosen method and language. */
export function intervalChartRows(
	rows: readonly OrrIntervalRow[],
	method: IntervalChoice,
	lang: Locale
): IntervalRow[] {
	// a reader's file may print a bound as "NE" or "<0.01": such an interval is listed in the table, not drawn
	return rows
		.filter((r) => Number.isFinite(r.estimate) && r.printed.every(Number.isFinite))
		.map((r) => ({
			id: r.id,
			label: localized(lang, { ja: r.label_ja, en: r.label_en }),
			section: localized(lang, { ja: r.section_ja, en: r.section_en }),
			estimate: r.estimate,
			printed: r.printed,
			recomputed: parseInterval(r.byMethod[chosenMethod(r, method)]),
			tip: `${localized(lang, { ja: r.label_ja, en: r.label_en })}: ORR ${r.estimateText}% (${r.x ?? '?'}/${r.n ?? '?'}) · ${m.efficacy_printed()} ${r.printedText} · ${m.efficacy_recomputed({ method: methodName(chosenMethod(r, method)) })} ${r.byMethod[chosenMethod(r, method)] ?? '—'}`
		}));
}
