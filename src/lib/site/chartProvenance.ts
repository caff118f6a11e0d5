import type { ChartProvenance } from '$lib/charts/exportChart';
import type { Dataset, DocumentRef } from '$lib/data/dataset';
import { m } from '$lib/paraglide/messages';
import type { Locale } from './i18n';
import { tableName } from '$lib/data/tableName';
import { gridWords } from './survivalWords';
import { localized } from './localized';

// below site, so the analysis worker names a reader's tables as the pages do
export { tableName };

/** What an exported chart cites of one dataset: its document, table, trial, cut-off and printed lines. */
export interface SourceRef {
	readonly id: string;
	/** the document, as its profile cites it (one object per document: page data sends it once) */
	readonly document: DocumentRef;
	readonly table: string;
	readonly trial: string | null;
	readonly cutoff: string | null;
	readonly lines: readonly [number, number];
}

/** The dataset's citation (bundled datasets only). */
export const sourceRef = ({ entry: e, source }: Dataset): SourceRef => {
	if (!source) throw new Error(`${e.id} is a reader's file: it has no document to cite`);
	return { id: e.id, document: source, table: e.table, trial: e.trial, cutoff: e.cutoff, lines: e.source_lines };
};

/** Citations of the bundled datasets, by id (what a page's load sends for its charts' exports). */
export const sourceRefs = (datasets: readonly Dataset[]): Record<string, SourceRef> =>
	Object.fromEntries(datasets.filter((d) => d.source).map((d) => [d.entry.id, sourceRef(d)]));

/** Line ranges of one table, overlapping or touching ones merged: "lines 26–272, 624–648" ("line 12" for one line). */
export function linesText(ranges: readonly (readonly [number, number])[], lang: Locale): string {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [a, b] of sorted) {
		const last = merged.at(-1);
		if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
		else merged.push([a, b]);
	}
	if (merged.length === 1 && merged[0]![0] === merged[0]![1]) return m.provenance_line({ line: String(merged[0]![0]) });
	return m.provenance_lines({
		ranges: merged.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(localized(lang, { ja: '、', en: ', ' }))
	});
}

/**
 * The source line of an export: each document once (title, publisher, date), then its tables with their lines.
 * @example sourceText([t2], 'en') // 'Optimal Use Promotion Guideline: … (Ministry of Health, Labour and Welfare, Japan, 2023-12): Table 2, lines 117–137'
 */
export function sourceText(refs: readonly SourceRef[], lang: Locale): string {
	const byDoc = new Map<string, SourceRef[]>();
	for (const r of refs) byDoc.set(r.document.file, [...(byDoc.get(r.document.file) ?? []), r]);
	return [...byDoc.values()]
		.map((rs) => {
			const d = rs[0]!.document;
			const tables = new Map<string, (readonly [number, number])[]>();
			for (const r of rs) tables.set(r.table, [...(tables.get(r.table) ?? []), r.lines]);
			const cited = [...tables]
				.map(([t, l]) => `${tableName(t, lang)}${localized(lang, { ja: '、', en: ', ' })}${linesText(l, lang)}`)
				.join(localized(lang, { ja: '；', en: '; ' }));
			return lang === 'ja'
				? `${d.title_ja}（${d.publisher_ja}、${d.date}）${cited}`
				: `${d.title_en} (${d.publisher_en}, ${d.date}): ${cited}`;
		})
		.join(localized(lang, { ja: '。', en: '. ' }));
}

/** "data cut-off 2019-10-16" (several: "data cut-offs 2019-10-16, 2020-12-21"); empty when none is printed. */
export function cutoffText(refs: readonly SourceRef[]): string {
	const dates = [...new Set(refs.map((r) => r.cutoff).filter((c): c is string => !!c))].sort();
	return dates.length ? m.provenance_cutoff({ dates: dates.join(', ') }) : '';
}

/**
 * A chart's provenance from the datasets it draws: the subtitle is the given parts (trial, endpoint or table) and
 * the cut-off, joined by " · "; the source cites each document, table and line range.
 * @example chartProvenance([t2], 'en', ['MM-001', 'Table 2']).subtitle // 'MM-001 · Table 2 · data cut-off 2019-10-16'
 */
export function chartProvenance(
	refs: readonly (SourceRef | undefined)[],
	lang: Locale,
	parts: readonly (string | null | undefined)[],
	caveat?: string | null
): ChartProvenance {
	const known = refs.filter((r): r is SourceRef => r !== undefined);
	return {
		subtitle: [...parts, cutoffText(known)].filter(Boolean).join(' · '),
		source: sourceText(known, lang),
		caveat: caveat ?? null
	};
}

type Refs = Readonly<Record<string, SourceRef>>;
const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** A best-response chart: its trial and table. */
export const responseProvenance = (
	table: { id: string; trial: string; table: string },
	refs: Refs,
	lang: Locale
): ChartProvenance => chartProvenance([refs[table.id]], lang, [table.trial, tableName(table.table, lang)]);

/** An ORR interval chart: the trials and tables of its rows, and the interval method drawn beside the print. */
export const intervalProvenance = (
	rows: readonly { dataset: string; trial: string }[],
	refs: Refs,
	lang: Locale,
	method: string
): ChartProvenance =>
	chartProvenance(
		unique(rows.map((r) => r.dataset)).map((id) => refs[id]),
		lang,
		[unique(rows.map((r) => r.trial)).join(', '), m.provenance_method({ method })]
	);

/** A rebuilt Kaplan–Meier chart: trial, endpoint, its summary table and at-risk figure, and the caveat of a rebuilt curve. */
export const survivalProvenance = (
	panel: {
		endpoint: string;
		summaryDataset: string;
		atRiskDataset: string;
		grid: 'printed' | 'assumed';
		gridStep: number;
	},
	refs: Refs,
	lang: Locale
): ChartProvenance =>
	chartProvenance(
		[refs[panel.summaryDataset], refs[panel.atRiskDataset]],
		lang,
		[refs[panel.summaryDataset]?.trial, panel.endpoint],
		m.provenance_rebuilt_caveat({ grid: gridWords(panel) })
	);

/** The subgroup forest plot: the tables its rows come from. */
export const forestProvenance = (
	rows: readonly { dataset: string }[],
	refs: Refs,
	lang: Locale,
	endpoint: string
): ChartProvenance => {
	const cited = unique(rows.map((r) => r.dataset)).map((id) => refs[id]);
	return chartProvenance(cited, lang, [unique(cited.map((r) => r?.trial)).join(', '), endpoint]);
};
