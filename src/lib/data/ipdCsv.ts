import { csvText } from './csv';

/** One arm's patients as the IPD file lists them: follow-up time and event (1) or censoring (0). */
export interface IpdArm {
	readonly id: string;
	readonly ipd: readonly { readonly time: number; readonly event: 0 | 1 }[];
}

/**
 * Patient-level data as CSV `time,event,arm`, arm by arm in the given order: what `npm run reconstruct` writes, the
 * analysis page offers and the site serves as /derived/<id>_ipd.csv; parseIpdCsv reads it back. Arm names go through
 * the formula neutralisation, as the file is opened in spreadsheets too.
 * @example ipdCsv([{ id: 'A', ipd: [{ time: 1 / 3, event: 1 }] }]) // 'time,event,arm\n0.333333,1,A\n'
 */
export function ipdCsv(arms: readonly IpdArm[]): string {
	// six decimals whatever the time unit (days, months, years: 1e-6 year is half a minute), so rebuilt times stay
	// distinct and the file read back gives the same Kaplan–Meier, medians and Cox fit at every printed precision
	const time = (t: number) => +t.toFixed(6);
	return csvText(
		['time', 'event', 'arm'],
		arms.flatMap((a) => a.ipd.map((r) => [time(r.time), r.event, a.id])),
		{ neutralizeFormulas: true }
	);
}
