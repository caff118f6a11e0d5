import type { Dataset } from '$lib/data/dataset';
import type { RowOf } from '$lib/data/typedRows';
import { rowsById } from '../datasetById';

// Eligibility of the trials next to the approved population, aligned by topic. Every value keeps its printed string
// and its document line.

export type EligibilityTopic =
	'prior_therapy' | 'prior_cellular' | 'measurable' | 'bcma_expression' | 'ecog' | 'plasma_cell' | 'cns' | 'other';

/**
 * Topic mapping: the first rule whose pattern matches an item's English text (`text_en`) gives its topic, otherwise
 * the item takes its parent's topic; a parent that matches nothing is only a heading over its sub-items (its list
 * label says the same), and any other item is "other". Order matters: a prior transplant / cell / BCMA-targeted
 * therapy is checked before prior therapy in general.
 */
export const TOPIC_RULES: readonly (readonly [EligibilityTopic, RegExp])[] = [
	['prior_cellular', /allogeneic|gene therapy|cell therapy|BCMA-targeted|targeting the BCMA/i],
	['prior_therapy', /prior (regimen|treatment|therap)|refractory|relapsed/i],
	['measurable', /measurable disease/i],
	['bcma_expression', /BCMA expression/i],
	['ecog', /ECOG/],
	['plasma_cell', /plasma cell leukemia|amyloidosis/i],
	['cns', /central nervous system/i]
];
export const TOPICS: readonly EligibilityTopic[] = [...TOPIC_RULES.map(([t]) => t), 'other'];

/** One eligibility column: a trial's table, or the approved population. */
export interface EligibilitySource {
	readonly key: string;
	readonly dataset: string;
	readonly table: string;
	/** the approved population (section 5) rather than a trial's criteria */
	readonly approved?: boolean;
}

export interface EligibilityItem {
	readonly id: string;
	readonly list: string;
	readonly code: string;
	readonly text_ja: string;
	readonly text_en: string;
	readonly footnotes: string;
	readonly line: string;
	/** ancestors shown in the same cell (indentation) */
	readonly depth: number;
	readonly topic: EligibilityTopic;
}

export interface EligibilityColumn {
	readonly key: string;
	readonly dataset: string;
	readonly table: string;
	readonly approved: boolean;
	readonly items: number;
	/** parents that only introduce their sub-items, left out of the topic rows */
	readonly headings: readonly EligibilityItem[];
}

export interface EligibilityGrid {
	readonly columns: readonly EligibilityColumn[];
	/** one row per topic that has an item, cells parallel to the columns, items in document order */
	readonly rows: readonly {
		readonly topic: EligibilityTopic;
		readonly cells: readonly (readonly EligibilityItem[])[];
	}[];
}

type CriteriaRow = RowOf<'criteria'>;

/**
 * Each item's topic by item_id, 'heading' for a parent that matches no rule and has no topic from above.
 * @example topicsOf(rows).get('t1_inc_3') // 'ecog'
 */
export function topicsOf(rows: readonly CriteriaRow[]): Map<string, EligibilityTopic | 'heading'> {
	const byId = new Map(rows.map((r) => [r.item_id, r]));
	const hasKids = new Set(rows.map((r) => r.parent_id ?? '').filter(Boolean));
	const out = new Map<string, EligibilityTopic | 'heading'>();
	const resolve = (r: CriteriaRow): EligibilityTopic | 'heading' => {
		const known = out.get(r.item_id);
		if (known) return known;
		const own = TOPIC_RULES.find(([, re]) => re.test(r.text_en))?.[0];
		const parent = r.parent_id ? byId.get(r.parent_id) : undefined;
		const inherited = parent ? resolve(parent) : 'heading';
		const topic = own ?? (inherited !== 'heading' ? inherited : hasKids.has(r.item_id) ? 'heading' : 'other');
		out.set(r.item_id, topic);
		return topic;
	};
	rows.forEach(resolve);
	return out;
}

/** A column's items with their topic and depth, and whether each is only a heading. */
function columnItems(rows: readonly CriteriaRow[]): (EligibilityItem & { heading: boolean })[] {
	const topics = topicsOf(rows);
	const topicOf = (r: CriteriaRow) => topics.get(r.item_id) ?? 'other';
	const byId = new Map(rows.map((r) => [r.item_id, r]));
	const parentOf = (r: CriteriaRow) => (r.parent_id ? byId.get(r.parent_id) : undefined);
	return rows.map((r) => {
		const t = topicOf(r);
		let depth = 0;
		for (let p = parentOf(r); p && topicOf(p) === t; p = parentOf(p)) depth++;
		return {
			id: r.item_id,
			list: r.list,
			code: r.code ?? '',
			text_ja: r.text_ja,
			text_en: r.text_en,
			footnotes: r.footnote_refs ?? '',
			line: r.source_line,
			depth,
			topic: t === 'heading' ? 'other' : t,
			heading: t === 'heading'
		};
	});
}

/**
 * The eligibility columns aligned by topic, each column read from its dataset.
 * @example eligibilityGrid(datasets, GUIDELINE_FACTS.eligibility).columns.map((c) => c.items) // [14, 17, 13, 15]
 */
export function eligibilityGrid(datasets: readonly Dataset[], sources: readonly EligibilitySource[]): EligibilityGrid {
	const perColumn = sources.map((src) => {
		const rows = rowsById(datasets, src.dataset, 'criteria', 'eligibilityGrid');
		return { src, rows, items: columnItems(rows) };
	});
	return {
		columns: perColumn.map(({ src, rows, items }) => ({
			key: src.key,
			dataset: src.dataset,
			table: src.table,
			approved: src.approved ?? false,
			items: rows.length,
			headings: items.filter((i) => i.heading)
		})),
		rows: TOPICS.map((topic) => ({
			topic,
			cells: perColumn.map(({ items }) => items.filter((i) => !i.heading && i.topic === topic))
		})).filter((r) => r.cells.some((c) => c.length > 0))
	};
}
