import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAnalysis, type InputFile } from '$lib/analysis/runAnalysis';

// Files that pass validation but hold odd numbers (zero counts, N = 1, printed values that do not follow, levels and
// bounds at the edges): the analyses must answer — with a status or a located problem — and never throw.
const cell = fc.oneof(
	fc.constant(''),
	fc.constant('0'),
	fc.constant('NE'),
	fc.constant('100'),
	fc.constant('<0.0001'),
	fc.integer({ min: 0, max: 300 }).map(String),
	fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x.toFixed(1))
);
const count = fc.integer({ min: 0, max: 60 });

const responseRate = fc
	.array(
		fc.record({
			n: fc.integer({ min: 1, max: 60 }),
			x: count,
			orr: cell,
			level: fc.constantFrom('', '90', '95', '97.2', '99', '0', '100', 'NE'),
			lo: cell,
			hi: cell,
			method: fc.constantFrom('', 'clopper-pearson', 'wald', 'not stated'),
			p: cell
		}),
		{ minLength: 1, maxLength: 6 }
	)
	.map((rows) =>
		[
			'group_id,n,responders,orr_percent,ci_level,ci_lower,ci_upper,ci_method_stated,p_value',
			...rows.map(
				(r, i) => `g${i},${r.n},${Math.min(r.x, r.n)},${r.orr || '0'},${r.level},${r.lo},${r.hi},${r.method},${r.p}`
			)
		].join('\n')
	);
const bestResponse = fc
	.array(
		fc.record({
			n: fc.integer({ min: 0, max: 40 }),
			cat: fc.constantFrom('sCR', 'CR', 'VGPR', 'PR', 'MR', 'SD', 'PD', 'NE'),
			c: count,
			pct: cell
		}),
		{ minLength: 1, maxLength: 12 }
	)
	.map((rows) =>
		[
			'group_id,n,category,count,percent',
			...rows.map(
				(r, i) =>
					`g${i % 3},${Math.max(r.n, r.c)},${r.cat},${r.c},${r.pct === 'NE' || r.pct === '<0.0001' ? '' : r.pct}`
			)
		].join('\n')
	);
const adverse = fc
	.array(
		fc.record({
			level: fc.constantFrom('any', 'soc', 'pt'),
			n: fc.integer({ min: 0, max: 50 }),
			c: count,
			grade: fc.constantFrom('all', '3plus'),
			pct: cell
		}),
		{ minLength: 1, maxLength: 12 }
	)
	.map((rows) =>
		[
			'level,soc_en,pt_en,group_id,n,grade,count,percent',
			...rows.map(
				(r, i) =>
					`${r.level},S${i % 2},${r.level === 'pt' ? `P${i}` : ''},g${i % 2},${Math.max(r.n, r.c)},${r.grade},${r.c},${r.pct === 'NE' || r.pct === '<0.0001' ? '' : r.pct}`
			)
		].join('\n')
	);
const atRisk = fc
	.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 2 })
	.map((arms) =>
		[
			'arm,time,n_at_risk',
			...arms.flatMap((drops, a) => {
				let n = 40 + a;
				return drops.map((d, t) => {
					if (t > 0) n = Math.max(0, n - d);
					return `arm${a},${t * 3},${n}`;
				});
			})
		].join('\n')
	);
const summary = fc
	.record({
		e0: fc.integer({ min: 0, max: 45 }),
		m0: fc.constantFrom('NE', '0.5', '4.4', '40'),
		hr: fc.constantFrom('0.01', '0.5', '1', '30')
	})
	.map((s) =>
		[
			'arm,statistic,value,ci_lower,ci_upper,ci_level',
			`arm0,events,${s.e0},,,`,
			`arm0,median,${s.m0},,,`,
			`arm1,hazard_ratio,${s.hr},,,`
		].join('\n')
	);
const ipd = fc
	.array(
		fc.record({
			t: fc.double({ min: 0, max: 50, noNaN: true }),
			e: fc.constantFrom(0, 1),
			a: fc.constantFrom('A', 'B', 'C')
		}),
		{ minLength: 1, maxLength: 60 }
	)
	.map((rows) => ['time,event,arm', ...rows.map((r) => `${r.t.toFixed(3)},${r.e},${r.a}`)].join('\n'));

const file = (kind: InputFile['kind'], text: string): InputFile => ({ id: kind, name: `${kind}.csv`, kind, text });

describe('the analyses on valid but odd files', () => {
	it('never throw, and their result is plain data (5 × 200 files)', () => {
		fc.assert(
			fc.property(responseRate, bestResponse, adverse, atRisk, summary, ipd, (rr, br, ae, ar, su, ip) => {
				const r = runAnalysis([
					file('response_rate', rr),
					file('best_response', br),
					file('adverse_reaction', ae),
					file('at_risk', ar),
					file('survival_summary', su),
					file('ipd', ip)
				]);
				expect(r.files).toHaveLength(6);
				// whatever failed validation or could not be rebuilt says where
				for (const f of r.files) for (const e of f.errors) expect(e.file).toBe(f.name);
				for (const e of r.survival?.errors ?? []) expect(e.expected.length).toBeGreaterThan(0);
				JSON.stringify(r);
			}),
			{ numRuns: 200, seed: 20261121 }
		);
	}, 120_000);
});

describe('the charts of those analyses', () => {
	it('never draw NaN or Infinity (100 sets of files, rendered as the page renders them)', async () => {
		const { render } = await import('svelte/server');
		const ResponseChart = (await import('$lib/charts/ResponseChart.svelte')).default;
		const OrrIntervalChart = (await import('$lib/charts/OrrIntervalChart.svelte')).default;
		const SafetyDotPlot = (await import('$lib/charts/SafetyDotPlot.svelte')).default;
		const SurvivalChart = (await import('$lib/charts/SurvivalChart.svelte')).default;
		const { responseBars } = await import('$lib/site/responseBars');
		const { intervalChartRows, intervalLabels, survivalLabels } = await import('$lib/site/chartLabels');
		const { chartInput } = await import('$lib/site/safety/safetyChart');
		const { toSurvivalArm } = await import('$lib/site/survivalChartArm');
		fc.assert(
			fc.property(responseRate, bestResponse, adverse, atRisk, summary, ipd, (rr, br, ae, ar, su, ip) => {
				const r = runAnalysis([
					file('response_rate', rr),
					file('best_response', br),
					file('adverse_reaction', ae),
					file('at_risk', ar),
					file('survival_summary', su),
					file('ipd', ip)
				]);
				const html: string[] = [];
				const t = r.tables;
				if (t) {
					for (const rt of t.responseTables)
						html.push(
							render(ResponseChart, {
								props: { bars: responseBars(rt.rows, rt.rates, 'en'), labels: { title: 'R', description: 'D' } }
							}).body
						);
					html.push(
						render(OrrIntervalChart, {
							props: { rows: intervalChartRows(t.orr, 'stated', 'en'), labels: intervalLabels('stated') }
						}).body
					);
					if (t.safety.tables.length > 0) {
						const sel = {
							trial: 'all',
							groups: Object.fromEntries(t.safety.tables.map((x) => [x.trial, x.groups.map((g) => g.id)])),
							soc: '',
							grade: 'both' as const,
							shared: false,
							sort: null,
							dir: 'asc' as const
						};
						const c = chartInput(t.safety, sel, 'en', (s) => s.id);
						html.push(
							render(SafetyDotPlot, {
								props: {
									terms: c.terms,
									series: c.series,
									grades: 'both',
									labels: { title: 'S', description: 'D', axis: 'A', allGrades: 'all', grade3: '3+', notPrinted: '—' }
								}
							}).body
						);
					}
				}
				for (const s of [r.survival?.result, r.ipd]) {
					if (!s) continue;
					html.push(
						render(SurvivalChart, {
							props: {
								arms: s.arms.map((a) => ({ ...toSurvivalArm(a), displayLabel: a.label })),
								xMax: s.xMax,
								xStep: s.xStep,
								labels: survivalLabels({ trial: 'T', endpoint: 'PFS', arms: [] }, 'en')
							}
						}).body
					);
				}
				for (const h of html) expect(h).not.toMatch(/NaN|Infinity/);
			}),
			{ numRuns: 100, seed: 7 }
		);
	}, 120_000);
});

describe('what the fuzzing found (kept as plain cases)', () => {
	it('an interval printed with "<0.0001" as a bound is listed as not recomputable, not thrown', () => {
		const r = runAnalysis([
			file('response_rate', 'group_id,n,responders,orr_percent,ci_level,ci_lower,ci_upper\ng0,1,0,0,,<0.0001,100\n')
		]);
		expect(r.tables!.orr[0]!.status).toBe('not-recomputable');
	});
	it('a group of N = 0 is refused at validation, with its row and column', () => {
		const r = runAnalysis([file('best_response', 'group_id,n,category,count,percent\ng0,0,sCR,0,0.0\n')]);
		expect(r.files[0]!.errors.map((e) => [e.row, e.column, e.expected])).toEqual([
			[2, 'n', 'a group of at least 1 patient']
		]);
	});
});
