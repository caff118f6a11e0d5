// npm run bench:km: both reconstruction modes on the public KM cases (bench/km, or ../shared/bench/km), scored
// against their true patient data with the metrics of the bench README.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import type { SurvivalRecord } from '../src/lib/stats/survival';
import { tableMode } from '../src/lib/stats/survival/reconstruct/tableMode';
import { logHrError, scoreArm, type ArmScore } from '../src/lib/stats/survival/reconstruct/metrics';
import { kaplanMeier, medianSurvival } from '../src/lib/stats/survival';
import { roundHalfUp } from '../src/lib/stats/printedPrecision';
import { maxOf } from '../src/lib/util/extremes';

const root = ['../shared/bench/km/cases', 'bench/km/cases'].find((d) => existsSync(d));
if (!root) {
	console.error('No bench cases: expected ../shared/bench/km/cases or bench/km/cases');
	process.exit(2);
}
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const csv = (file: string) =>
	Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

type Mode = 'table' | 'curve';
const modes: Mode[] = ['table'];
// curve mode joins once src/lib/stats/survival/reconstruct/guyot.ts exists
let guyot:
	| null
	| ((arm: {
			points: { x: number; y: number }[];
			atRisk: { time: number; n: number }[];
			totalEvents: number | null;
	  }) => SurvivalRecord[]) = null;
try {
	const g = await import('../src/lib/stats/survival/reconstruct/guyot');
	const c = await import('../src/lib/stats/survival/reconstruct/curvePoints');
	guyot = (arm) =>
		g.guyotReconstruct({
			points: c.cleanCurve(arm.points, { midGap: 0.03 }).points,
			atRisk: arm.atRisk,
			totalEvents: arm.totalEvents
		}).ipd;
	modes.unshift('curve');
} catch {
	console.error('(curve mode not available yet: only table mode is scored)');
}

interface Row {
	mode: Mode;
	case: string;
	ms: number;
	worst: ArmScore;
	logHr: number;
	covers: boolean;
	pAgrees: boolean;
	mediansAsPrinted: number;
	medians: number;
	misses: string[];
}
const rows: Row[] = [];
const cases = readdirSync(root)
	.filter((c) => c.startsWith('kmdata_') && (only.length === 0 || only.some((o) => c.includes(o))))
	.sort();
for (const name of cases) {
	const dir = join(root, name);
	const summary = JSON.parse(readFileSync(join(dir, 'input_summary.json'), 'utf8'));
	const metrics = JSON.parse(readFileSync(join(dir, 'truth_metrics.json'), 'utf8'));
	const arms: string[] = summary.arms;
	const truthRows = csv(join(dir, 'truth_ipd.csv'));
	const truth = arms.map((a) =>
		truthRows
			.filter((r) => r.arm === a)
			.map((r): SurvivalRecord => ({ time: Number(r.time), event: r.event === '1' ? 1 : 0 }))
	) as [SurvivalRecord[], SurvivalRecord[]];
	const atRiskRows = csv(join(dir, 'input_atrisk.csv'));
	const atRisk = arms.map((a) =>
		atRiskRows.filter((r) => r.arm === a).map((r) => ({ time: Number(r.time), n: Number(r.n_at_risk) }))
	);
	const decimals = summary.time_unit === 'years' ? 2 : 1;
	const tau: number = metrics.tau;
	const grid: number[] = summary.atrisk_grid;
	for (const mode of modes) {
		const t0 = performance.now();
		let rec: SurvivalRecord[][];
		if (mode === 'table') {
			const r = tableMode({
				arms: arms.map((a, i) => ({
					arm: a,
					atRisk: atRisk[i]!,
					totalEvents: summary.per_arm[a].events,
					median: summary.per_arm[a].median === null ? 'NE' : Number(summary.per_arm[a].median).toFixed(decimals)
				})),
				hazardRatio: summary.hazard_ratio?.hr ?? null
			});
			rec = r.arms.map((a) => a.ipd);
		} else {
			rec = arms.map((a, i) => {
				const pts = csv(join(dir, summary.per_arm[a].curve_file)).map((r) => ({ x: Number(r.x), y: Number(r.y) }));
				return guyot!({ points: pts, atRisk: atRisk[i]!, totalEvents: summary.per_arm[a].events });
			});
		}
		const ms = performance.now() - t0;
		const scores = arms.map((_, i) => scoreArm(rec[i]!, truth[i]!, tau, grid));
		const worstBy = (f: (s: ArmScore) => number | null) =>
			scores.reduce((w, s) => (Math.abs(f(s) ?? 0) > Math.abs(f(w) ?? 0) ? s : w));
		const worst: ArmScore = {
			eventsError: worstBy((s) => s.eventsError).eventsError,
			eventsErrorToTau: worstBy((s) => s.eventsErrorToTau).eventsErrorToTau,
			atRiskError: maxOf(scores, (s) => s.atRiskError),
			maxAbsDeltaS: maxOf(scores, (s) => s.maxAbsDeltaS),
			areaOverTau: maxOf(scores, (s) => s.areaOverTau),
			medianAbsError: scores.some((s) => s.medianAbsError === null)
				? null
				: maxOf(scores, (s) => s.medianAbsError ?? Number.NaN),
			medianRelError: scores.some((s) => s.medianRelError === null)
				? null
				: maxOf(scores, (s) => s.medianRelError ?? Number.NaN),
			rmstRelError: worstBy((s) => s.rmstRelError).rmstRelError
		};
		const hr = logHrError(rec, truth);
		// the target: each rebuilt median, rounded as published, equals the published string ("NE" when not reached)
		const misses: string[] = [];
		arms.forEach((a, i) => {
			const printed = summary.per_arm[a].median === null ? 'NE' : Number(summary.per_arm[a].median).toFixed(decimals);
			const m = medianSurvival(kaplanMeier(rec[i]!)).estimate;
			const got = Number.isNaN(m) ? 'NE' : roundHalfUp(m, decimals);
			if (got !== printed) misses.push(`${a}: ${got} vs printed ${printed}`);
		});
		rows.push({
			mode,
			case: name.replace('kmdata_', ''),
			ms,
			worst,
			logHr: hr.error,
			covers: hr.covers,
			pAgrees: hr.pAgrees,
			mediansAsPrinted: arms.length - misses.length,
			medians: arms.length,
			misses
		});
	}
}

const f = (x: number | null, d = 3) => (x === null ? '  NR≠' : x.toFixed(d));
for (const mode of modes) {
	const rs = rows.filter((r) => r.mode === mode);
	console.log(`\n${mode} mode (${rs.length} cases; worse arm per case)`);
	console.log('case                    events  atRisk  max|dS|  area/tau  medRel   |logHR|  ms');
	for (const r of rs)
		console.log(
			`${r.case.padEnd(22)} ${String(r.worst.eventsError).padStart(6)} ${String(r.worst.atRiskError).padStart(7)} ${f(r.worst.maxAbsDeltaS).padStart(8)} ${f(r.worst.areaOverTau, 5).padStart(9)} ${f(r.worst.medianRelError).padStart(7)} ${f(r.logHr).padStart(8)} ${r.ms.toFixed(1).padStart(6)}`
		);
	const mean = (g: (r: Row) => number) => rs.reduce((s, r) => s + g(r), 0) / rs.length;
	const max = (g: (r: Row) => number) => maxOf(rs, g);
	const meds = rs.filter((r) => r.worst.medianRelError !== null);
	console.log(
		`mean                   ${mean((r) => Math.abs(r.worst.eventsError))
			.toFixed(2)
			.padStart(6)} ${mean((r) => r.worst.atRiskError)
			.toFixed(2)
			.padStart(7)} ${mean((r) => r.worst.maxAbsDeltaS)
			.toFixed(3)
			.padStart(8)} ${mean((r) => r.worst.areaOverTau)
			.toFixed(5)
			.padStart(
				9
			)} ${(meds.reduce((s, r) => s + r.worst.medianRelError!, 0) / Math.max(meds.length, 1)).toFixed(3).padStart(7)} ${mean(
			(r) => r.logHr
		)
			.toFixed(3)
			.padStart(8)} ${mean((r) => r.ms)
			.toFixed(1)
			.padStart(6)}`
	);
	console.log(
		`max                    ${max((r) => Math.abs(r.worst.eventsError))
			.toFixed(0)
			.padStart(6)} ${max((r) => r.worst.atRiskError)
			.toFixed(0)
			.padStart(7)} ${max((r) => r.worst.maxAbsDeltaS)
			.toFixed(3)
			.padStart(8)} ${max((r) => r.worst.areaOverTau)
			.toFixed(5)
			.padStart(9)} ${''.padStart(7)} ${max((r) => r.logHr)
			.toFixed(3)
			.padStart(8)} ${max((r) => r.ms)
			.toFixed(1)
			.padStart(6)}`
	);
	console.log(
		`median not-reached mismatches: ${rs.length - meds.length}; HR 95% CI covers truth: ${rs.filter((r) => r.covers).length}/${rs.length}; p<0.05 agrees: ${rs.filter((r) => r.pAgrees).length}/${rs.length}`
	);
	const asPrinted = rs.reduce((s2, r) => s2 + r.mediansAsPrinted, 0);
	const total = rs.reduce((s2, r) => s2 + r.medians, 0);
	console.log(
		`medians at printed precision: ${asPrinted}/${total}${asPrinted < total ? ` (missed: ${rs.flatMap((r) => r.misses.map((m) => `${r.case} ${m}`)).join('; ')})` : ''}`
	);
}
