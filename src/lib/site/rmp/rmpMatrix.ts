import type { Dataset } from '$lib/data/dataset';
import type { RowOf } from '$lib/data/typedRows';
import { rowsById } from '../datasetById';
import { idList } from './idList';
import type { NoRiskMinimisation } from './rmpFacts';

// The RMP's safety specification as a matrix: its concerns (sections 1.1 / 1.2) against the additional activities
// that address them (section 2's surveys, section 4's materials), with the routine activities said once.

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

/** Pharmacovigilance (a post-marketing survey) or risk minimisation (a material). */
export type ActivityKind = 'pv' | 'rm';

/** An additional activity: a post-marketing survey (section 2) or a risk-minimisation material (section 4). */
export interface RmpActivity {
	readonly id: string;
	readonly kind: ActivityKind;
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
	readonly noRiskMinimisation: NoRiskMinimisation;
	/** additional activities section 5 lists that no concern of the current specification names (completed ones) */
	readonly unnamed: readonly RmpActivity[];
}

/** Which datasets hold the matrix and what the document prints outside them (RMP_FACTS). */
export interface MatrixFacts {
	readonly datasets: {
		readonly specification: string;
		readonly surveys: string;
		readonly plan: string;
		readonly activities: string;
	};
	readonly routine: { readonly pv: string; readonly rm: string };
	readonly noRiskMinimisation: NoRiskMinimisation;
}

// section 5 of an RMP lists the additional pharmacovigilance in table 5.1 and the risk-minimisation activities in 5.3
const ACTIVITY_TABLE: Readonly<Record<ActivityKind, string>> = { pv: '5.1', rm: '5.3' };

function concernCategory(value: string, concern: string): ConcernCategory {
	const category = CONCERN_CATEGORIES.find((c) => c === value);
	if (!category) throw new Error(`rmpData: concern ${concern} has the unknown category "${value}"`);
	return category;
}

/** A top-level additional activity of the risk-minimisation plan (section 4), not one of its sub-items. */
const isPlanActivity = (r: RowOf<'criteria'>) => r.code === 'additional' && !r.parent_id;

/**
 * The matrix of concerns × additional activities. Every activity id a concern names must be defined in the surveys
 * (section 2), the risk-minimisation plan (section 4) or the activity lists (section 5): an unknown id throws, so the
 * build fails rather than show a nameless column.
 * @example safetyMatrix(datasets, perConcern, RMP_FACTS).pv.map((a) => a.id) // ['gus_cll', 'gus_ssc', 'gus_pemphigus', 'sus_nmosd']
 */
export function safetyMatrix(
	datasets: readonly Dataset[],
	perConcern: ReadonlyMap<string, number>,
	facts: MatrixFacts
): RmpMatrix {
	const ids = facts.datasets;
	const spec = rowsById(datasets, ids.specification, 'rmp_safety_concern', 'rmpData');
	const surveys = rowsById(datasets, ids.surveys, 'rmp_survey', 'rmpData');
	const plan = rowsById(datasets, ids.plan, 'criteria', 'rmpData');
	const list = rowsById(datasets, ids.activities, 'rmp_activity', 'rmpData');
	const concerns: RmpConcern[] = spec
		.map((r) => ({
			id: r.concern_id,
			category: concernCategory(r.category, r.concern_id),
			order: Number(r.order),
			ja: r.name_ja,
			en: r.name_en,
			line: Number(r.source_line),
			pv: idList(r.pv_additional),
			rm: idList(r.rm_additional),
			figures: perConcern.get(r.concern_id) ?? 0
		}))
		.sort(
			(a, b) => CONCERN_CATEGORIES.indexOf(a.category) - CONCERN_CATEGORIES.indexOf(b.category) || a.order - b.order
		);
	const named = (kind: ActivityKind, id: string) => concerns.filter((c) => c[kind].includes(id)).length;
	// an activity's name and line: its section 2 survey or section 4 material (which lists the concerns it addresses),
	// else its row in section 5's list; its status always from section 5 (table 5.1 for surveys, 5.3 for materials)
	const fromList = (kind: ActivityKind, r: RowOf<'rmp_activity'>, concerns: number): RmpActivity => ({
		id: r.activity_id,
		kind,
		ja: r.activity_ja,
		en: r.activity_en,
		dataset: ids.activities,
		line: Number(r.source_line),
		status_ja: r.status_ja ?? '',
		status_en: r.status_en ?? '',
		concerns
	});
	const definition = (kind: ActivityKind, id: string) => {
		if (kind === 'pv') {
			const r = surveys.find((x) => x.survey_id === id);
			return r && { ja: r.name_ja, en: r.name_en, dataset: ids.surveys, line: Number(r.source_line) };
		}
		const r = plan.find((x) => x.item_id === id && isPlanActivity(x));
		return r && { ja: r.text_ja, en: r.text_en, dataset: ids.plan, line: Number(r.source_line) };
	};
	const resolve = (kind: ActivityKind, id: string): RmpActivity => {
		const inList =
			list.find((r) => r.activity_id === id && r.table === ACTIVITY_TABLE[kind]) ??
			list.find((r) => r.activity_id === id);
		const def = definition(kind, id);
		if (def)
			return {
				id,
				kind,
				...def,
				status_ja: inList?.status_ja ?? '',
				status_en: inList?.status_en ?? '',
				concerns: named(kind, id)
			};
		if (inList) return fromList(kind, inList, named(kind, id));
		throw new Error(
			`rmpData: activity ${id} (named by a concern of ${ids.specification}) is defined in none of ${ids.surveys}, ${ids.plan}, ${ids.activities}`
		);
	};
	// columns in the order the plan defines them (section 2's surveys, section 4's materials), then any only listed in section 5
	const columns = (kind: ActivityKind, defined: readonly string[]) => {
		const used = new Set(concerns.flatMap((c) => c[kind]));
		const order = [...defined.filter((id) => used.has(id)), ...[...used].filter((id) => !defined.includes(id))];
		return order.map((id) => resolve(kind, id));
	};
	const pv = columns(
		'pv',
		surveys.map((r) => r.survey_id)
	);
	const rm = columns(
		'rm',
		plan.filter(isPlanActivity).map((r) => r.item_id)
	);
	const routineOf = (id: string): RmpRoutine => {
		const r = list.find((x) => x.activity_id === id && x.activity_type === 'routine');
		if (!r) throw new Error(`rmpData: the routine activity ${id} is missing from ${ids.activities}`);
		return { ja: r.activity_ja, en: r.activity_en, dataset: ids.activities, line: Number(r.source_line) };
	};
	const inMatrix = new Set([...pv, ...rm].map((a) => a.id));
	const unnamed: RmpActivity[] = [];
	for (const r of list) {
		if (r.activity_type !== 'additional' || inMatrix.has(r.activity_id) || unnamed.some((a) => a.id === r.activity_id))
			continue;
		unnamed.push(fromList(r.table === ACTIVITY_TABLE.rm ? 'rm' : 'pv', r, 0));
	}
	return {
		groups: CONCERN_CATEGORIES.map((category) => ({
			category,
			concerns: concerns.filter((c) => c.category === category)
		})),
		pv,
		rm,
		routine: { pv: routineOf(facts.routine.pv), rm: routineOf(facts.routine.rm) },
		noRiskMinimisation: facts.noRiskMinimisation.filter((x) => concerns.some((c) => c.id === x.concern)),
		unnamed
	};
}

/**
 * The concerns the selector offers: those with at least one incidence figure, in printed order.
 * @example concernOptions(matrix)[0].id // 'infusion_reaction'
 */
export const concernOptions = (matrix: RmpMatrix): RmpConcern[] =>
	matrix.groups.flatMap((g) => g.concerns).filter((c) => c.figures > 0);

/**
 * The concerns the plan prints no incidence figure for (said under the selector).
 * @example concernsWithoutFigures(matrix)[0].id // 'mucocutaneous_sjs_ten'
 */
export const concernsWithoutFigures = (matrix: RmpMatrix): RmpConcern[] =>
	matrix.groups.flatMap((g) => g.concerns).filter((c) => c.figures === 0);

/**
 * A concern of the matrix by its id; throws on an id the specification does not hold (a page asks only for those).
 * @example concernOf(matrix, 'malignancy').en // 'Malignancies'
 */
export function concernOf(matrix: RmpMatrix, id: string): RmpConcern {
	for (const g of matrix.groups) for (const c of g.concerns) if (c.id === id) return c;
	throw new Error(`rmp: the safety specification has no concern ${id}`);
}
