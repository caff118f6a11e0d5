import { csvText } from '../../src/lib/data/csv';

// Large upload files, generated deterministically: the e2e tests check what the page shows for them, `npm run bench`
// measures the longest main-thread task while the page reads and analyses them.

/** Two exponential arms of `perArm` patients with uniform censoring (a linear congruential generator, seed 12345). */
export function bigIpdCsv(perArm = 100_000): Buffer {
	let seed = 12345;
	const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const rows: [string, number, string][] = [];
	for (const [arm, rate] of [['A', 0.05], ['B', 0.08]] as const) {
		for (let i = 0; i < perArm; i++) {
			const t = -Math.log(1 - rand()) / rate;
			const c = rand() * 60;
			// four decimals with trailing zeros, as a reader's export might write them (not data/ipdCsv's six)
			rows.push([Math.min(t, c).toFixed(4), t <= c ? 1 : 0, arm]);
		}
	}
	return Buffer.from(csvText(['time', 'event', 'arm'], rows));
}

/** An adverse-reaction table of `rows` rows in two groups of 200, with one planted slip (PT 4321, group b: 50.0 printed). */
export function bigAdverseReactionCsv(rows = 135_000): Buffer {
	const table: (string | number)[][] = [];
	// the header counts as a line: `rows` lines in all, as before
	for (let i = 0; table.length + 1 < rows; i++) {
		for (const g of ['a', 'b']) {
			const c = (i * 7 + (g === 'a' ? 0 : 3)) % 200;
			const printed = i === 4321 && g === 'b' ? '50.0' : ((100 * c) / 200).toFixed(1);
			table.push(['pt', `SOC ${Math.floor(i / 50)}`, `PT ${i}`, g, 200, 'all', c, c === 0 ? '' : printed]);
		}
	}
	return Buffer.from(csvText(['level', 'soc_en', 'pt_en', 'group_id', 'n', 'grade', 'count', 'percent'], table));
}
