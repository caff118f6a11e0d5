import type { DataError } from '$lib/data/dataError';
import { parseUpload, type UploadData, type UploadKind } from '$lib/data/upload';
import type { SurvivalSummary } from '$lib/data/survivalSummary';
import { analyzeSurvival, type AnalysisError, type SurvivalAnalysis } from './survivalAnalysis';
import { analyzeIpd, type IpdAnalysis } from './ipdAnalysis';
import { analyzeTables, uploadDataset, type TableAnalysis } from './uploadTables';
import { spreadsheetCsv } from '$lib/data/csv';
import type { Check } from '$lib/verify/check';

/**
 * What the page is sent for drawing: a 5 MB table holds ~130,000 printed values, whose checks alone would be ~50 MB to
 * post and a table no one can read. The page shows the first checks (problems first) and terms, says how many it does
 * not show, and offers the whole report as CSV.
 */
export const DISPLAY_LIMITS = { checks: 1000, terms: 200, intervals: 100, groups: 60 } as const;

/** One file as the reader gave it: dropped, chosen or pasted. `arm` names the arm of a digitized curve. */
export interface InputFile {
	readonly id: string;
	readonly name: string;
	readonly kind: UploadKind;
	readonly text: string;
	readonly arm?: string | null;
}

export interface FileReport {
	readonly id: string;
	readonly name: string;
	readonly kind: UploadKind;
	readonly bytes: number;
	readonly ok: boolean;
	/** rows (or points) accepted; 0 when the file has a problem */
	readonly size: number;
	readonly errors: readonly DataError[];
}

export interface AnalysisResult {
	readonly files: readonly FileReport[];
	/** the tables' analysis, cut to DISPLAY_LIMITS for the page (see `shown`) */
	readonly tables: TableAnalysis | null;
	/** how much of the tables' analysis the page is sent: checks and adverse-reaction terms shown of all */
	readonly shown: {
		readonly checks: number;
		readonly checksTotal: number;
		readonly terms: number;
		readonly termsTotal: number;
		readonly intervals: number;
		readonly intervalsTotal: number;
		readonly groups: number;
		readonly groupsTotal: number;
	} | null;
	/** every check as CSV (status first), for the reader to download whatever the page shows */
	readonly reportCsv: string | null;
	readonly survival: { readonly result: SurvivalAnalysis | null; readonly errors: readonly AnalysisError[] } | null;
	readonly ipd: IpdAnalysis | null;
	/** how the files were combined (e.g. which arm a curve was given to); the page words them in its language */
	readonly notes: readonly AnalysisNote[];
}

export type AnalysisNote =
	| { readonly code: 'one-at-risk'; readonly file: string; readonly others: string }
	| { readonly code: 'one-summary' | 'one-ipd'; readonly file: string }
	| { readonly code: 'needs-at-risk' }
	| { readonly code: 'curve-no-arm'; readonly file: string; readonly table: string; readonly arms: string }
	| { readonly code: 'curve-taken'; readonly file: string; readonly arm: string; readonly other: string }
	| { readonly code: 'curve-arm'; readonly file: string; readonly arm: string };

export type Progress = {
	readonly stage: 'parse' | 'analyze';
	readonly done: number;
	readonly total: number;
	readonly file: string | null;
};

const sizeOf = (d: UploadData) =>
	'points' in d
		? d.points.length
		: 'summary' in d
			? Object.keys(d.summary.events).length + Object.keys(d.summary.medians).length + (d.summary.hazardRatio ? 1 : 0)
			: d.rows.length;

/**
 * Validates every file with its kind's parser and runs what the valid ones allow: the tables through the verification
 * engine, the numbers at risk (with curves and a summary) through the reconstruction, patient-level data through the
 * survival statistics. Pure and synchronous; the Web Worker calls it and forwards `onProgress`.
 * @example runAnalysis([{ id: '1', name: 'rates.csv', kind: 'response_rate', text }]).tables?.orr[0]?.reproducing
 */
export function runAnalysis(files: readonly InputFile[], onProgress: (p: Progress) => void = () => {}): AnalysisResult {
	const reports: FileReport[] = [];
	const parsed: { file: InputFile; data: UploadData }[] = [];
	files.forEach((f, i) => {
		onProgress({ stage: 'parse', done: i, total: files.length, file: f.name });
		const r = parseUpload(f.text, f.name, f.kind);
		reports.push({
			id: f.id,
			name: f.name,
			kind: f.kind,
			bytes: new TextEncoder().encode(f.text).length,
			ok: r.data !== null,
			size: r.data ? sizeOf(r.data) : 0,
			errors: r.errors
		});
		if (r.data) parsed.push({ file: f, data: r.data });
	});
	onProgress({ stage: 'analyze', done: 0, total: 3, file: null });
	const notes: AnalysisNote[] = [];

	const tableData = parsed.flatMap(({ file, data }) =>
		data.kind === 'best_response' || data.kind === 'response_rate' || data.kind === 'adverse_reaction'
			? [uploadDataset(file.name, data.kind, data.rows, data.lines)]
			: []
	);
	const full = tableData.length > 0 ? analyzeTables(tableData) : null;
	const { tables, shown, reportCsv } = full ? forDisplay(full) : { tables: null, shown: null, reportCsv: null };
	onProgress({ stage: 'analyze', done: 1, total: 3, file: null });

	const atRisk = parsed.filter((p) => p.data.kind === 'at_risk');
	const curves = parsed.filter((p) => p.data.kind === 'km_curve');
	const summaries = parsed.filter((p) => p.data.kind === 'survival_summary');
	let survival: AnalysisResult['survival'] = null;
	if (atRisk.length > 1)
		notes.push({
			code: 'one-at-risk',
			file: atRisk[0]!.file.name,
			others: atRisk
				.slice(1)
				.map((p) => p.file.name)
				.join(', ')
		});
	if (summaries.length > 1) notes.push({ code: 'one-summary', file: summaries[0]!.file.name });
	if (atRisk.length === 0 && (curves.length > 0 || summaries.length > 0)) notes.push({ code: 'needs-at-risk' });
	const first = atRisk[0];
	if (first && first.data.kind === 'at_risk') {
		const arms = [...new Set(first.data.rows.map((r) => r.arm))];
		const curveOf: Record<string, { x: number; y: number }[]> = {};
		const curveFiles: Record<string, string> = {};
		for (const c of curves) {
			if (c.data.kind !== 'km_curve') continue;
			// the arm the reader chose, else the arm whose name the file name holds (input_curve_wt_b.csv → wt_b, longest match)
			const arm =
				c.file.arm && arms.includes(c.file.arm)
					? c.file.arm
					: ([...arms].sort((a, b) => b.length - a.length).find((a) => c.file.name.includes(a)) ?? null);
			if (!arm) {
				notes.push({ code: 'curve-no-arm', file: c.file.name, table: first.file.name, arms: arms.join(', ') });
				continue;
			}
			if (curveOf[arm]) notes.push({ code: 'curve-taken', file: c.file.name, arm, other: curveFiles[arm]! });
			else {
				curveOf[arm] = [...c.data.points];
				curveFiles[arm] = c.file.name;
				notes.push({ code: 'curve-arm', file: c.file.name, arm });
			}
		}
		const s = summaries[0];
		const summary: SurvivalSummary | null = s && s.data.kind === 'survival_summary' ? s.data.summary : null;
		survival = analyzeSurvival({
			atRisk: first.data.rows,
			curves: curveOf,
			summary,
			files: { atRisk: first.file.name, summary: s?.file.name ?? null, curves: curveFiles }
		});
	}
	onProgress({ stage: 'analyze', done: 2, total: 3, file: null });

	const ipdFiles = parsed.filter((p) => p.data.kind === 'ipd');
	if (ipdFiles.length > 1) notes.push({ code: 'one-ipd', file: ipdFiles[0]!.file.name });
	const ipdFile = ipdFiles[0];
	const ipd = ipdFile && ipdFile.data.kind === 'ipd' ? analyzeIpd(ipdFile.data.rows) : null;
	onProgress({ stage: 'analyze', done: 3, total: 3, file: null });
	return { files: reports, tables, shown, reportCsv, survival, ipd, notes };
}

const ATTENTION = ['mismatch', 'reproduced-other-method', 'approximate', 'not-recomputable', 'reproduced'];

/** The analysis cut to what a page can show (problems first), with the counts of what is left out and the full CSV. */
function forDisplay(full: TableAnalysis): {
	tables: TableAnalysis;
	shown: NonNullable<AnalysisResult['shown']>;
	reportCsv: string;
} {
	const ranked = full.report.checks
		.map((c, i) => ({ c, i }))
		.sort((a, b) => ATTENTION.indexOf(a.c.status) - ATTENTION.indexOf(b.c.status) || a.i - b.i);
	const checks: Check[] = ranked.slice(0, DISPLAY_LIMITS.checks).map((x) => x.c);
	const termsTotal = full.safety.tables.reduce((s, t) => s + t.terms.length, 0);
	const safetyTables = full.safety.tables.map((t) => ({ ...t, terms: t.terms.slice(0, DISPLAY_LIMITS.terms) }));
	const keep = new Set(safetyTables.flatMap((t) => t.terms.map((x) => `${t.id}|${x.key}`)));
	// best-response bars: the first groups of each table (a group is all rows of one group_id and arm)
	let groupsTotal = 0;
	let groups = 0;
	const responseTables = full.responseTables.map((t) => {
		const ids = [...new Set(t.rows.map((r) => `${r.group_id}|${r.arm_id ?? ''}`))];
		groupsTotal += ids.length;
		const first = new Set(ids.slice(0, DISPLAY_LIMITS.groups));
		groups += first.size;
		return { ...t, rows: t.rows.filter((r) => first.has(`${r.group_id}|${r.arm_id ?? ''}`)) };
	});
	const tables: TableAnalysis = {
		...full,
		responseTables,
		orr: full.orr.slice(0, DISPLAY_LIMITS.intervals),
		report: { summary: full.report.summary, checks },
		safety: { tables: safetyTables, records: full.safety.records.filter((r) => keep.has(`${r.dataset}|${r.term}`)) }
	};
	const reportCsv = spreadsheetCsv(
		['status', 'kind', 'location', 'printed', 'recomputed', 'numerator', 'denominator', 'method', 'detail'],
		ranked.map(({ c }) => [
			c.status,
			c.kind,
			c.location,
			c.published,
			c.recomputed,
			c.numerator,
			c.denominator,
			c.method,
			c.detail
		])
	);
	const shown = {
		checks: checks.length,
		checksTotal: full.report.checks.length,
		terms: safetyTables.reduce((s, t) => s + t.terms.length, 0),
		termsTotal,
		intervals: tables.orr.length,
		intervalsTotal: full.orr.length,
		groups,
		groupsTotal
	};
	return { tables, shown, reportCsv };
}
