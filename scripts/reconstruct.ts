// npm run reconstruct: patient-level data from numbers at risk, in curve mode (digitized curve) or table mode.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatDataError, type DataError } from '../src/lib/data/dataError';
import { parseAtRiskCsv, parseCurveCsv } from '../src/lib/data/survivalInputs';
import { analyzeSurvival } from '../src/lib/analysis/survivalAnalysis';
import type { SurvivalSummary } from '../src/lib/data/survivalSummary';

const HELP = `Usage: npm run reconstruct -- --atrisk FILE --out FILE [options]

Rebuilds patient-level data (IPD) for every arm of a numbers-at-risk table.
  An arm given --curve is rebuilt in curve mode (Guyot et al. 2012, from the digitized curve);
  an arm without it in table mode (this project's method: a smooth event hazard per arm, one censoring
  hazard shared by the arms, event totals and printed medians met; see README, "Reconstruction").

Required:
  --atrisk FILE          CSV arm,time,n_at_risk (header required; first time normally 0 with the arm's N)
  --out FILE             where to write the IPD as CSV time,event,arm (event 1 = event, 0 = censored)
Per arm (repeat for each arm; ARM is the arm's name in the at-risk file):
  --curve ARM=FILE       digitized curve of that arm: WebPlotDigitizer's two-column x,y CSV, header optional,
                         y as a proportion (0–1) or a percent (0–100)
  --events ARM=N         total number of events of that arm, when printed
  --median ARM=VALUE     printed median, e.g. 13.3 (or NE when not reached)
  --median-ci ARM=LO,HI  printed interval of the median (reported beside the rebuilt one; NE allowed)
Optional:
  --hr VALUE             printed hazard ratio of the second arm versus the first (table mode uses it)
  --json                 diagnostics as JSON on stdout (otherwise readable text on stderr)
  --help                 this help

Exit codes: 0 done; 2 bad arguments or bad input (the message names the file and row).`;

function fail(message: string): never {
	process.stderr.write(`reconstruct: ${message}\n`);
	process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
	process.stdout.write(`${HELP}\n`);
	process.exit(0);
}
let atRiskFile: string | null = null;
let outFile: string | null = null;
let json = false;
let hr: number | null = null;
const curves = new Map<string, string>();
const events = new Map<string, number>();
const medians = new Map<string, string>();
const medianCis = new Map<string, [string, string]>();
const keyValue = (opt: string, v: string | undefined): [string, string] => {
	const m = v ? /^([^=]+)=(.+)$/.exec(v) : null;
	if (!m) fail(`${opt} needs ARM=VALUE, got ${v ?? 'nothing'}`);
	return [m[1]!, m[2]!];
};
for (let i = 0; i < args.length; i++) {
	const a = args[i]!;
	const next = () => args[++i];
	switch (a) {
		case '--atrisk':
			atRiskFile = next() ?? fail('--atrisk needs a file');
			break;
		case '--out':
			outFile = next() ?? fail('--out needs a file');
			break;
		case '--json':
			json = true;
			break;
		case '--hr': {
			const v = next();
			if (!v || !(Number(v) > 0)) fail(`--hr needs a positive number, got ${v ?? 'nothing'}`);
			hr = Number(v);
			break;
		}
		case '--curve': {
			const [k, v] = keyValue(a, next());
			curves.set(k, v);
			break;
		}
		case '--events': {
			const [k, v] = keyValue(a, next());
			if (!/^\d+$/.test(v)) fail(`--events ${k}= needs a whole number, got ${v}`);
			events.set(k, Number(v));
			break;
		}
		case '--median': {
			const [k, v] = keyValue(a, next());
			if (!/^(\d+(\.\d+)?|NE)$/.test(v)) fail(`--median ${k}= needs a number as printed or NE, got ${v}`);
			medians.set(k, v);
			break;
		}
		case '--median-ci': {
			const [k, v] = keyValue(a, next());
			const m = /^(\d+(\.\d+)?|NE),(\d+(\.\d+)?|NE)$/.exec(v);
			if (!m) fail(`--median-ci ${k}= needs LO,HI (numbers or NE), got ${v}`);
			medianCis.set(k, [m[1]!, m[3]!]);
			break;
		}
		default:
			fail(`unknown option ${a} (see --help)`);
	}
}
if (!atRiskFile) fail('--atrisk FILE is required (see --help)');
if (!outFile) fail('--out FILE is required (see --help)');

const read = (file: string) => {
	try {
		return readFileSync(file, 'utf8');
	} catch (e) {
		fail(`cannot read ${file}: ${(e as Error).message}`);
	}
};
const stop = (errors: DataError[]) =>
	fail(
		`${formatDataError(errors[0]!)}${errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : ''}`
	);

const atRisk = parseAtRiskCsv(read(atRiskFile), atRiskFile);
if (atRisk.errors.length > 0) stop(atRisk.errors);
const arms = [...new Set(atRisk.rows.map((r) => r.arm))];
for (const name of [...curves.keys(), ...events.keys(), ...medians.keys(), ...medianCis.keys()]) {
	if (!arms.includes(name)) fail(`arm ${name} is not in ${atRiskFile} (arms: ${arms.join(', ')})`);
}
const points: Record<string, { x: number; y: number }[]> = {};
for (const arm of arms.filter((a) => curves.has(a))) {
	const file = curves.get(arm)!;
	const parsed = parseCurveCsv(read(file), file);
	if (parsed.errors.length > 0) stop(parsed.errors);
	points[arm] = parsed.points;
}
// --hr is the second arm's versus the first: of the two table-mode arms when there are two, else of the two arms
const tableArms = arms.filter((a) => !curves.has(a));
const hrArm = tableArms.length === 2 ? tableArms[1]! : arms.length === 2 ? arms[1]! : null;
const summary: SurvivalSummary = {
	events: Object.fromEntries(events),
	medians: Object.fromEntries(
		arms
			.filter((a) => medians.has(a) || medianCis.has(a))
			.map((a) => [
				a,
				{
					value: medians.get(a) ?? null,
					lower: medianCis.get(a)?.[0] ?? null,
					upper: medianCis.get(a)?.[1] ?? null,
					level: null
				}
			])
	),
	hazardRatio:
		hr !== null && hrArm !== null ? { arm: hrArm, value: String(hr), lower: null, upper: null, level: null } : null
};
const analysis = analyzeSurvival({
	atRisk: atRisk.rows,
	curves: points,
	summary,
	files: { atRisk: atRiskFile, curves: Object.fromEntries(curves) }
});
// a method that cannot rebuild an arm says why in its own words, as before; a disagreement between the inputs names the file
const result =
	analysis.result ??
	(analysis.errors[0]!.kind === 'reconstruction'
		? fail(analysis.errors[0]!.found ?? analysis.errors[0]!.expected)
		: stop(analysis.errors));
writeFileSync(outFile, result.ipdCsv);

const diagnostics = result.arms.map((a) => {
	const m = a.medianCheck;
	return {
		arm: a.id,
		mode: a.mode,
		patients: a.patients,
		events: { printed: a.events.printed, reconstructed: a.events.rebuilt },
		atRisk: a.atRisk.map((t) => ({ time: t.time, printed: t.printed, reconstructed: t.rebuilt })),
		median: {
			printed: m.printed?.value ?? null,
			printedCi:
				m.printed && m.printed.lower !== null && m.printed.upper !== null ? [m.printed.lower, m.printed.upper] : null,
			reconstructed: m.rebuilt.estimate ?? 'NE',
			reconstructedCi: [m.rebuilt.lower ?? 'NE', m.rebuilt.upper ?? 'NE'],
			confType: 'log (R survfit default)'
		},
		// the English sentences scripts have always read, then the same warnings as codes with their parameters
		warnings: a.warnings.map((w) => w.message),
		warningCodes: a.warnings.map((w) => ({ code: w.code, params: w.params })),
		...(a.mode === 'table' ? { band: a.band } : {})
	};
});
if (json) process.stdout.write(`${JSON.stringify({ out: outFile, arms: diagnostics }, null, 1)}\n`);
else {
	const out: string[] = [
		`wrote ${outFile}: ${result.arms.map((a) => `${a.id} (${a.mode} mode, ${a.patients} patients)`).join(', ')}`
	];
	for (const d of diagnostics) {
		const exact = d.atRisk.every((x) => x.printed === x.reconstructed);
		out.push(
			`${d.arm}: numbers at risk ${
				exact
					? 'all reproduced'
					: 'DIFFER: ' +
						d.atRisk
							.filter((x) => x.printed !== x.reconstructed)
							.map((x) => `${x.time}: ${x.printed} vs ${x.reconstructed}`)
							.join('; ')
			}; events ${d.events.reconstructed}${d.events.printed !== null ? ` (printed ${d.events.printed})` : ''}; median ${typeof d.median.reconstructed === 'number' ? d.median.reconstructed.toFixed(2) : d.median.reconstructed}${d.median.printed ? ` (printed ${d.median.printed})` : ''}`
		);
		for (const w of d.warnings) out.push(`  warning: ${w}`);
	}
	process.stderr.write(`${out.join('\n')}\n`);
}
