import { max } from 'd3';
import type { Dataset } from '$lib/data/dataset';
import { trialsOf } from '$lib/documents/profiles';
import {
	bundledDatasets,
	bundledForests,
	bundledProfiles,
	bundledReport,
	bundledSurvivalPanels
} from '$lib/server/datasets';
import { orrThreshold } from '$lib/site/orrThreshold';
import { intervalLayout, type IntervalRow } from '$lib/charts/intervalLayout';
import { safetyLayoutHeight, type SafetyTermInput } from '$lib/charts/safetyLayout';
import { chartType, type ChartSize } from '$lib/charts/typography';
import { m } from '$lib/paraglide/messages';
import { sourceRefs } from '$lib/site/chartProvenance';
import { orrIntervalRows, type OrrIntervalRow } from '$lib/verify/orrIntervalRows';
import { responseTables } from '$lib/data/responseTables';
import type { Locale } from '$lib/site/i18n';
import { localized } from '$lib/site/localized';
import { SLIDE_CHART_BUDGET, SLIDE_CHART_WIDTH, splitRows, type SplitChart } from '$lib/site/slides';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import { chartInput } from '$lib/site/safety/safetyChart';
import { defaultSelection, normalizeSelection } from '$lib/site/safety/safetySelection';
import { safetyData } from '$lib/verify/safetyTables';

const LOCALES: readonly Locale[] = ['ja', 'en'];
/** a chart on a slide at 1920×1080: the width and type it is drawn at there */
const SLIDE: ChartSize = { width: SLIDE_CHART_WIDTH, type: chartType('slide') };

/** The slides of each ORR interval table: its rows split where the chart at slide type outgrows the budget in either language. */
function intervalSlides(orr: readonly OrrIntervalRow[], datasets: readonly Dataset[]): SplitChart[] {
	const tables = [...new Map(orr.map((r) => [r.dataset, r.trial])).entries()];
	return tables.map(([dataset, trial]) => {
		const rows = orr.filter((r) => r.dataset === dataset);
		const threshold = orrThreshold(datasets, trial);
		const heightOf = (part: readonly OrrIntervalRow[]) =>
			max(LOCALES, (locale) => {
				const words = { locale };
				// the recomputed whisker sits on the row like the printed one: it changes no height
				const chartRows: IntervalRow[] = part.map((r) => ({
					id: r.id,
					label: localized(locale, { ja: r.label_ja, en: r.label_en }),
					section: localized(locale, { ja: r.section_ja, en: r.section_en }),
					estimate: r.estimate,
					printed: r.printed,
					recomputed: r.printed
				}));
				const labels = {
					axis: m.efficacy_axis({}, words),
					printed: m.efficacy_printed({}, words),
					recomputed: m.efficacy_recomputed({ method: m.efficacy_method_stated({}, words) }, words),
					threshold: threshold
						? m.efficacy_threshold({ percent: String(threshold.percent), trial: threshold.trial }, words)
						: ''
				};
				return intervalLayout(chartRows, SLIDE, threshold?.percent ?? null, labels).height;
			}) ?? 0;
		return {
			dataset,
			trial,
			parts: splitRows(
				rows.map((r) => [r]),
				heightOf,
				SLIDE_CHART_BUDGET
			).map((p) => p.map((r) => r.id))
		};
	});
}

/** An organ class with the reactions under it (the all-reactions row on its own): what a slide never splits. */
function organClasses(terms: readonly SafetyTermInput[]): SafetyTermInput[][] {
	const blocks: SafetyTermInput[][] = [];
	for (const t of terms) {
		if (t.level !== 'pt' || blocks.length === 0) blocks.push([t]);
		else blocks.at(-1)!.push(t);
	}
	return blocks;
}

/** Everything the slides draw (best-response tables, ORR intervals, rebuilt survival, forest plot, adverse reactions) and the sources they cite. */
export function load() {
	const datasets = bundledDatasets();
	const refs = sourceRefs(datasets);
	// the adverse reactions, one trial at a time: the safety page's default view of that trial (its pooled group, both grades)
	const safety = safetyData(datasets, bundledReport().checks, (x, n) => clopperPearson(x, n, 0.95), percentOf);
	const base = defaultSelection(safety.tables);
	const safetyCharts = safety.tables.map((table) => {
		const sel = normalizeSelection(safety.tables, { ...base, trial: table.trial });
		const label = (lang: Locale) => (s: { table: { trial: string }; group: { ja: string; en: string } }) =>
			`${s.table.trial} · ${s.group[lang]}`;
		const input = { ja: chartInput(safety, sel, 'ja', label('ja')), en: chartInput(safety, sel, 'en', label('en')) };
		const heightOf = (part: readonly SafetyTermInput[]) => {
			const keys = new Set(part.map((t) => t.id));
			return (
				max(LOCALES, (locale) => {
					const words = { locale };
					const labels = {
						axis: m.safety_axis({}, words),
						allGrades: m.safety_grade_all({}, words),
						grade3: m.safety_grade_3plus({}, words),
						notPrinted: m.safety_not_printed({}, words)
					};
					return safetyLayoutHeight(
						input[locale].terms.filter((t) => keys.has(t.id)),
						input[locale].series,
						'both',
						SLIDE,
						labels
					);
				}) ?? 0
			);
		};
		const parts = splitRows(organClasses(input.en.terms), heightOf, SLIDE_CHART_BUDGET).map((p) => p.map((t) => t.id));
		return { chart: { dataset: table.id, trial: table.trial, parts } satisfies SplitChart, input, table: table.table };
	});
	const orr = orrIntervalRows(datasets, bundledReport().checks);
	return {
		responseTables: responseTables(datasets),
		orr,
		intervals: intervalSlides(orr, datasets),
		trials: trialsOf(bundledProfiles()).map((t) => t.id),
		// the line of each trial's one-sample test (MM-001: 50%), drawn on its interval slides
		thresholds: Object.fromEntries(trialsOf(bundledProfiles()).map((t) => [t.id, orrThreshold(datasets, t.id)])),
		panels: bundledSurvivalPanels(),
		forests: bundledForests(),
		safety: safetyCharts.map((s) => s.chart),
		safetyInput: Object.fromEntries(safetyCharts.map((s) => [s.chart.dataset, s.input])),
		refs
	};
}
