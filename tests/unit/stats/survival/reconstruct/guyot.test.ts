import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCurve } from '$lib/stats/survival/reconstruct/curvePoints';
import { guyotReconstruct, type IpdRow } from '$lib/stats/survival/reconstruct/guyot';
import { maxOf } from '$lib/util/extremes';

const CASES = fileURLToPath(new URL('../../../../../bench/km/cases/', import.meta.url));

type Step = { t: number[]; s: number[] };

// Local KM only to score against the truth; the production estimator lives in its own module.
function km(rows: IpdRow[]): Step {
	const sorted = rows.slice().sort((a, b) => a.time - b.time);
	const out: Step = { t: [], s: [] };
	let s = 1;
	let atRisk = sorted.length;
	for (let i = 0; i < sorted.length;) {
		const time = sorted[i]!.time;
		let d = 0;
		let all = 0;
		for (; i < sorted.length && sorted[i]!.time === time; i++, all++) d += sorted[i]!.event;
		if (d > 0) {
			s *= 1 - d / atRisk;
			out.t.push(time);
			out.s.push(s);
		}
		atRisk -= all;
	}
	return out;
}

function valueAt(f: Step, x: number): number {
	let s = 1;
	for (let i = 0; i < f.t.length && f.t[i]! <= x; i++) s = f.s[i]!;
	return s;
}

/** ∫₀^τ |S_a − S_b| dt / τ, exact for step functions. */
function areaOverTau(a: Step, b: Step, tau: number): number {
	const cuts = [...new Set([0, ...a.t, ...b.t].filter((x) => x < tau))].sort((x, y) => x - y);
	cuts.push(tau);
	let area = 0;
	for (let i = 0; i + 1 < cuts.length; i++)
		area += Math.abs(valueAt(a, cuts[i]!) - valueAt(b, cuts[i]!)) * (cuts[i + 1]! - cuts[i]!);
	return area / tau;
}

function atRiskAt(rows: IpdRow[], t: number): number {
	return rows.filter((r) => r.time >= t).length;
}

function readCsv(path: string): string[][] {
	return readFileSync(path, 'utf8')
		.trim()
		.split(/\r?\n/)
		.slice(1)
		.map((line) => line.split(','));
}

function loadArm(name: string, arm: string) {
	const dir = `${CASES}${name}/`;
	const summary = JSON.parse(readFileSync(`${dir}input_summary.json`, 'utf8')) as {
		per_arm: Record<string, { events: number | null }>;
	};
	const raw = readCsv(`${dir}input_curve_${arm}.csv`).map(([x, y]) => ({ x: Number(x), y: Number(y) }));
	const atRisk = readCsv(`${dir}input_atrisk.csv`)
		.filter((r) => r[0] === arm)
		.map((r) => ({ time: Number(r[1]), n: Number(r[2]) }));
	return { raw, atRisk, totalEvents: summary.per_arm[arm]!.events };
}

describe('cleanCurve', () => {
	it('sorts, reads percent, clamps x < 0 and adds (0, 1)', () => {
		const { points, warnings } = cleanCurve([
			{ x: 2, y: 80 },
			{ x: -0.01, y: 99.8 },
			{ x: 1, y: 90 }
		]);
		expect(points).toEqual([
			{ t: 0, s: 1 },
			{ t: 1, s: 0.9 },
			{ t: 2, s: 0.8 }
		]);
		expect(warnings.map((w) => [w.code, w.params])).toEqual([
			['y-read-as-percent', {}],
			['negative-x-set-to-zero', { count: 1, lowest: '-0.01' }]
		]);
		expect(warnings.map((w) => w.message).join(' ')).toMatch(/percent.*x < 0/);
	});
	it('enforces a non-increasing step function and keeps the lowest value at a repeated x', () => {
		const { points } = cleanCurve([
			{ x: 0, y: 1 },
			{ x: 1, y: 0.9 },
			{ x: 1, y: 0.8 },
			{ x: 2, y: 0.85 },
			{ x: 3, y: 0.7 }
		]);
		expect(points).toEqual([
			{ t: 0, s: 1 },
			{ t: 1, s: 0.8 },
			{ t: 2, s: 0.8 },
			{ t: 3, s: 0.7 }
		]);
	});
	it('adds (0, 1) when the first click is later and clips y to [0, 1]', () => {
		const { points, warnings } = cleanCurve([
			{ x: 0.5, y: 1.02 },
			{ x: 1, y: -0.01 }
		]);
		expect(points).toEqual([
			{ t: 0, s: 1 },
			{ t: 0.5, s: 1 },
			{ t: 1, s: 0 }
		]);
		expect(warnings.map((w) => [w.code, w.params])).toEqual([
			['y-clipped', { count: 2 }],
			['start-point-added', {}]
		]);
		expect(warnings.map((w) => w.message).join(' ')).toMatch(/\(0, 1\) added/);
	});
	it('moves a drop reached after a long gap to the middle of the gap, only when asked', () => {
		const raw = [
			{ x: 0, y: 1 },
			{ x: 1, y: 0.9 },
			{ x: 9, y: 0.8 },
			{ x: 10, y: 0.8 }
		];
		expect(cleanCurve(raw).points.map((p) => p.t)).toEqual([0, 1, 9, 10]);
		// 0 → 1 is shorter than 0.3 of the range (3): that drop stays at its click
		expect(cleanCurve(raw, { midGap: 0.3 }).points).toEqual([
			{ t: 0, s: 1 },
			{ t: 1, s: 0.9 },
			{ t: 5, s: 0.8 },
			{ t: 9, s: 0.8 },
			{ t: 10, s: 0.8 }
		]);
	});
	it('refuses unusable input', () => {
		expect(() => cleanCurve([])).toThrow(RangeError);
		expect(() => cleanCurve([{ x: 0, y: 1 }])).toThrow(RangeError);
		expect(() =>
			cleanCurve([
				{ x: 0, y: 1 },
				{ x: NaN, y: 0.5 }
			])
		).toThrow(/finite/);
		expect(() =>
			cleanCurve([
				{ x: 0, y: 1 },
				{ x: 0, y: 0.5 }
			])
		).toThrow(RangeError);
	});
});

describe('guyotReconstruct on hand-made inputs', () => {
	it('one interval: events from the drop, the rest censored at the last click', () => {
		const r = guyotReconstruct({
			points: [
				{ t: 0, s: 1 },
				{ t: 1, s: 0.5 },
				{ t: 2, s: 0.5 }
			],
			atRisk: [{ time: 0, n: 2 }]
		});
		expect(r.ipd).toEqual([
			{ time: 1, event: 1 },
			{ time: 2, event: 0 }
		]);
		expect(r.diagnostics.atRisk).toEqual([{ time: 0, printed: 2, reconstructed: 2 }]);
	});

	const twoIntervals = [
		{ t: 0, s: 1 },
		{ t: 1, s: 0.9 },
		{ t: 3, s: 0.8 },
		{ t: 4, s: 0.8 }
	];
	it('censors uniformly inside an interval to meet the next number at risk, and at the average rate in the last one', () => {
		// [0, 2): 10 → 8 with 1 event at 1, so 1 censoring at 1 (mid-interval); last interval: rate 1/2 per unit over (2, 4] → 1 at 3
		const r = guyotReconstruct({
			points: twoIntervals,
			atRisk: [
				{ time: 0, n: 10 },
				{ time: 2, n: 8 }
			]
		});
		const rows = (time: number, event: 0 | 1, k: number) => Array.from({ length: k }, () => ({ time, event }));
		expect(r.ipd).toEqual([...rows(1, 1, 1), ...rows(1, 0, 1), ...rows(3, 1, 1), ...rows(3, 0, 1), ...rows(4, 0, 6)]);
		expect(r.diagnostics).toMatchObject({ events: 2, censored: 8, warnings: [] });
		expect(r.diagnostics.atRisk.map((a) => a.reconstructed)).toEqual([10, 8]);
	});
	it('uses the total number of events: none left for the last interval', () => {
		const r = guyotReconstruct({
			points: twoIntervals,
			atRisk: [
				{ time: 0, n: 10 },
				{ time: 2, n: 8 }
			],
			totalEvents: 1
		});
		expect(r.diagnostics.events).toBe(1);
		expect(r.ipd.filter((p) => p.event === 1)).toEqual([{ time: 1, event: 1 }]);
		expect(r.diagnostics.atRisk.map((a) => a.reconstructed)).toEqual([10, 8]);
	});
	it('nevent adjustment: more censoring in the last interval to meet a smaller total', () => {
		const points = [
			{ t: 0, s: 1 },
			{ t: 1, s: 1 },
			{ t: 4, s: 0.5 },
			{ t: 5, s: 0.5 }
		];
		const free = guyotReconstruct({
			points,
			atRisk: [
				{ time: 0, n: 10 },
				{ time: 2, n: 10 }
			]
		});
		expect(free.diagnostics.events).toBe(5);
		const fixed = guyotReconstruct({
			points,
			atRisk: [
				{ time: 0, n: 10 },
				{ time: 2, n: 10 }
			],
			totalEvents: 3
		});
		expect(fixed.diagnostics.events).toBe(3);
		expect(fixed.diagnostics.censored).toBe(7);
		// the 4 censored before the drop at 4 leave 6 at risk, and 6 · (1 − 0.5) = 3 events
		expect(fixed.ipd.filter((p) => p.event === 0 && p.time < 4)).toHaveLength(4);
	});
	it('first at-risk time after 0: assumes no censoring before it', () => {
		const r = guyotReconstruct({
			points: [
				{ t: 0, s: 1 },
				{ t: 1, s: 0.8 },
				{ t: 3, s: 0.8 }
			],
			atRisk: [{ time: 2, n: 8 }]
		});
		expect(r.ipd).toHaveLength(10);
		expect(r.ipd.filter((p) => p.event === 1)).toEqual([
			{ time: 1, event: 1 },
			{ time: 1, event: 1 }
		]);
		expect(r.diagnostics.atRisk).toEqual([{ time: 2, printed: 8, reconstructed: 8 }]);
		expect(r.diagnostics.warnings).toEqual([
			{
				code: 'at-risk-starts-late',
				params: { time: '2', assumed: 10 },
				message: 'first at-risk time is 2, not 0: 10 at risk at 0 assumed (no censoring before 2)'
			}
		]);
	});
	it('a trailing 0 at risk: everyone leaves before it, clicks after it are ignored', () => {
		const r = guyotReconstruct({
			points: [
				{ t: 0, s: 1 },
				{ t: 1, s: 0.5 },
				{ t: 5, s: 0.5 }
			],
			atRisk: [
				{ time: 0, n: 4 },
				{ time: 2, n: 2 },
				{ time: 4, n: 0 },
				{ time: 6, n: 0 }
			]
		});
		expect(r.diagnostics.atRisk.map((a) => [a.printed, a.reconstructed])).toEqual([
			[4, 4],
			[2, 2],
			[0, 0],
			[0, 0]
		]);
		expect(maxOf(r.ipd.map((p) => p.time))).toBe(2);
		expect(r.diagnostics.events).toBe(2);
	});
	it('an at-risk time beyond the last click: the curve is carried flat', () => {
		const r = guyotReconstruct({
			points: [
				{ t: 0, s: 1 },
				{ t: 1, s: 0.5 },
				{ t: 2, s: 0.5 }
			],
			atRisk: [
				{ time: 0, n: 4 },
				{ time: 3, n: 1 }
			]
		});
		expect(r.ipd).toEqual([
			{ time: 1, event: 1 },
			{ time: 1, event: 1 },
			{ time: 1.5, event: 0 },
			{ time: 3, event: 0 }
		]);
		expect(r.diagnostics.warnings).toEqual([
			{
				code: 'at-risk-beyond-curve',
				params: { time: '3', lastCurveTime: '2' },
				message: 'at-risk time 3 beyond the last curve point (2): curve carried flat'
			}
		]);
	});
	it('a curve that never drops: censorings only', () => {
		const r = guyotReconstruct({
			points: [
				{ t: 0, s: 1 },
				{ t: 5, s: 1 }
			],
			atRisk: [
				{ time: 0, n: 10 },
				{ time: 2, n: 6 },
				{ time: 4, n: 3 }
			],
			totalEvents: 0
		});
		expect(r.diagnostics.events).toBe(0);
		expect(r.ipd.filter((p) => p.time < 2).map((p) => p.time)).toEqual([0.4, 0.8, 1.2, 1.6]);
		expect(r.diagnostics.atRisk.map((a) => a.reconstructed)).toEqual([10, 6, 3]);
	});
	it('intervals without clicks still meet every number at risk', () => {
		const atRisk = [
			{ time: 0, n: 10 },
			{ time: 2, n: 9 },
			{ time: 4, n: 9 },
			{ time: 6, n: 8 },
			{ time: 8, n: 5 }
		];
		const r = guyotReconstruct({
			points: [
				{ t: 0, s: 1 },
				{ t: 0.5, s: 0.9 },
				{ t: 7, s: 0.6 },
				{ t: 10, s: 0.6 }
			],
			atRisk
		});
		expect(r.diagnostics.atRisk.map((a) => a.reconstructed)).toEqual([10, 9, 9, 8, 5]);
	});
	it('a curve dropping more than the numbers at risk allow: events removed, counts still exact', () => {
		const r = guyotReconstruct({
			points: [
				{ t: 0, s: 1 },
				{ t: 1, s: 0.5 },
				{ t: 3, s: 0.5 }
			],
			atRisk: [
				{ time: 0, n: 10 },
				{ time: 2, n: 8 }
			]
		});
		expect(r.diagnostics.atRisk.map((a) => a.reconstructed)).toEqual([10, 8]);
		// 2 events at 1; the KM then catches up with the curve at the next click: 8 · (1 − 0.5/0.8) = 3
		expect(r.ipd.filter((p) => p.event === 1).map((p) => p.time)).toEqual([1, 1, 2, 2, 2]);
		expect(r.diagnostics.warnings).toEqual([
			{
				code: 'drop-exceeds-at-risk',
				params: { from: '0', to: '2', excess: 3 },
				message:
					'interval 0–2: the curve drops by 3 more patient(s) than the numbers at risk allow; latest events removed'
			}
		]);
	});
	it('refuses impossible tables and unclean curves', () => {
		const points = [
			{ t: 0, s: 1 },
			{ t: 1, s: 0.5 }
		];
		expect(() => guyotReconstruct({ points, atRisk: [] })).toThrow(RangeError);
		expect(() =>
			guyotReconstruct({
				points,
				atRisk: [
					{ time: 0, n: 5 },
					{ time: 1, n: 6 }
				]
			})
		).toThrow(/increase/);
		expect(() => guyotReconstruct({ points, atRisk: [{ time: 0, n: 5.5 }] })).toThrow(RangeError);
		expect(() => guyotReconstruct({ points, atRisk: [{ time: 0, n: 0 }] })).toThrow(RangeError);
		expect(() =>
			guyotReconstruct({
				points: [
					{ t: 1, s: 0.5 },
					{ t: 0, s: 1 }
				],
				atRisk: [{ time: 0, n: 5 }]
			})
		).toThrow(/sorted/);
		expect(() => guyotReconstruct({ points, atRisk: [{ time: 0, n: 5 }], totalEvents: -1 })).toThrow(RangeError);
	});
	it('property: any non-increasing curve and table give exact counts, no negative times, no hang', () => {
		const arb = fc.record({
			drops: fc.array(
				fc.tuple(fc.double({ min: 0.01, max: 10, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true })),
				{ minLength: 1, maxLength: 30 }
			),
			n0: fc.integer({ min: 1, max: 300 }),
			leave: fc.array(fc.double({ min: 0, max: 0.6, noNaN: true }), { minLength: 0, maxLength: 8 }),
			step: fc.double({ min: 0.5, max: 5, noNaN: true }),
			total: fc.option(fc.integer({ min: 0, max: 300 }))
		});
		fc.assert(
			fc.property(arb, ({ drops, n0, leave, step, total }) => {
				let t = 0;
				let s = 1;
				const raw = [{ x: 0, y: 1 }];
				for (const [dt, ds] of drops) {
					t += dt;
					s *= 1 - ds;
					raw.push({ x: t, y: s });
				}
				const atRisk = [{ time: 0, n: n0 }];
				for (const f of leave)
					atRisk.push({ time: atRisk.length * step, n: Math.floor(atRisk[atRisk.length - 1]!.n * (1 - f)) });
				const r = guyotReconstruct({
					points: cleanCurve(raw).points,
					atRisk,
					totalEvents: total !== null ? Math.min(total, n0) : null
				});
				for (const a of r.diagnostics.atRisk) expect(a.reconstructed).toBe(a.printed);
				expect(r.ipd).toHaveLength(n0);
				expect(r.ipd.every((p) => p.time >= 0 && Number.isFinite(p.time))).toBe(true);
				expect(r.diagnostics.events + r.diagnostics.censored).toBe(n0);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('guyotReconstruct on bench/km cases (simulated digitizations of kmdata pseudo-IPD)', () => {
	const withTruth: [string, string[]][] = [
		['kmdata_MINDACT_2E', ['no_chemotherapy', 'chemo']], // 15 events in 690 patients
		['kmdata_QUARTZ_2A', ['osc_wbrt', 'osc']], // weeks
		['kmdata_BREC_2C', ['control', 'experimental']], // 31 vs 93 patients, late zeros at risk
		['kmdata_ASPECCT_3A', ['cetuximab', 'panitumumab']], // 500 per arm, 2-monthly grid
		['kmdata_ACT2_2A', ['wt_b', 'wt_be']] // 35 per arm, crossing curves
	];
	for (const [name, arms] of withTruth) {
		it(`${name}: numbers at risk exact, events within 5, area/τ ≤ 0.02 per arm`, () => {
			const metrics = JSON.parse(readFileSync(`${CASES}${name}/truth_metrics.json`, 'utf8')) as {
				tau: number;
				per_arm: Record<string, { events: number; at_risk: number[] }>;
				grid: number[];
			};
			const truthRows = readCsv(`${CASES}${name}/truth_ipd.csv`);
			for (const arm of arms) {
				const { raw, atRisk, totalEvents } = loadArm(name, arm);
				const r = guyotReconstruct({ points: cleanCurve(raw, { midGap: 0.03 }).points, atRisk, totalEvents });
				const truth: IpdRow[] = truthRows
					.filter((x) => x[2] === arm)
					.map((x) => ({ time: Number(x[0]), event: Number(x[1]) === 1 ? 1 : 0 }));
				expect(metrics.grid.map((t) => atRiskAt(r.ipd, t))).toEqual(metrics.grid.map((t) => atRiskAt(truth, t)));
				expect(r.diagnostics.atRisk.every((a) => a.printed === a.reconstructed)).toBe(true);
				expect(Math.abs(r.diagnostics.events - metrics.per_arm[arm]!.events)).toBeLessThanOrEqual(5);
				expect(areaOverTau(km(r.ipd), km(truth), metrics.tau)).toBeLessThanOrEqual(0.02);
			}
		});
	}
	it('real_checkmate067_s3a (human digitization, no truth): the printed table is met, trailing 0 included', () => {
		const { raw, atRisk } = loadArm('real_checkmate067_s3a', 'Nivolumab');
		const clean = cleanCurve(raw);
		const r = guyotReconstruct({ points: clean.points, atRisk, totalEvents: null });
		expect(r.ipd).toHaveLength(80);
		expect(r.diagnostics.atRisk.map((a) => a.reconstructed)).toEqual([
			80, 79, 75, 73, 68, 63, 61, 58, 57, 54, 53, 49, 47, 38, 10, 0
		]);
		const finalS = km(r.ipd).s.at(-1)!;
		expect(Math.abs(finalS - clean.points.at(-1)!.s)).toBeLessThan(0.03);
	});
});
