import type { Dataset } from '$lib/data/dataset';
import type { RowOf } from '$lib/data/typedRows';
import { rowsById } from '../datasetById';

// The treatment timeline's numbers (sections 1 and 6), each as printed with the line that prints it.

/** A number as printed, with the document line that prints it. */
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

/** A step whose Japanese text prints a number: its item id, and a pattern whose first group is the number. */
export interface PrintedIn {
	readonly item: string;
	readonly pattern: RegExp;
}

/** Where the document prints each number of the timeline (GUIDELINE_FACTS.timeline). */
export interface TimelineFacts {
	readonly datasets: { readonly steps: string; readonly section6: string; readonly efficacy: string };
	readonly leukapheresis: string;
	readonly infusion: string;
	readonly lymphodepletionStart: PrintedIn;
	readonly lymphodepletionDays: PrintedIn;
	readonly premedication: string;
	readonly crsOnset: string;
	readonly neuroOnset: string;
	readonly bridging: { readonly topic: string; readonly statementSuffix: string };
}

const WHO = 'treatment timeline';

function printedIn(row: RowOf<'criteria'> | undefined, pattern: RegExp, what: string): PrintedNumber {
	const m = row ? pattern.exec(row.text_ja) : null;
	if (!row || !m?.[1]) throw new Error(`${WHO}: ${what} is not printed where expected`);
	return { printed: m[1], line: row.source_line };
}

/**
 * The timeline's numbers, each taken from the row that prints it (a missing number fails the build, not the page).
 * @example timelineData(datasets, GUIDELINE_FACTS.timeline).lymphodepletion.days // { printed: '3', line: '67' }
 */
export function timelineData(datasets: readonly Dataset[], facts: TimelineFacts): TimelineData {
	const steps = rowsById(datasets, facts.datasets.steps, 'criteria', WHO);
	const s6 = rowsById(datasets, facts.datasets.section6, 'numeric_statement', WHO);
	const eff = rowsById(datasets, facts.datasets.efficacy, 'numeric_statement', WHO);
	const item = (id: string) => steps.find((r) => r.item_id === id);
	const leuk = item(facts.leukapheresis);
	const infusion = item(facts.infusion);
	if (!leuk || !infusion) throw new Error(`${WHO}: section 1 steps are missing`);
	const premed = s6.find((r) => r.statement_id === facts.premedication);
	if (!premed) throw new Error(`${WHO}: premedication timing is missing`);
	const windows = (topic: string): OnsetWindow[] =>
		s6
			.filter((r) => r.topic === topic)
			.map((r) => ({
				trial: r.trial ?? '',
				median: { printed: r.value, line: r.source_line },
				lower: r.range_lower ?? '',
				upper: r.range_upper ?? ''
			}));
	const start = facts.lymphodepletionStart;
	const days = facts.lymphodepletionDays;
	return {
		leukapheresis: { line: leuk.source_line },
		bridging: {
			trials: eff
				.filter((r) => r.topic === facts.bridging.topic && r.statement_id.endsWith(facts.bridging.statementSuffix))
				.map((r) => ({ trial: r.trial ?? '', daysBefore: { printed: r.value, line: r.source_line } }))
		},
		lymphodepletion: {
			startDaysBefore: printedIn(item(start.item), start.pattern, 'the start of lymphodepletion'),
			days: printedIn(item(days.item), days.pattern, 'the length of lymphodepletion')
		},
		infusion: {
			line: infusion.source_line,
			premedicationMinutes: { printed: premed.value, line: premed.source_line }
		},
		crsOnset: windows(facts.crsOnset),
		neuroOnset: windows(facts.neuroOnset)
	};
}
