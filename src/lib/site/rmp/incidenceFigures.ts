import type { Dataset } from '$lib/data/dataset';
import { rowsOf } from '$lib/data/typedRows';
import type { Check, CheckStatus } from '$lib/verify/check';
import { printedFigure, quotedStudy } from '$lib/verify/denominatorChecks';
import type { Explanation } from '$lib/verify/explanation';
import { checkId } from '$lib/verify/location';
import { idList } from './idList';

// Every incidence figure "x% (a/b 例)" of the RMP with its recomputation, Clopper–Pearson interval and verification
// status. No statistics code: the interval and the rounding come in as functions (the server passes them).

/** A Clopper–Pearson 95% interval, in percent. */
export interface PercentInterval {
	readonly lower: number;
	readonly upper: number;
}

/** The denominator check of a figure: the same study, arm and phase quoted elsewhere with another denominator. */
export interface DenominatorFlag {
	readonly checkId: string;
	readonly status: CheckStatus;
	/** "4.2% (1/24)" */
	readonly published: string;
	/** "2.1% (1/47)": the same count over the denominator the other quotations print */
	readonly recomputed: string;
	/** the engine's English sentence, and the same as codes for wording in the page's language */
	readonly detail: string;
	readonly explanation: readonly Explanation[];
}

/** One incidence figure of an rmp_incidence dataset, with its recomputation, interval and checks. */
export interface IncidenceFigure {
	/** incidence_id */
	readonly id: string;
	readonly dataset: string;
	readonly concern: string;
	/** position in the document (the datasets in order, rows in file order): the tie-break of every sort */
	readonly order: number;
	/** the indication group: a slug of its English name */
	readonly indication: string;
	readonly indication_ja: string;
	readonly indication_en: string;
	/** the trial id as printed ("01NHL001;04NHL001;IDEC-C2B8-5"), '' for a literature survey */
	readonly trial: string;
	/** a short study name: the trial ids, or the cited survey's first author and year */
	readonly study_ja: string;
	readonly study_en: string;
	readonly region: string;
	readonly population_ja: string;
	readonly population_en: string;
	readonly arm_ja: string;
	readonly arm_en: string;
	readonly phase_ja: string;
	readonly phase_en: string;
	readonly event_ja: string;
	readonly event_en: string;
	/** as printed ("grade3 以上") */
	readonly grade: string;
	readonly seriousness: string;
	/** 各 / それぞれ when one figure is printed for several events */
	readonly qualifier: string;
	/** a placebo or control arm */
	readonly comparator: boolean;
	/** the percentage as printed */
	readonly printed: string;
	/** null when only a percentage is printed */
	readonly count: number | null;
	readonly denominator: number | null;
	/** count/denominator at the printed precision (null without both) */
	readonly recomputed: string | null;
	/** Clopper–Pearson 95% in percent (null without count and denominator) */
	readonly ci: PercentInterval | null;
	/** the percentage check's status (null: nothing to recompute) */
	readonly status: CheckStatus | null;
	readonly denominatorFlag: DenominatorFlag | null;
	readonly line: number;
}

/** The 95% interval of x events in n, as a proportion (Clopper–Pearson on the server). */
export type IntervalOf = (x: number, n: number) => { lower: number; upper: number };
/** count/n as a percentage at the given decimals (half-up rounding on the server). */
export type PercentOf = (count: number, n: number, decimals: number) => string;

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * An indication's key in the URL: a slug of its English name.
 * @example slug('B-cell non-Hodgkin lymphoma (NHL)') // 'b-cell-non-hodgkin-lymphoma-nhl'
 */
export const slug = (s: string): string =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/**
 * A short name for the study behind a figure: its trial ids, or for a survey without a number the first author and
 * year of its citation.
 * @example studyLabel('', '後方視的調査（江川裕人ら「移植」vol.50, No.1, 62-77, 2015）') // '江川裕人ら 2015'
 */
export function studyLabel(trial: string, population: string): string {
	if (trial) return idList(trial).join(' + ');
	const western = /[(（]([A-Z][\p{L}-]+) [A-Z]{1,3},? et al\.[^)）]*?((?:19|20)\d\d)/u.exec(population);
	if (western) return `${western[1]} ${western[2]}`;
	const japanese = /[(（]([^(（「]+?ら)「[^」]*」[^)）]*?((?:19|20)\d\d)/u.exec(population);
	if (japanese) return `${japanese[1]} ${japanese[2]}`;
	return population.length > 40 ? `${population.slice(0, 39)}…` : population;
}

/** A denominator check of a figure's first row, for all the rows (events) that share the figure: dataset/id → flag. */
function denominatorFlags(
	incidence: readonly Dataset[],
	byId: ReadonlyMap<string, Check>
): Map<string, DenominatorFlag> {
	const flags = new Map<string, DenominatorFlag>();
	for (const d of incidence) {
		for (const r of d.rows) {
			const c = byId.get(checkId(d, r, 'denominator'));
			if (!c || c.kind !== 'denominator_consistency') continue;
			const flag: DenominatorFlag = {
				checkId: c.id,
				status: c.status,
				published: c.published,
				recomputed: c.recomputed ?? '',
				detail: c.detail,
				explanation: c.explanation
			};
			for (const x of d.rows)
				if (quotedStudy(x) === quotedStudy(r) && printedFigure(x) === printedFigure(r))
					flags.set(`${d.entry.id}/${x.incidence_id}`, flag);
		}
	}
	return flags;
}

/**
 * Every figure of the incidence datasets (in the order given, rows in file order) with the engine's percentage and
 * denominator checks; `comparatorArms` names the arms (as printed) that did not receive the drug.
 * @example incidenceFigures(incidence, checks, interval, percentOf, ['プラセボ群'])[0].recomputed // '97.8'
 */
export function incidenceFigures(
	incidence: readonly Dataset[],
	checks: readonly Check[],
	interval: IntervalOf,
	percent: PercentOf,
	comparatorArms: readonly string[]
): IncidenceFigure[] {
	const byId = new Map(checks.map((c) => [c.id, c]));
	const flags = denominatorFlags(incidence, byId);
	const out: IncidenceFigure[] = [];
	for (const d of incidence) {
		for (const r of rowsOf(d, 'rmp_incidence')) {
			const count = r.count ? Number(r.count) : null;
			const n = r.denominator ? Number(r.denominator) : null;
			const both = count !== null && n !== null && n > 0;
			const check = byId.get(checkId(d, r, 'percentage'));
			const decimals = (r.percent.split('.')[1] ?? '').length;
			const ci = both ? interval(count, n) : null;
			out.push({
				id: r.incidence_id,
				dataset: d.entry.id,
				concern: r.concern_id,
				order: out.length,
				indication: slug(r.indication_en),
				indication_ja: r.indication_ja,
				indication_en: r.indication_en,
				trial: r.trial_id ?? '',
				study_ja: studyLabel(r.trial_id ?? '', r.population_ja ?? ''),
				study_en: studyLabel(r.trial_id ?? '', r.population_en ?? ''),
				region: r.region ?? '',
				population_ja: r.population_ja ?? '',
				population_en: r.population_en ?? '',
				arm_ja: r.arm_ja ?? '',
				arm_en: r.arm_en ?? '',
				phase_ja: r.phase_ja ?? '',
				phase_en: r.phase_en ?? '',
				event_ja: r.event_ja,
				event_en: r.event_en,
				grade: r.grade ?? '',
				seriousness: r.seriousness ?? '',
				qualifier: r.qualifier ?? '',
				comparator: comparatorArms.includes(r.arm_ja ?? ''),
				printed: r.percent,
				count,
				denominator: n,
				recomputed: check?.recomputed ?? (both ? percent(count, n, decimals) : null),
				ci: ci ? { lower: round4(100 * ci.lower), upper: round4(100 * ci.upper) } : null,
				status: check?.status ?? null,
				denominatorFlag: flags.get(`${d.entry.id}/${r.incidence_id}`) ?? null,
				line: Number(r.source_line)
			});
		}
	}
	return out;
}
