import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import type { Check, CheckStatus } from '$lib/verify/check';
import { printedFigure, quotedStudy } from '$lib/verify/denominatorChecks';
import type { Explanation } from '$lib/verify/explanation';
import { checkId } from '$lib/verify/location';
import type { IncidenceGroupInput } from '$lib/charts/incidenceLayout';
import { readSort, writeSort } from './tableSort';

// The rituximab RMP explorer's data: the safety specification as a matrix of concerns × additional activities, and
// every incidence figure "x% (a/b 例)" with its recomputation, Clopper–Pearson interval and verification status.
// Pure functions with no statistics code: the server passes the interval and rounding functions into `rmpData`.

export const CONCERN_CATEGORIES = [
	'important_identified_risk',
	'important_potential_risk',
	'missing_information',
	'efficacy_consideration'
] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];

/** One safety concern (or efficacy consideration) of sections 1.1 / 1.2, in printed order. */
export interface RmpConcern {
	readonly id: string;
	readonly category: ConcernCategory;
	readonly order: number;
	readonly ja: string;
	readonly en: string;
	/** the line of its heading in the detailed section */
	readonly line: number;
	/** additional pharmacovigilance / risk-minimisation activity ids, as listed in its blocks */
	readonly pv: readonly string[];
	readonly rm: readonly string[];
	/** incidence figures printed for it */
	readonly figures: number;
}

/** An additional activity: a post-marketing survey (section 2) or a risk-minimisation material (section 4). */
export interface RmpActivity {
	readonly id: string;
	readonly kind: 'pv' | 'rm';
	readonly ja: string;
	readonly en: string;
	/** the dataset and line that define it (section 2 or 4; section 5's list when neither does) */
	readonly dataset: string;
	readonly line: number;
	/** as listed in section 5 ('' when it is not listed there) */
	readonly status_ja: string;
	readonly status_en: string;
	/** how many concerns of the specification name it */
	readonly concerns: number;
}

/** A routine activity (section 5's list): it applies to every safety concern, so the matrix says so once. */
export interface RmpRoutine {
	readonly ja: string;
	readonly en: string;
	readonly dataset: string;
	readonly line: number;
}

export interface RmpMatrix {
	/** the four categories in printed order, each with its concerns in printed order */
	readonly groups: readonly { readonly category: ConcernCategory; readonly concerns: readonly RmpConcern[] }[];
	/** columns: in the order sections 2 and 4 define them */
	readonly pv: readonly RmpActivity[];
	readonly rm: readonly RmpActivity[];
	readonly routine: { readonly pv: RmpRoutine; readonly rm: RmpRoutine };
	/** safety concerns whose risk-minimisation block prints 「なし」 (none), so not even routine risk minimisation */
	readonly noRiskMinimisation: readonly { readonly concern: string; readonly line: number }[];
	/** additional activities section 5 lists that no concern of the current specification names (completed ones) */
	readonly unnamed: readonly RmpActivity[];
}

/**
 * The safety concerns whose "リスク最小化活動の内容" block prints 【内容】なし: no risk minimisation at all, routine
 * included. The specification's CSV has no routine column, so they are named here with their lines; the unit tests
 * check each line against the document.
 */
export const NO_RISK_MINIMISATION: readonly { readonly concern: string; readonly line: number }[] = [
	{ concern: 'malignancy', line: 436 },
	{ concern: 'nmosd_long_term_safety', line: 439 }
];

/** Arms that did not receive rituximab (drawn hollow): the placebo and control arms as printed. */
const COMPARATOR_ARMS = new Set(['プラセボ群', '対照薬投与群']);

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

/** One incidence figure of rmp_incidence_a / _b, with its recomputation, interval and checks. */
export interface IncidenceFigure {
	/** incidence_id */
	readonly id: string;
	readonly dataset: string;
	readonly concern: string;
	/** position in the document (file a, then b; rows in file order): the tie-break of every sort */
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

export interface RmpData {
	readonly matrix: RmpMatrix;
	readonly figures: readonly IncidenceFigure[];
	/** the document's page slug: /documents/<doc>/#L<line> */
	readonly doc: string;
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
const ids = (s: string | undefined) =>
	s
		? s
				.split(';')
				.map((x) => x.trim())
				.filter(Boolean)
		: [];

/** "B-cell non-Hodgkin lymphoma (NHL)" → "b-cell-non-hodgkin-lymphoma-nhl": an indication's key in the URL. */
export const slug = (s: string): string =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/**
 * A short name for the study behind a figure: its trial ids ("IDEC-C2B8-2 + IDEC-C2B8-3"), or for a survey
 * without a number the first author and year of its citation ("Akamatsu 2021", "江川裕人ら 2015").
 */
export function studyLabel(trial: string, population: string): string {
	if (trial) return ids(trial).join(' + ');
	const western = /[(（]([A-Z][\p{L}-]+) [A-Z]{1,3},? et al\.[^)）]*?((?:19|20)\d\d)/u.exec(population);
	if (western) return `${western[1]} ${western[2]}`;
	const japanese = /[(（]([^(（「]+?ら)「[^」]*」[^)）]*?((?:19|20)\d\d)/u.exec(population);
	if (japanese) return `${japanese[1]} ${japanese[2]}`;
	return population.length > 40 ? `${population.slice(0, 39)}…` : population;
}

/** A grade as printed, in English words where the document writes Japanese: "grade3 以上" → "grade ≥3". */
export function gradeText(grade: string, lang: 'ja' | 'en'): string {
	if (lang === 'ja' || grade === '') return grade;
	if (/^全 ?grade$/.test(grade)) return 'all grades';
	return grade
		.replace(/grade ?(\d(?:\/\d)?) ?以上/g, 'grade ≥$1')
		.replace(/grade ?(\d(?:\/\d)?) ?以下/g, 'grade ≤$1')
		.replace(/ ?及び ?/g, ' and ')
		.replace(/grade(\d)/g, 'grade $1');
}

function find(datasets: readonly Dataset[], id: string): Dataset {
	const d = datasets.find((x) => x.entry.id === id);
	if (!d) throw new Error(`rmpData: the dataset ${id} is missing`);
	return d;
}

/**
 * Builds the page data from the bundled RMP datasets and the verification report. The interval and the rounding come
 * in as functions (Clopper–Pearson and half-up rounding on the server), so this module has no statistics code.
 * Every activity id a concern names must be defined in the surveys (section 2), the risk-minimisation plan (section 4)
 * or the activity lists (section 5): an unknown id throws, so the build fails rather than show a nameless column.
 * @example rmpData(bundledDatasets(), verifyCatalog(ds).checks, (x, n) => clopperPearson(x, n, 0.95), percentOf)
 */
export function rmpData(
	datasets: readonly Dataset[],
	checks: readonly Check[],
	interval: (x: number, n: number) => { lower: number; upper: number },
	percent: (count: number, n: number, decimals: number) => string
): RmpData {
	const incidence = datasets.filter((d) => d.entry.schema === 'rmp_incidence');
	const figures = incidenceFigures(incidence, checks, interval, percent);
	const perConcern = new Map<string, number>();
	for (const f of figures) perConcern.set(f.concern, (perConcern.get(f.concern) ?? 0) + 1);
	// the incidence tables' document, for line links
	return { matrix: safetyMatrix(datasets, perConcern), figures, doc: incidence[0]?.source?.slug ?? '' };
}

function safetyMatrix(datasets: readonly Dataset[], perConcern: ReadonlyMap<string, number>): RmpMatrix {
	const spec = find(datasets, 'rmp_safety_specification');
	const surveys = find(datasets, 'rmp_surveys');
	const plan = find(datasets, 'rmp_risk_minimisation');
	const list = find(datasets, 'rmp_activities');
	const concerns: RmpConcern[] = spec.rows
		.map((r) => ({
			id: r.concern_id!,
			category: r.category as ConcernCategory,
			order: Number(r.order),
			ja: r.name_ja!,
			en: r.name_en!,
			line: Number(r.source_line),
			pv: ids(r.pv_additional),
			rm: ids(r.rm_additional),
			figures: perConcern.get(r.concern_id!) ?? 0
		}))
		.sort(
			(a, b) => CONCERN_CATEGORIES.indexOf(a.category) - CONCERN_CATEGORIES.indexOf(b.category) || a.order - b.order
		);
	const named = (kind: 'pv' | 'rm', id: string) => concerns.filter((c) => c[kind].includes(id)).length;
	// an activity's name and line: its section 2 survey or section 4 material (which lists the concerns it addresses),
	// else its row in section 5's list; its status always from section 5 (table 5.1 for surveys, 5.3 for materials)
	const fromList = (kind: 'pv' | 'rm', r: Row, concerns: number): RmpActivity => ({
		id: r.activity_id!,
		kind,
		ja: r.activity_ja!,
		en: r.activity_en!,
		dataset: list.entry.id,
		line: Number(r.source_line),
		status_ja: r.status_ja ?? '',
		status_en: r.status_en ?? '',
		concerns
	});
	const resolve = (kind: 'pv' | 'rm', id: string): RmpActivity => {
		const table = kind === 'pv' ? '5.1' : '5.3';
		const inList =
			list.rows.find((r) => r.activity_id === id && r.table === table) ?? list.rows.find((r) => r.activity_id === id);
		const def =
			kind === 'pv'
				? surveys.rows.find((r) => r.survey_id === id)
				: plan.rows.find((r) => r.item_id === id && r.code === 'additional' && !r.parent_id);
		if (def) {
			const [ja, en] = kind === 'pv' ? [def.name_ja!, def.name_en!] : [def.text_ja!, def.text_en!];
			const dataset = (kind === 'pv' ? surveys : plan).entry.id;
			return {
				id,
				kind,
				ja,
				en,
				dataset,
				line: Number(def.source_line),
				status_ja: inList?.status_ja ?? '',
				status_en: inList?.status_en ?? '',
				concerns: named(kind, id)
			};
		}
		if (inList) return fromList(kind, inList, named(kind, id));
		throw new Error(
			`rmpData: activity ${id} (named by a concern of rmp_safety_specification) is defined in none of rmp_surveys, rmp_risk_minimisation, rmp_activities`
		);
	};
	// columns in the order the plan defines them (section 2's surveys, section 4's materials), then any only listed in section 5
	const columns = (kind: 'pv' | 'rm', defined: readonly string[]) => {
		const used = new Set(concerns.flatMap((c) => c[kind]));
		const order = [...defined.filter((id) => used.has(id)), ...[...used].filter((id) => !defined.includes(id))];
		return order.map((id) => resolve(kind, id));
	};
	const pv = columns(
		'pv',
		surveys.rows.map((r) => r.survey_id!)
	);
	const rm = columns(
		'rm',
		plan.rows.filter((r) => r.code === 'additional' && !r.parent_id).map((r) => r.item_id!)
	);
	const routineOf = (id: string): RmpRoutine => {
		const r = list.rows.find((x) => x.activity_id === id && x.activity_type === 'routine');
		if (!r) throw new Error(`rmpData: the routine activity ${id} is missing from rmp_activities`);
		return { ja: r.activity_ja!, en: r.activity_en!, dataset: list.entry.id, line: Number(r.source_line) };
	};
	const inMatrix = new Set([...pv, ...rm].map((a) => a.id));
	const unnamed: RmpActivity[] = [];
	for (const r of list.rows) {
		if (r.activity_type !== 'additional' || inMatrix.has(r.activity_id!) || unnamed.some((a) => a.id === r.activity_id))
			continue;
		unnamed.push(fromList(r.table === '5.3' ? 'rm' : 'pv', r, 0));
	}
	return {
		groups: CONCERN_CATEGORIES.map((category) => ({
			category,
			concerns: concerns.filter((c) => c.category === category)
		})),
		pv,
		rm,
		routine: { pv: routineOf('routine_pv'), rm: routineOf('routine_rmm') },
		noRiskMinimisation: NO_RISK_MINIMISATION.filter((x) => concerns.some((c) => c.id === x.concern)),
		unnamed
	};
}

function incidenceFigures(
	incidence: readonly Dataset[],
	checks: readonly Check[],
	interval: (x: number, n: number) => { lower: number; upper: number },
	percent: (count: number, n: number, decimals: number) => string
): IncidenceFigure[] {
	const byId = new Map(checks.map((c) => [c.id, c]));
	// a denominator check names the first row of its figure; the figure's other rows (events) carry the same flag
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
	const out: IncidenceFigure[] = [];
	for (const d of incidence) {
		for (const r of d.rows) {
			const count = r.count ? Number(r.count) : null;
			const n = r.denominator ? Number(r.denominator) : null;
			const both = count !== null && n !== null && n > 0;
			const check = byId.get(checkId(d, r, 'percentage'));
			const decimals = (r.percent!.split('.')[1] ?? '').length;
			const ci = both ? interval(count, n) : null;
			out.push({
				id: r.incidence_id!,
				dataset: d.entry.id,
				concern: r.concern_id!,
				order: out.length,
				indication: slug(r.indication_en!),
				indication_ja: r.indication_ja!,
				indication_en: r.indication_en!,
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
				event_ja: r.event_ja!,
				event_en: r.event_en!,
				grade: r.grade ?? '',
				seriousness: r.seriousness ?? '',
				qualifier: r.qualifier ?? '',
				comparator: COMPARATOR_ARMS.has(r.arm_ja ?? ''),
				printed: r.percent!,
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

// ——— the reader's selection, kept in the URL ———

export const RMP_SORT_KEYS = [
	'indication',
	'study',
	'event',
	'grade',
	'count',
	'printed',
	'recomputed',
	'ci',
	'status',
	'line'
] as const;
export type RmpSortKey = (typeof RMP_SORT_KEYS)[number];

export interface RmpSelection {
	/** a concern id that has incidence figures */
	readonly concern: string;
	/** an indication key of that concern, or '' for all */
	readonly indication: string;
	/** null: grouped by indication, in the document's order (as the plot) */
	readonly sort: RmpSortKey | null;
	readonly dir: 'asc' | 'desc';
}

/** The concerns the selector offers: those with at least one incidence figure, in printed order. */
export const concernOptions = (matrix: RmpMatrix): RmpConcern[] =>
	matrix.groups.flatMap((g) => g.concerns).filter((c) => c.figures > 0);

/** The concerns the plan prints no incidence figure for (said under the selector). */
export const concernsWithoutFigures = (matrix: RmpMatrix): RmpConcern[] =>
	matrix.groups.flatMap((g) => g.concerns).filter((c) => c.figures === 0);

export interface IndicationGroup {
	readonly key: string;
	readonly ja: string;
	readonly en: string;
	/** in document order */
	readonly figures: readonly IncidenceFigure[];
}

/** A concern's figures grouped by indication, the groups in the order the document first names them. */
export function indicationGroups(figures: readonly IncidenceFigure[], concern: string): IndicationGroup[] {
	const groups = new Map<string, { key: string; ja: string; en: string; figures: IncidenceFigure[] }>();
	for (const f of figures) {
		if (f.concern !== concern) continue;
		let g = groups.get(f.indication);
		if (!g)
			groups.set(f.indication, (g = { key: f.indication, ja: f.indication_ja, en: f.indication_en, figures: [] }));
		g.figures.push(f);
	}
	return [...groups.values()];
}

/** The first concern with figures, all its indications, grouped (no sort). */
export function defaultRmpSelection(matrix: RmpMatrix): RmpSelection {
	return { concern: concernOptions(matrix)[0]?.id ?? '', indication: '', sort: null, dir: 'asc' };
}

/** Drops what the data cannot show: an unknown concern falls back to the first, an indication it lacks to all. */
export function normalizeRmpSelection(data: RmpData, sel: RmpSelection): RmpSelection {
	const options = concernOptions(data.matrix);
	const concern = options.some((c) => c.id === sel.concern) ? sel.concern : defaultRmpSelection(data.matrix).concern;
	const indication = indicationGroups(data.figures, concern).some((g) => g.key === sel.indication)
		? sel.indication
		: '';
	const sort = sel.sort && (RMP_SORT_KEYS as readonly string[]).includes(sel.sort) ? sel.sort : null;
	return { concern, indication, sort, dir: sel.dir === 'desc' ? 'desc' : 'asc' };
}

/** Reads a selection from a query string (`?concern=infections&indication=…&sort=ci&dir=desc`); unknown values are the default. */
export function parseRmpSelection(params: URLSearchParams, data: RmpData): RmpSelection {
	return normalizeRmpSelection(data, {
		concern: params.get('concern') ?? '',
		indication: params.get('indication') ?? '',
		...readSort(params, RMP_SORT_KEYS)
	});
}

/** Writes the selection into the URL's query, so a copied link reproduces the view. */
export function writeRmpSelection(url: URL, sel: RmpSelection): URL {
	const p = url.searchParams;
	p.set('concern', sel.concern);
	if (sel.indication) p.set('indication', sel.indication);
	else p.delete('indication');
	writeSort(p, sel);
	return url;
}

/** The figures of the selection, grouped by indication in document order (the plot's order). */
export function selectedGroups(data: RmpData, sel: RmpSelection): IndicationGroup[] {
	return indicationGroups(data.figures, sel.concern).filter((g) => sel.indication === '' || g.key === sel.indication);
}

// ——— what the plot and the table show ———

/** A CP bound for reading: one decimal from 1%, two below, two significant digits below 0.1% ("0.00064"). */
export function boundText(v: number): string {
	if (v === 0) return '0';
	if (v >= 1) return v.toFixed(1);
	if (v >= 0.1) return v.toFixed(2);
	return String(Number(v.toPrecision(2)));
}

/** "[0.09, 0.40]", or '—' when only a percentage is printed. */
export const ciText = (f: Pick<IncidenceFigure, 'ci'>): string =>
	f.ci ? `[${boundText(f.ci.lower)}, ${boundText(f.ci.upper)}]` : '—';

/** "1/24", or '—' when only a percentage is printed. */
export const countText = (f: Pick<IncidenceFigure, 'count' | 'denominator'>): string =>
	f.count !== null && f.denominator !== null ? `${f.count}/${f.denominator}` : '—';

/** What a figure counts, in the page's language: the event with its grade and seriousness. */
export function eventText(f: IncidenceFigure, lang: 'ja' | 'en', serious: string): string {
	const grade = gradeText(f.grade, lang);
	return [
		lang === 'ja' ? f.event_ja : f.event_en,
		grade && `(${grade})`,
		f.seriousness === 'serious' ? `· ${serious}` : ''
	]
		.filter(Boolean)
		.join(' ');
}

/** Where a figure comes from, shortly: study, arm and phase ("RIN-1 · placebo arm"). */
export function studyText(f: IncidenceFigure, lang: 'ja' | 'en'): string {
	return (lang === 'ja' ? [f.study_ja, f.arm_ja, f.phase_ja] : [f.study_en, f.arm_en, f.phase_en])
		.filter(Boolean)
		.join(' · ');
}

/** The dot plot's input: one group per indication, one item per figure (no interval for a percentage printed alone). */
export function plotGroups(
	groups: readonly IndicationGroup[],
	lang: 'ja' | 'en',
	words: { serious: string; percentOnly: string }
): IncidenceGroupInput[] {
	return groups.map((g) => ({
		id: g.key,
		label: `${lang === 'ja' ? g.ja : g.en} (${g.figures.length})`,
		items: g.figures.map((f) => {
			const label = eventText(f, lang, words.serious);
			const sub = studyText(f, lang);
			return {
				id: f.id,
				label,
				sublabel: sub,
				printed: f.printed,
				point:
					f.ci && f.count !== null && f.denominator !== null
						? { percent: (100 * f.count) / f.denominator, lower: f.ci.lower, upper: f.ci.upper }
						: null,
				hollow: f.comparator,
				flagged: f.denominatorFlag !== null,
				tip: `${sub} · ${label}: ${f.printed}%${f.ci ? ` (${countText(f)}) ${ciText(f)}` : ` — ${words.percentOnly}`}`
			};
		})
	}));
}

const STATUS_ORDER: readonly (CheckStatus | null)[] = [
	'mismatch',
	'reproduced-other-method',
	'approximate',
	'not-recomputable',
	'reproduced',
	null
];

/** The table's rows: the selection's figures grouped as the plot, or sorted by a column (ties keep that order). */
export function sortFigures(
	groups: readonly IndicationGroup[],
	key: RmpSortKey | null,
	dir: 'asc' | 'desc',
	lang: 'ja' | 'en'
): IncidenceFigure[] {
	const grouped = groups.flatMap((g) => g.figures);
	if (!key) return grouped;
	const pos = new Map(grouped.map((f, i) => [f.id, i]));
	const text = (a: string, b: string) => a.localeCompare(b, lang);
	const groupPos = new Map(groups.map((g, i) => [g.key, i]));
	const sign = dir === 'asc' ? 1 : -1;
	// a figure printed without a count sorts after every figure that has one, whichever the direction
	const missingLast = (a: number | null, b: number | null, by: (a: number, b: number) => number) =>
		a === null ? (b === null ? 0 : 1) : b === null ? -1 : sign * by(a, b);
	const cmp: Record<RmpSortKey, (a: IncidenceFigure, b: IncidenceFigure) => number> = {
		indication: (a, b) => sign * (groupPos.get(a.indication)! - groupPos.get(b.indication)!),
		study: (a, b) => sign * text(lang === 'ja' ? a.study_ja : a.study_en, lang === 'ja' ? b.study_ja : b.study_en),
		event: (a, b) => sign * text(lang === 'ja' ? a.event_ja : a.event_en, lang === 'ja' ? b.event_ja : b.event_en),
		grade: (a, b) => sign * text(a.grade, b.grade),
		count: (a, b) =>
			missingLast(a.count, b.count, (x, y) => x - y) || missingLast(a.denominator, b.denominator, (x, y) => x - y),
		printed: (a, b) => sign * (Number(a.printed) - Number(b.printed)),
		recomputed: (a, b) =>
			missingLast(
				a.recomputed === null ? null : Number(a.recomputed),
				b.recomputed === null ? null : Number(b.recomputed),
				(x, y) => x - y
			),
		ci: (a, b) =>
			missingLast(a.ci?.lower ?? null, b.ci?.lower ?? null, (x, y) => x - y) ||
			missingLast(a.ci?.upper ?? null, b.ci?.upper ?? null, (x, y) => x - y),
		status: (a, b) => sign * (statusRank(a) - statusRank(b)),
		line: (a, b) => sign * (a.line - b.line)
	};
	return [...grouped].sort((a, b) => cmp[key](a, b) || pos.get(a.id)! - pos.get(b.id)!);
}

/** A flagged denominator ranks with its own status; the worse of the two decides. */
const statusRank = (f: IncidenceFigure) =>
	Math.min(
		STATUS_ORDER.indexOf(f.status),
		f.denominatorFlag ? STATUS_ORDER.indexOf(f.denominatorFlag.status) : STATUS_ORDER.length
	);
