import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import type { TimelineLaneInput } from '$lib/charts/treatmentTimelineLayout';

/**
 * The guideline reference page (/guideline/): eligibility of the three trials next to the approved population,
 * the facility requirements, the CRS / neurologic-event algorithms grade by grade and the treatment timeline.
 * Pure data shaping: every value keeps its printed string and its guideline line.
 */

/** The four eligibility columns, in the guideline's order; `key` is the column id. */
export const ELIGIBILITY_SOURCES = [
	{ key: 'MM-001', dataset: 'gl_t1_mm001_eligibility', table: 'Table 1' },
	{ key: 'CRB-401', dataset: 'gl_t4_crb401_eligibility', table: 'Table 4' },
	{ key: 'MM-003', dataset: 'gl_t6_mm003_eligibility', table: 'Table 6' },
	{ key: 'approved', dataset: 'gl_s5_patient_selection', table: 'Section 5' }
] as const;

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

/** Each item's topic by item_id, 'heading' for a parent that matches no rule and has no topic from above. */
export function topicsOf(rows: readonly Row[]): Map<string, EligibilityTopic | 'heading'> {
	const byId = new Map(rows.map((r) => [r.item_id ?? '', r]));
	const hasKids = new Set(rows.map((r) => r.parent_id ?? '').filter(Boolean));
	const out = new Map<string, EligibilityTopic | 'heading'>();
	const resolve = (r: Row): EligibilityTopic | 'heading' => {
		const id = r.item_id ?? '';
		const known = out.get(id);
		if (known) return known;
		const own = TOPIC_RULES.find(([, re]) => re.test(r.text_en ?? ''))?.[0];
		const parent = r.parent_id ? byId.get(r.parent_id) : undefined;
		const inherited = parent ? resolve(parent) : 'heading';
		const topic = own ?? (inherited !== 'heading' ? inherited : hasKids.has(id) ? 'heading' : 'other');
		out.set(id, topic);
		return topic;
	};
	rows.forEach(resolve);
	return out;
}

/** The eligibility columns aligned by topic; rows of `datasets` are looked up by the ids in ELIGIBILITY_SOURCES. */
export function eligibilityGrid(datasets: readonly Dataset[]): EligibilityGrid {
	const perColumn = ELIGIBILITY_SOURCES.map((src) => {
		const rows = datasetRows(datasets, src.dataset);
		const topics = topicsOf(rows);
		const byId = new Map(rows.map((r) => [r.item_id ?? '', r]));
		const items = rows.map((r): EligibilityItem & { heading: boolean } => {
			const t = topics.get(r.item_id ?? '')!;
			let depth = 0;
			for (let p = byId.get(r.parent_id ?? ''); p && topics.get(p.item_id ?? '') === t; p = byId.get(p.parent_id ?? ''))
				depth++;
			return {
				id: r.item_id ?? '',
				list: r.list ?? '',
				code: r.code ?? '',
				text_ja: r.text_ja ?? '',
				text_en: r.text_en ?? '',
				footnotes: r.footnote_refs ?? '',
				line: r.source_line ?? '',
				depth,
				topic: t === 'heading' ? 'other' : t,
				heading: t === 'heading'
			};
		});
		return { src, rows, items };
	});
	return {
		columns: perColumn.map(({ src, rows, items }) => ({
			key: src.key,
			dataset: src.dataset,
			table: src.table,
			items: rows.length,
			headings: items.filter((i) => i.heading)
		})),
		rows: TOPICS.map((topic) => ({
			topic,
			cells: perColumn.map(({ items }) => items.filter((i) => !i.heading && i.topic === topic))
		})).filter((r) => r.cells.some((c) => c.length > 0))
	};
}

function datasetRows(datasets: readonly Dataset[], id: string): readonly Row[] {
	const d = datasets.find((x) => x.entry.id === id);
	if (!d) throw new Error(`guideline reference: dataset ${id} is missing`);
	return d.rows;
}

/** ECOG performance status scale (PS 0–4) printed under section 5. */
export function ecogScale(datasets: readonly Dataset[]) {
	return datasetRows(datasets, 'gl_ecog_performance_status').map((r) => ({
		code: r.code ?? '',
		text_ja: r.text_ja ?? '',
		text_en: r.text_en ?? '',
		line: r.source_line ?? ''
	}));
}

// ---------------------------------------------------------------- algorithms (Tables 15 and 16)

export type AlgorithmKey = 'crs' | 'neurologic';
export const ALGORITHMS: readonly AlgorithmKey[] = ['crs', 'neurologic'];
export const ALGORITHM_DATASETS: Readonly<Record<AlgorithmKey, string>> = {
	crs: 'gl_t15_crs_algorithm',
	neurologic: 'gl_t16_neurologic_algorithm'
};
export const GRADES = ['1', '2', '3', '4'] as const;
export type Grade = (typeof GRADES)[number];

export interface AlgorithmSelection {
	readonly algorithm: AlgorithmKey;
	readonly grade: Grade;
}
export const DEFAULT_ALGORITHM: AlgorithmSelection = { algorithm: 'crs', grade: '1' };

/** The selection in a query string (`?algorithm=crs&grade=2`); an unknown value falls back to the default. */
export function parseAlgorithmSelection(params: URLSearchParams): AlgorithmSelection {
	const a = params.get('algorithm');
	const g = params.get('grade');
	return {
		algorithm: (ALGORITHMS as readonly string[]).includes(a ?? '') ? (a as AlgorithmKey) : DEFAULT_ALGORITHM.algorithm,
		grade: (GRADES as readonly string[]).includes(g ?? '') ? (g as Grade) : DEFAULT_ALGORITHM.grade
	};
}

/** The URL with the selection written in; other query parameters and the fragment are kept. */
export function writeAlgorithmSelection(url: URL, sel: AlgorithmSelection): URL {
	const out = new URL(url.href);
	out.searchParams.set('algorithm', sel.algorithm);
	out.searchParams.set('grade', sel.grade);
	return out;
}

export interface GradeStep {
	readonly step: string;
	readonly condition_ja: string;
	readonly condition_en: string;
	readonly action_ja: string;
	readonly action_en: string;
	readonly line: string;
}

export interface GradeView {
	readonly grade: string;
	readonly definition_ja: string;
	readonly definition_en: string;
	/** management columns in table order (tocilizumab, corticosteroid; management for Table 16), steps in order */
	readonly columns: readonly { readonly column: string; readonly steps: readonly GradeStep[] }[];
	readonly lines: readonly string[];
}

/** One grade of an algorithm table: its definition and its steps column by column. */
export function gradeView(rows: readonly Row[], grade: string): GradeView {
	const of = rows.filter((r) => r.grade === grade);
	const columns = [...new Set(rows.map((r) => r.column ?? ''))];
	const def = of.find((r) => r.grade_definition_ja) ?? of[0];
	return {
		grade,
		definition_ja: def?.grade_definition_ja ?? '',
		definition_en: def?.grade_definition_en ?? '',
		columns: columns.map((column) => ({
			column,
			steps: of
				.filter((r) => r.column === column)
				.sort((a, b) => Number(a.step) - Number(b.step))
				.map((r) => ({
					step: r.step ?? '',
					condition_ja: r.condition_ja ?? '',
					condition_en: r.condition_en ?? '',
					action_ja: r.action_ja ?? '',
					action_en: r.action_en ?? '',
					line: r.source_line ?? ''
				}))
		})),
		lines: [...new Set(of.map((r) => r.source_line ?? ''))].sort((a, b) => Number(a) - Number(b))
	};
}

export function algorithmRows(datasets: readonly Dataset[], key: AlgorithmKey): readonly Row[] {
	return datasetRows(datasets, ALGORITHM_DATASETS[key]);
}

// ---------------------------------------------------------------- treatment timeline (sections 1 and 6)

/** A number as printed, with the guideline line that prints it. */
export interface PrintedNumber {
	readonly printed: string;
	readonly line: string;
}

export interface OnsetWindow {
	readonly trial: string;
	readonly median: PrintedNumber;
	readonly lower: string;
	readonly upper: string;
}

export interface TimelineData {
	/** leukapheresis (section 1 step 1): no day or length is printed */
	readonly leukapheresis: { readonly line: string };
	/** bridging therapy is not part of section 1 or 6; the trials (section 3) required it to end ≥14 days before LD */
	readonly bridging: { readonly trials: readonly { trial: string; daysBefore: PrintedNumber }[] };
	/** lymphodepleting chemotherapy: starts N days before infusion, once daily for M days */
	readonly lymphodepletion: { readonly startDaysBefore: PrintedNumber; readonly days: PrintedNumber };
	/** the infusion (day 0) and the premedication window before it, in minutes */
	readonly infusion: { readonly line: string; readonly premedicationMinutes: PrintedNumber };
	readonly crsOnset: readonly OnsetWindow[];
	readonly neuroOnset: readonly OnsetWindow[];
}

function printedIn(row: Row | undefined, re: RegExp, what: string): PrintedNumber {
	const m = row ? re.exec(row.text_ja ?? '') : null;
	if (!row || !m?.[1]) throw new Error(`guideline reference: ${what} is not printed where expected`);
	return { printed: m[1], line: row.source_line ?? '' };
}

/** The timeline's numbers, each taken from the row that prints it (a missing number fails the build, not the page). */
export function timelineData(datasets: readonly Dataset[]): TimelineData {
	const s1 = datasetRows(datasets, 'gl_s1_indication_and_dosing');
	const s6 = datasetRows(datasets, 'gl_numeric_statements_section6');
	const eff = datasetRows(datasets, 'gl_numeric_statements_efficacy');
	const item = (id: string) => s1.find((r) => r.item_id === id);
	const leuk = item('s1_step_1');
	const infusion = item('s1_step_5');
	if (!leuk || !infusion) throw new Error('guideline reference: section 1 steps are missing');
	const premed = s6.find((r) => r.statement_id === 's6_premedication_timing');
	if (!premed) throw new Error('guideline reference: premedication timing is missing');
	const windows = (topic: string): OnsetWindow[] =>
		s6
			.filter((r) => r.topic === topic)
			.map((r) => ({
				trial: r.trial ?? '',
				median: { printed: r.value ?? '', line: r.source_line ?? '' },
				lower: r.range_lower ?? '',
				upper: r.range_upper ?? ''
			}));
	return {
		leukapheresis: { line: leuk.source_line ?? '' },
		bridging: {
			trials: eff
				.filter((r) => r.topic === 'bridging' && (r.statement_id ?? '').endsWith('_bridging_end'))
				.map((r) => ({ trial: r.trial ?? '', daysBefore: { printed: r.value ?? '', line: r.source_line ?? '' } }))
		},
		lymphodepletion: {
			startDaysBefore: printedIn(item('s1_step_4_1'), /本品投与の\s*(\d+)\s*日前から/, 'the start of lymphodepletion'),
			days: printedIn(item('s1_step_4_2'), /1\s*日\s*1\s*回\s*(\d+)\s*日間/, 'the length of lymphodepletion')
		},
		infusion: {
			line: infusion.source_line ?? '',
			premedicationMinutes: { printed: premed.value ?? '', line: premed.source_line ?? '' }
		},
		crsOnset: windows('crs_onset'),
		neuroOnset: windows('neuro_onset')
	};
}

/** Localized wording of the timeline; every number is passed in as printed. */
export interface TimelineText {
	readonly leukapheresis: string;
	readonly bridging: string;
	readonly lymphodepletion: string;
	readonly infusion: string;
	readonly crs: (trial: string) => string;
	readonly neuro: (trial: string) => string;
	readonly notPrinted: string;
	readonly bridgingTrials: (days: string, trials: string) => string;
	readonly lymphodepletionWhen: (start: string, days: string) => string;
	readonly infusionWhen: (minutes: string) => string;
	readonly onset: (median: string, lower: string, upper: string) => string;
}

export interface TimelineTableRow {
	readonly id: string;
	readonly phase: string;
	readonly when: string;
	readonly lines: readonly string[];
}

/**
 * The timeline as chart lanes and as a table (its text alternative). Leukapheresis and bridging have no printed
 * day or length in sections 1 and 6: they are drawn without one. Lymphodepletion starts the printed number of days
 * before the infusion and lasts the printed number of days; onset windows are the printed median and range.
 */
export function timelineView(
	data: TimelineData,
	t: TimelineText
): { lanes: TimelineLaneInput[]; rows: TimelineTableRow[] } {
	const ld = data.lymphodepletion;
	const bridgingDays = [...new Set(data.bridging.trials.map((b) => b.daysBefore.printed))].join(', ');
	const bridgingTrials = data.bridging.trials.map((b) => b.trial).join(', ');
	const windows = (list: readonly OnsetWindow[], group: 'crs' | 'neuro') =>
		list.map((w) => ({
			lane: {
				id: `${group}-${w.trial}`,
				label: group === 'crs' ? t.crs(w.trial) : t.neuro(w.trial),
				kind: 'window' as const,
				group,
				median: Number(w.median.printed),
				lower: Number(w.lower),
				upper: Number(w.upper),
				note: t.onset(w.median.printed, w.lower, w.upper)
			},
			line: w.median.line
		}));
	const onsets = [...windows(data.crsOnset, 'crs'), ...windows(data.neuroOnset, 'neuro')];
	const lanes: TimelineLaneInput[] = [
		{ id: 'leukapheresis', label: t.leukapheresis, kind: 'unscaled', note: t.notPrinted },
		{ id: 'bridging', label: t.bridging, kind: 'unscaled', note: t.notPrinted },
		{
			id: 'lymphodepletion',
			label: t.lymphodepletion,
			kind: 'span',
			from: -Number(ld.startDaysBefore.printed),
			days: Number(ld.days.printed),
			note: t.lymphodepletionWhen(ld.startDaysBefore.printed, ld.days.printed)
		},
		{
			id: 'infusion',
			label: t.infusion,
			kind: 'point',
			day: 0,
			note: t.infusionWhen(data.infusion.premedicationMinutes.printed)
		},
		...onsets.map((o) => o.lane)
	];
	const rows: TimelineTableRow[] = [
		{ id: 'leukapheresis', phase: t.leukapheresis, when: t.notPrinted, lines: [data.leukapheresis.line] },
		{
			id: 'bridging',
			phase: t.bridging,
			when: `${t.notPrinted} ${t.bridgingTrials(bridgingDays, bridgingTrials)}`,
			lines: data.bridging.trials.map((b) => b.daysBefore.line)
		},
		{
			id: 'lymphodepletion',
			phase: t.lymphodepletion,
			when: t.lymphodepletionWhen(ld.startDaysBefore.printed, ld.days.printed),
			lines: [ld.startDaysBefore.line, ld.days.line]
		},
		{
			id: 'infusion',
			phase: t.infusion,
			when: t.infusionWhen(data.infusion.premedicationMinutes.printed),
			lines: [data.infusion.line, data.infusion.premedicationMinutes.line]
		},
		...onsets.map((o) => ({ id: o.lane.id, phase: o.lane.label, when: o.lane.note, lines: [o.line] }))
	];
	return { lanes, rows };
}
