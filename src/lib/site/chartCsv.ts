import type { ChartCsv } from '$lib/charts/exportChart';
import type { ResponseBar } from '$lib/charts/responseLayout';
import { stepValue, type SurvivalArm } from '$lib/charts/survivalLayout';
import type { OrrIntervalRow } from '$lib/verify/orrIntervalRows';
import { chosenMethod, type IntervalChoice } from './chartLabels';
import type { Locale } from './i18n';
import { localized } from './localized';
import { boundText, gradeText } from './rmp/figureText';
import type { IncidenceFigure } from './rmp/incidenceFigures';
import type { SafetyRow } from './safety/safetyTable';

// The data behind each chart for its CSV export, shared by every page that draws it: labels in the page's language,
// printed numbers as printed (split "[6.8, 93.2]" into its two printed strings, never re-formatted numbers).

const bounds = (s: string | undefined): [string, string] => {
	const mm = s ? /^\[(.*), (.*)\]$/.exec(s) : null;
	return mm ? [mm[1]!, mm[2]!] : ['', ''];
};
const f3 = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : 'NE');

/** One row per cohort × response category. */
export const responseCsv = (bars: readonly ResponseBar[]): ChartCsv => ({
	columns: ['cohort', 'category', 'count', 'percent', 'n', 'orr_percent'],
	rows: bars.flatMap((b) => b.segments.map((sg) => [b.label, sg.category, sg.count, sg.percent, b.n, b.orr]))
});

/** One row per printed interval, with the interval recomputed by the chosen method (the row's own when "as stated"). */
export const intervalCsv = (rows: readonly OrrIntervalRow[], method: IntervalChoice, lang: Locale): ChartCsv => ({
	columns: [
		'source',
		'group',
		'x',
		'n',
		'orr_percent',
		'ci_printed_lower',
		'ci_printed_upper',
		'method',
		'ci_recomputed_lower',
		'ci_recomputed_upper',
		'reproducing_methods',
		'stated_method',
		'status',
		'flags'
	],
	rows: rows.map((r) => [
		localized(lang, { ja: r.section_ja, en: r.section_en }),
		localized(lang, { ja: r.label_ja, en: r.label_en }),
		r.x,
		r.n,
		r.estimateText,
		...bounds(r.printedText),
		chosenMethod(r, method),
		...bounds(r.byMethod[chosenMethod(r, method)]),
		r.reproducing.join(' '),
		r.stated ?? '',
		r.status,
		r.flags.join(' ')
	])
});

/** One row per grid time × arm: S(t) with its 95% interval, numbers at risk printed and rebuilt. */
export const survivalCsv = (arms: readonly (SurvivalArm & { displayLabel: string })[]): ChartCsv => {
	const grid = arms[0]?.atRisk.map((r) => r.time) ?? [];
	return {
		columns: ['time_months', 'arm', 'surv', 'lower_95', 'upper_95', 'at_risk_printed', 'at_risk_rebuilt'],
		rows: grid.flatMap((t, i) =>
			arms.map((a) => [
				t,
				a.displayLabel,
				f3(stepValue(a.steps, t, (p) => p.surv)),
				f3(stepValue(a.steps, t, (p) => p.lower)),
				f3(stepValue(a.steps, t, (p) => p.upper)),
				a.atRisk[i]?.printed ?? null,
				a.atRisk[i]?.rebuilt ?? null
			])
		)
	};
};

/** One row per subgroup: the printed hazard ratio and limits as printed ("0.445 [0.292, 0.678]"), and the events. */
export const forestCsv = (
	forest: readonly { label_ja: string; label_en: string; text: string; events: number }[],
	lang: Locale
): ChartCsv => ({
	columns: ['subgroup', 'hr', 'ci_lower_95', 'ci_upper_95', 'events'],
	rows: forest.map((r) => {
		const mm = /^(.*?) \[(.*), (.*)\]$/.exec(r.text);
		return [
			localized(lang, { ja: r.label_ja, en: r.label_en }),
			mm?.[1] ?? r.text,
			mm?.[2] ?? '',
			mm?.[3] ?? '',
			r.events
		];
	})
});

/** One row per printed cell of the safety table as filtered: count/N, printed and recomputed %, Clopper–Pearson 95%. */
export const safetyCsv = (rows: readonly SafetyRow[]): ChartCsv => ({
	columns: [
		'source',
		'group',
		'soc',
		'pt',
		'grade',
		'count',
		'n',
		'percent_printed',
		'percent_recomputed',
		'cp95_lower',
		'cp95_upper',
		'status'
	],
	rows: rows.map((r) => [
		`${r.trial} · ${r.table}`,
		r.groupLabel,
		r.socLabel,
		r.ptLabel,
		r.grade,
		r.count,
		r.n,
		r.printed,
		r.recomputed,
		r.lower.toFixed(1),
		r.upper.toFixed(1),
		r.status ?? ''
	])
});

/** One row per incidence figure of the RMP view as filtered: every printed field, the recomputation and its checks. */
export const incidenceCsv = (rows: readonly IncidenceFigure[], lang: Locale): ChartCsv => ({
	columns: [
		'indication',
		'study',
		'trial_id',
		'region',
		'population',
		'arm',
		'phase',
		'event',
		'grade',
		'seriousness',
		'percent_printed',
		'count',
		'denominator',
		'percent_recomputed',
		'cp95_lower',
		'cp95_upper',
		'status',
		'denominator_check',
		'source_line'
	],
	rows: rows.map((f) => {
		const t = (ja: string, en: string) => localized(lang, { ja, en });
		return [
			t(f.indication_ja, f.indication_en),
			t(f.study_ja, f.study_en),
			f.trial,
			f.region,
			t(f.population_ja, f.population_en),
			t(f.arm_ja, f.arm_en),
			t(f.phase_ja, f.phase_en),
			t(f.event_ja, f.event_en),
			gradeText(f.grade, lang),
			f.seriousness,
			f.printed,
			f.count,
			f.denominator,
			f.recomputed ?? '',
			f.ci ? boundText(f.ci.lower) : '',
			f.ci ? boundText(f.ci.upper) : '',
			f.status ?? '',
			f.denominatorFlag
				? `${f.denominatorFlag.status}: ${f.denominatorFlag.published} vs ${f.denominatorFlag.recomputed}`
				: '',
			f.line
		];
	})
});
