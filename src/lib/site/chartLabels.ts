import { m } from '$lib/paraglide/messages';
import type { OrrIntervalRow } from '$lib/verify/orrIntervalRows';
import type { IntervalRow } from '$lib/charts/intervalLayout';
import type { Locale } from './i18n';
import { methodName } from './checkWords';
import { PRINCIPAL_INTERVAL_METHODS, type IntervalMethod } from '$lib/stats/binomial/interval';

/** The bilingual labels of each chart, shared by its page, the trial pages and the presentation. */
export const survivalLabels = (endpoint: 'PFS' | 'OS') => ({
	title: m.survival_chart_title({ endpoint }),
	description: m.survival_chart_desc({ endpoint }),
	xAxis: m.survival_x_axis(),
	yAxis: m.survival_y_axis({ endpoint }),
	atRisk: m.survival_at_risk_heading(),
	printed: m.survival_printed_short(),
	rebuilt: m.survival_rebuilt_short(),
	crosshair: m.survival_crosshair(),
	median: m.survival_median_short()
});

export const forestLabels = () => ({
	title: m.forest_title(),
	description: m.forest_desc(),
	axis: m.forest_axis(),
	favours: [m.forest_favours_idecel(), m.forest_favours_standard()] as [string, string],
	notEstimable: m.forest_not_estimable()
});

/**
 * The interval chart's method choices, in the order the page offers them: the footnote's own method, then the
 * statistics registry's methods without their variants.
 * @example INTERVAL_CHOICES // ['stated', 'clopper-pearson', 'wald', 'wilson', 'agresti-coull', 'jeffreys']
 */
export const INTERVAL_CHOICES: readonly IntervalChoice[] = ['stated', ...PRINCIPAL_INTERVAL_METHODS];
export type IntervalChoice = 'stated' | IntervalMethod;
export const methodLabel = (c: IntervalChoice) => (c === 'stated' ? m.efficacy_method_stated() : methodName(c));

export const intervalLabels = (method: IntervalChoice) => ({
	title: m.efficacy_chart_title(),
	description: m.efficacy_chart_desc(),
	axis: m.efficacy_axis(),
	printed: m.efficacy_printed(),
	recomputed: m.efficacy_recomputed({ method: methodLabel(method) }),
	threshold: m.efficacy_threshold()
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
			label: lang === 'ja' ? r.label_ja : r.label_en,
			section: lang === 'ja' ? r.section_ja : r.section_en,
			estimate: r.estimate,
			printed: r.printed,
			recomputed: parseInterval(r.byMethod[chosenMethod(r, method)]),
			tip: `${lang === 'ja' ? r.label_ja : r.label_en}: ORR ${r.estimateText}% (${r.x ?? '?'}/${r.n ?? '?'}) · ${m.efficacy_printed()} ${r.printedText} · ${m.efficacy_recomputed({ method: methodName(chosenMethod(r, method)) })} ${r.byMethod[chosenMethod(r, method)] ?? '—'}`
		}));
}
