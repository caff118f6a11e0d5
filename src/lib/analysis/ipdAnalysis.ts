import { ticks } from 'd3';
import type { IpdRecord } from '$lib/data/ipdInput';
import { numberAtRisk } from '$lib/stats/survival';
import { thinSteps, thinTimes } from '$lib/survival/thinSteps';
import { compareArms, type AnalysisComparison } from '$lib/survival/compareArms';
import { describeArm, type AnalysisArm } from '$lib/survival/describeArm';

export interface IpdAnalysis {
	/** arms in the order they first appear in the file; the first is the reference of the comparison */
	readonly arms: readonly AnalysisArm[];
	readonly comparison: AnalysisComparison | null;
	readonly xMax: number;
	readonly xStep: number;
	readonly patients: number;
	/** the chart draws thinned steps when an arm has more than 2,000 (statistics use every patient) */
	readonly thinned: boolean;
}

/**
 * Patient-level data (a reader's own, or rebuilt by `npm run reconstruct`) analysed like the site's rebuilt curves:
 * per arm Kaplan–Meier with log 95% limits and the median (R survfit), numbers at risk at round times, and for two arms
 * the log-rank test (R survdiff) and the Cox hazard ratio of the second arm versus the first (R coxph, Efron ties).
 * @example analyzeIpd(parseIpdCsv(text, 'ipd.csv').rows).arms[0].median
 */
export function analyzeIpd(rows: readonly IpdRecord[]): IpdAnalysis {
	const names = [...new Set(rows.map((r) => r.arm))];
	const last = rows.reduce((m, r) => Math.max(m, r.time), 0);
	// about eight round times for the at-risk table, as a published figure prints
	const round = ticks(0, last > 0 ? last : 1, 8);
	const step = round.length > 1 ? round[1]! - round[0]! : 1;
	// the axis ends on the first round time at or after the last patient, so every step is drawn
	const ends = Math.max(1, Math.ceil(last / step - 1e-9));
	const grid = Array.from({ length: ends + 1 }, (_, i) => +(i * step).toPrecision(12));
	const byArm = new Map(names.map((n) => [n, [] as IpdRecord[]]));
	for (const r of rows) byArm.get(r.arm)!.push(r);
	const xMax = grid.at(-1)!;
	let thinned = false;
	const arms = names.map((n) => {
		const ipd = byArm.get(n)!;
		const arm = describeArm(n, ipd, {
			mode: 'ipd',
			atRisk: grid.map((t) => ({ time: t, printed: null, rebuilt: numberAtRisk(ipd, t) })),
			printedEvents: null,
			printedMedian: null,
			band: [],
			warnings: []
		});
		// a 200,000-patient file would post and draw 100,000 steps: the drawing needs about one per pixel
		const steps = thinSteps(arm.steps, xMax);
		const censors = thinTimes(arm.censors, xMax);
		thinned ||= steps.length < arm.steps.length || censors.length < arm.censors.length;
		return { ...arm, steps, censors };
	});
	const comparison =
		names.length === 2 ? compareArms(names[0]!, byArm.get(names[0]!)!, names[1]!, byArm.get(names[1]!)!, null) : null;
	return { arms, comparison, xMax, xStep: step, patients: rows.length, thinned };
}
