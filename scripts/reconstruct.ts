// npm run reconstruct: patient-level data from numbers at risk, in curve mode (digitized curve) or table mode.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatDataError, type DataError } from '../src/lib/data/dataError';
import { parseAtRiskCsv, parseCurveCsv } from '../src/lib/data/survivalInputs';
import { kaplanMeier, medianSurvival, numberAtRisk, type SurvivalRecord } from '../src/lib/stats/survival';
import { cleanCurve } from '../src/lib/stats/survival/reconstruct/curvePoints';
import { guyotReconstruct } from '../src/lib/stats/survival/reconstruct/guyot';
import { tableMode } from '../src/lib/stats/survival/reconstruct/tableMode';

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
		case '--atrisk': atRiskFile = next() ?? fail('--atrisk needs a file'); break;
		case '--out': outFile = next() ?? fail('--out needs a file'); break;
		case '--json': json = true; break;
		case '--hr': {
			const v = next();
			if (!v || !(Number(v) > 0)) fail(`--hr needs a positive number, got ${v ?? 'nothing'}`);
			hr = Number(v);
			break;
		}
		case '--curve': { const [k, v] = keyValue(a, next()); curves.set(k, v); break; }
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
		default: fail(`unknown option ${a} (see --help)`);
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
const stop = (errors: DataError[]) => fail(`${formatDataError(errors[0]!)}${errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : ''}`);

const atRisk = parseAtRiskCsv(read(atRiskFile), atRiskFile);
if (atRisk.errors.length > 0) stop(atRisk.errors);
const arms = [...new Set(atRisk.rows.map((r) => r.arm))];
for (const name of [...curves.keys(), ...events.keys(), ...medians.keys(), ...medianCis.keys()]) {
	if (!arms.includes(name)) fail(`arm ${name} is not in ${atRiskFile} (arms: ${arms.join(', ')})`);
}
const tableOf = (arm: string) => atRisk.rows.filter((r) => r.arm === arm).map((r) => ({ time: r.time, n: r.n }));

const rebuilt = new Map<string, { mode: 'curve' | 'table'; ipd: SurvivalRecord[]; warnings: string[]; band?: { time: number; lower: number; upper: number }[] }>();
try {
	for (const arm of arms.filter((a) => curves.has(a))) {
		const file = curves.get(arm)!;
		const parsed = parseCurveCsv(read(file), file);
		if (parsed.errors.length > 0) stop(parsed.errors);
		const clean = cleanCurve(parsed.points, { midGap: 0.03 });
		const r = guyotReconstruct({ points: clean.points, atRisk: tableOf(arm), totalEvents: events.get(arm) ?? null });
		rebuilt.set(arm, { mode: 'curve', ipd: r.ipd, warnings: [...clean.warnings, ...r.diagnostics.warnings] });
	}
	const tableArms = arms.filter((a) => !curves.has(a));
	if (tableArms.length > 0) {
		const r = tableMode({
			arms: tableArms.map((arm) => ({ arm, atRisk: tableOf(arm), totalEvents: events.get(arm) ?? null, median: medians.get(arm) ?? null })),
			hazardRatio: tableArms.length === 2 ? hr : null
		});
		for (const a of r.arms) rebuilt.set(a.arm, { mode: 'table', ipd: a.ipd, warnings: a.diagnostics.warnings, band: a.band });
	}
} catch (e) {
	fail((e as Error).message);
}

const lines = ['time,event,arm'];
for (const arm of arms) for (const r of rebuilt.get(arm)!.ipd) lines.push(`${+r.time.toFixed(6)},${r.event},${arm.includes(',') ? `"${arm}"` : arm}`);
writeFileSync(outFile, `${lines.join('\n')}\n`);

const diagnostics = arms.map((arm) => {
	const r = rebuilt.get(arm)!;
	const km = kaplanMeier(r.ipd);
	const med = medianSurvival(km);
	return {
		arm,
		mode: r.mode,
		patients: r.ipd.length,
		events: { printed: events.get(arm) ?? null, reconstructed: r.ipd.filter((x) => x.event === 1).length },
		atRisk: tableOf(arm).map((t) => ({ time: t.time, printed: t.n, reconstructed: numberAtRisk(r.ipd, t.time) })),
		median: { printed: medians.get(arm) ?? null, printedCi: medianCis.get(arm) ?? null, reconstructed: Number.isNaN(med.estimate) ? 'NE' : med.estimate, reconstructedCi: [med.lower, med.upper].map((x) => (Number.isNaN(x) ? 'NE' : x)), confType: 'log (R survfit default)' },
		warnings: r.warnings,
		...(r.band ? { band: r.band } : {})
	};
});
if (json) process.stdout.write(`${JSON.stringify({ out: outFile, arms: diagnostics }, null, 1)}\n`);
else {
	const out: string[] = [`wrote ${outFile}: ${arms.map((a) => `${a} (${rebuilt.get(a)!.mode} mode, ${rebuilt.get(a)!.ipd.length} patients)`).join(', ')}`];
	for (const d of diagnostics) {
		const exact = d.atRisk.every((x) => x.printed === x.reconstructed);
		out.push(`${d.arm}: numbers at risk ${exact ? 'all reproduced' : 'DIFFER: ' + d.atRisk.filter((x) => x.printed !== x.reconstructed).map((x) => `${x.time}: ${x.printed} vs ${x.reconstructed}`).join('; ')}; events ${d.events.reconstructed}${d.events.printed !== null ? ` (printed ${d.events.printed})` : ''}; median ${typeof d.median.reconstructed === 'number' ? d.median.reconstructed.toFixed(2) : d.median.reconstructed}${d.median.printed ? ` (printed ${d.median.printed})` : ''}`);
		for (const w of d.warnings) out.push(`  warning: ${w}`);
	}
	process.stderr.write(`${out.join('\n')}\n`);
}
