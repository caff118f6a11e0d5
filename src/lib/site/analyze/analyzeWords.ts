import type { AnalysisNote } from '$lib/analysis/runAnalysis';
import { MAX_UPLOAD_BYTES, type UploadKind } from '$lib/data/upload';
import { m } from '$lib/paraglide/messages';
import type { AnalysisProgress, UploadNotice } from './analysisClient.svelte';

/** The analyse page's words for what the client and the analysis report as codes. */

/** The upload limit in MB, as the page states it. */
export const UPLOAD_LIMIT_MB = String(MAX_UPLOAD_BYTES / 1024 / 1024);

/** Each upload kind's name (file table, kind menu, template list). */
export const UPLOAD_KIND_LABEL: Readonly<Record<UploadKind, () => string>> = {
	best_response: m.analyze_kind_best_response,
	response_rate: m.analyze_kind_response_rate,
	adverse_reaction: m.analyze_kind_adverse_reaction,
	at_risk: m.analyze_kind_at_risk,
	km_curve: m.analyze_kind_km_curve,
	survival_summary: m.analyze_kind_survival_summary,
	ipd: m.analyze_kind_ipd
};

/**
 * The badge of a file that was refused: its number of problems, "1 problem" in the singular.
 * @example problemsText(1) // '1 problem: not accepted'
 */
export const problemsText = (count: number): string =>
	count === 1 ? m.analyze_problem_one() : m.analyze_problems({ count });

/**
 * How the files were combined, in the page's language.
 * @example noteText({ code: 'curve-arm', file: 'input_curve_standard.csv', arm: 'standard' }) // 'input_curve_standard.csv: the digitized curve of arm standard (curve mode)'
 */
export function noteText(n: AnalysisNote): string {
	switch (n.code) {
		case 'one-at-risk':
			return m.analyze_note_one_at_risk({ file: n.file, others: n.others });
		case 'one-summary':
			return m.analyze_note_one_summary({ file: n.file });
		case 'one-ipd':
			return m.analyze_note_one_ipd({ file: n.file });
		case 'needs-at-risk':
			return m.analyze_note_needs_at_risk();
		case 'curve-no-arm':
			return m.analyze_note_curve_no_arm({ file: n.file, table: n.table, arms: n.arms });
		case 'curve-taken':
			return m.analyze_note_curve_taken({ file: n.file, arm: n.arm, other: n.other });
		case 'curve-arm':
			return m.analyze_note_curve_arm({ file: n.file, arm: n.arm });
	}
}

/**
 * A notice of the client, in the page's language.
 * @example noticeText({ code: 'too-large', name: 'big.csv', bytes: 31457280 }) // "big.csv: 30.0 MB is over the 20 MB limit, so it was not read."
 */
export function noticeText(n: UploadNotice): string {
	if (n.code === 'forgotten') return m.analyze_forgotten();
	return m.analyze_too_large({ name: n.name, size: (n.bytes / 1024 / 1024).toFixed(1), mb: UPLOAD_LIMIT_MB });
}

/**
 * The progress line: the stage and how many files are done (reading counts as parsing, as it always has).
 * @example progressText({ stage: 'analyze', done: 1.5, total: 3 }) // 'Analysing: 1 of 3'
 */
export function progressText(p: AnalysisProgress): string {
	const stage = p.stage === 'analyze' ? m.analyze_stage_analyze() : m.analyze_stage_parse();
	return m.analyze_working({ stage, done: String(Math.floor(p.done)), total: String(p.total) });
}
