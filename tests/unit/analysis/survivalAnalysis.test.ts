import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSurvival, type SurvivalAnalysis } from '$lib/analysis/survivalAnalysis';
import { parseSurvivalSummaryCsv } from '$lib/data/survivalSummary';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { parseAtRiskCsv, parseCurveCsv } from '$lib/data/survivalInputs';
import { survivalPanel } from '$lib/site/survivalData';
import { toSurvivalArm } from '$lib/site/survivalChartArm';
import { rebuildEndpoints } from '$lib/survival/bundledEndpoints';
import { reconstructionsOf } from '$lib/documents/profiles';

const csvRows = (path: string) =>
	Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** The bundled MM-003 PFS files turned into the two files a user would load: numbers at risk and the survival summary. */
function mm003Files() {
	const atRisk = [
		'arm,time,n_at_risk',
		...csvRows('src/lib/documents/guideline/gl_f1_mm003_pfs_at_risk.csv').map(
			(r) => `${r.arm_id},${r.time_assumed},${r.n_at_risk}`
		)
	].join('\n');
	const printed = csvRows('src/lib/documents/guideline/gl_t7_mm003_pfs.csv');
	const summary = ['arm,statistic,value,ci_lower,ci_upper,ci_level'];
	for (const r of printed) {
		if (r.statistic === 'events') summary.push(`${r.arm_id},events,${r.count},,,`);
		if (r.statistic === 'median')
			summary.push(`${r.arm_id},median,${r.estimate},${r.ci_lower},${r.ci_upper},${r.ci_level}`);
		// "idecel_vs_standard": the hazard ratio of ide-cel versus standard regimens
		if (r.statistic === 'hazard_ratio')
			summary.push(
				`${r.arm_id!.split('_vs_')[0]},hazard_ratio,${r.estimate},${r.ci_lower},${r.ci_upper},${r.ci_level}`
			);
	}
	return { atRisk: `${atRisk}\n`, summary: `${summary.join('\n')}\n`, printed };
}

describe('analyzeSurvival: MM-003 PFS in table mode, from the files a user would load', () => {
	const files = mm003Files();
	let result: SurvivalAnalysis;
	beforeAll(() => {
		const atRisk = parseAtRiskCsv(files.atRisk, 'pfs_at_risk.csv');
		const summary = parseSurvivalSummaryCsv(files.summary, 'pfs_summary.csv');
		expect(atRisk.errors).toEqual([]);
		expect(summary.errors).toEqual([]);
		const r = analyzeSurvival({
			atRisk: atRisk.rows,
			curves: {},
			summary: summary.summary,
			files: { atRisk: 'pfs_at_risk.csv', summary: 'pfs_summary.csv' }
		});
		expect(r.errors).toEqual([]);
		result = r.result!;
	});

	it('reads the printed values from the bundled table', () => {
		const stat = (arm: string, s: string) => files.printed.find((r) => r.arm_id === arm && r.statistic === s)!;
		expect([stat('idecel', 'events').count, stat('standard', 'events').count]).toEqual(['149', '93']);
		expect([stat('idecel', 'median').estimate, stat('standard', 'median').estimate]).toEqual(['13.3', '4.4']);
		expect(stat('idecel_vs_standard', 'hazard_ratio')).toMatchObject({
			estimate: '0.493',
			ci_lower: '0.365',
			ci_upper: '0.666',
			ci_level: '97.2'
		});
	});

	it('reproduces every printed number at risk and the printed events', () => {
		expect(result.arms.map((a) => [a.id, a.mode, a.patients])).toEqual([
			['idecel', 'table', 254],
			['standard', 'table', 132]
		]);
		for (const a of result.arms) {
			expect(a.atRisk).toHaveLength(12);
			for (const t of a.atRisk) expect(t.rebuilt).toBe(t.printed);
		}
		expect(result.arms[0]!.atRisk.slice(0, 3)).toEqual([
			{ time: 0, printed: 254, rebuilt: 254 },
			{ time: 3, printed: 206, rebuilt: 206 },
			{ time: 6, printed: 178, rebuilt: 178 }
		]);
		expect(result.arms.map((a) => a.events)).toEqual([
			{ printed: 149, rebuilt: 149 },
			{ printed: 93, rebuilt: 93 }
		]);
		expect(result.arms.map((a) => a.warnings)).toEqual([[], []]);
	});

	it('rebuilds the medians within 0.5 months of the printed ones, with 95% log intervals', () => {
		const [idecel, standard] = result.arms;
		expect(idecel!.medianCheck.printed).toEqual({ value: '13.3', lower: '11.8', upper: '16.1', level: '95' });
		expect(standard!.medianCheck.printed).toEqual({ value: '4.4', lower: '3.4', upper: '5.9', level: '95' });
		expect(Math.abs(idecel!.median! - 13.3)).toBeLessThan(0.5);
		expect(Math.abs(standard!.median! - 4.4)).toBeLessThan(0.5);
		// measured: 13.3 [12.17, 15.48] and 4.4 [3.74, 6.75]
		expect(idecel!.medianCheck.rebuilt).toMatchObject({ level: 95, confType: 'log' });
		expect(idecel!.medianCheck.rebuilt.estimate).toBeCloseTo(13.3, 6);
		expect(idecel!.medianCheck.rebuilt.lower).toBeCloseTo(12.17, 2);
		expect(idecel!.medianCheck.rebuilt.upper).toBeCloseTo(15.48, 2);
		expect(standard!.medianCheck.rebuilt.estimate).toBeCloseTo(4.4, 6);
		expect(standard!.medianCheck.rebuilt.lower).toBeCloseTo(3.74, 2);
		expect(standard!.medianCheck.rebuilt.upper).toBeCloseTo(6.75, 2);
	});

	it('compares ide-cel with standard regimens: Cox HR within 0.05 of the printed 0.49, log-rank', () => {
		const c = result.comparison!;
		expect([c.reference, c.compared]).toEqual(['standard', 'idecel']);
		expect(c.printed).toEqual({ arm: 'idecel', value: '0.493', lower: '0.365', upper: '0.666', level: '97.2' });
		expect(Math.abs(c.cox!.hr! - 0.49)).toBeLessThan(0.05);
		// measured: HR 0.465 [0.358, 0.604] at 95%, [0.347, 0.624] at the printed 97.2%; log-rank χ² 34.4, p 4.4e-9
		expect(c.cox!.hr).toBeCloseTo(0.465, 3);
		expect(c.cox!.lower).toBeCloseTo(0.358, 3);
		expect(c.cox!.upper).toBeCloseTo(0.604, 3);
		expect(c.cox!.atPrintedLevel!.level).toBe(97.2);
		expect(c.cox!.atPrintedLevel!.lower).toBeCloseTo(0.347, 3);
		expect(c.cox!.atPrintedLevel!.upper).toBeCloseTo(0.624, 3);
		expect(c.cox!.converged).toBe(true);
		expect(c.logRank.chisq).toBeCloseTo(34.43, 2);
		expect(c.logRank.p).toBeGreaterThan(4.4e-9);
		expect(c.logRank.p).toBeLessThan(4.5e-9);
		expect(c.warnings).toEqual([]);
		expect([result.xMax, result.xStep]).toEqual([33, 3]);
	});

	it('equals what the site rebuilds from the bundled data: same IPD, statistics and chart input', () => {
		const { datasets, profiles } = readDocumentsOrThrow();
		const site = rebuildEndpoints(datasets, reconstructionsOf(profiles)).find((e) => e.spec.id === 'mm003_pfs')!;
		const lines = result.ipdCsv.trim().split('\n');
		expect(lines[0]).toBe('time,event,arm');
		for (const arm of site.rebuild.ipd) {
			expect(lines.filter((l) => l.endsWith(`,${arm.id}`))).toEqual(
				arm.ipd.map((r) => `${+r.time.toFixed(6)},${r.event},${arm.id}`)
			);
		}
		// the bundled rows and the reader's files give the engine the same arms: the site lists the reference arm first
		expect(site.rebuild.arms.map((a) => a.id)).toEqual(['standard', 'idecel']);
		for (const a of result.arms) expect(a).toEqual(site.rebuild.arms.find((x) => x.id === a.id));
		expect(result.comparison).toEqual(site.rebuild.comparison);
		const panel = survivalPanel(site, datasets);
		expect(result.comparison!.cox!.atPrintedLevel).toEqual({
			level: panel.hr.level,
			lower: panel.hr.lower,
			upper: panel.hr.upper
		});
		expect([panel.hr.estimate, panel.hr.logRankP]).toEqual([result.comparison!.cox!.hr, result.comparison!.logRank.p]);
		for (const p of panel.arms) {
			const mine = toSurvivalArm(result.arms.find((a) => a.id === p.id)!);
			expect({
				steps: mine.steps,
				censors: mine.censors,
				median: mine.median,
				band: mine.band,
				atRisk: mine.atRisk
			}).toEqual({ steps: p.steps, censors: p.censors, median: p.median, band: p.band, atRisk: p.atRisk });
		}
		expect([result.xMax, result.xStep]).toEqual([panel.xMax, panel.xStep]);
	});

	it('survives a JSON round trip unchanged', () => {
		expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
	});
});

const CASE = 'bench/km/cases/kmdata_BREC_2C';
const TSX = 'node_modules/.bin/tsx';

describe('analyzeSurvival: curve mode on a bench case, through the CLI and the module', () => {
	const read = (f: string) => readFileSync(join(CASE, f), 'utf8');
	const moduleRun = (curveArms: string[], summary: string) =>
		analyzeSurvival({
			atRisk: parseAtRiskCsv(read('input_atrisk.csv'), 'input_atrisk.csv').rows,
			curves: Object.fromEntries(
				curveArms.map((a) => [a, parseCurveCsv(read(`input_curve_${a}.csv`), `input_curve_${a}.csv`).points])
			),
			summary: parseSurvivalSummaryCsv(summary, 'summary.csv').summary,
			files: { atRisk: 'input_atrisk.csv' }
		});
	const cliRun = (...args: string[]) => {
		const out = join(mkdtempSync(join(tmpdir(), 'tee-sa-')), 'ipd.csv');
		const r = spawnSync(
			TSX,
			[
				'--tsconfig',
				'tsconfig.json',
				'scripts/reconstruct.ts',
				'--atrisk',
				`${CASE}/input_atrisk.csv`,
				'--out',
				out,
				...args,
				'--json'
			],
			{ encoding: 'utf8' }
		);
		expect(r.status).toBe(0);
		return { csv: readFileSync(out, 'utf8'), diag: JSON.parse(r.stdout) };
	};

	it('both arms from their curves: byte-identical IPD CSV, every number at risk and the events reproduced', () => {
		const r = moduleRun(
			['control', 'experimental'],
			'arm,statistic,value,ci_lower,ci_upper,ci_level\ncontrol,events,28,,,\nexperimental,events,81,,,\n'
		).result!;
		const cli = cliRun(
			'--curve',
			`control=${CASE}/input_curve_control.csv`,
			'--curve',
			`experimental=${CASE}/input_curve_experimental.csv`,
			'--events',
			'control=28',
			'--events',
			'experimental=81'
		);
		expect(r.ipdCsv).toBe(cli.csv);
		expect(r.arms.map((a) => [a.id, a.mode, a.patients, a.events.rebuilt])).toEqual([
			['control', 'curve', 31, 28],
			['experimental', 'curve', 93, 81]
		]);
		for (const a of r.arms) for (const t of a.atRisk) expect(t.rebuilt).toBe(t.printed);
		expect(r.arms.map((a) => a.band)).toEqual([[], []]);
		// the truth (kmdata's pseudo-IPD): medians 4.8 and 3.8, HR 0.96 [0.62, 1.49], log-rank p 0.87
		expect(r.arms[0]!.median).toBeCloseTo(4.78, 2);
		expect(r.arms[1]!.median).toBeCloseTo(3.85, 2);
		expect(r.arms.map((a) => a.median)).toEqual(
			cli.diag.arms.map((a: { median: { reconstructed: number } }) => a.median.reconstructed)
		);
		const c = r.comparison!;
		expect([c.reference, c.compared, c.printed]).toEqual(['control', 'experimental', null]);
		expect(Math.abs(c.cox!.hr! - 0.96)).toBeLessThan(0.1);
		expect(c.logRank.p).toBeGreaterThan(0.5);
	}, 30_000);

	it('one arm from its curve, the other from the table: byte-identical IPD CSV', () => {
		const r = moduleRun(
			['control'],
			'arm,statistic,value,ci_lower,ci_upper,ci_level\ncontrol,events,28,,,\nexperimental,events,81,,,\nexperimental,median,3.8,3,6.4,95\n'
		).result!;
		const cli = cliRun(
			'--curve',
			`control=${CASE}/input_curve_control.csv`,
			'--events',
			'control=28',
			'--events',
			'experimental=81',
			'--median',
			'experimental=3.8',
			'--median-ci',
			'experimental=3,6.4'
		);
		expect(r.ipdCsv).toBe(cli.csv);
		expect(r.arms.map((a) => a.mode)).toEqual(['curve', 'table']);
		expect(r.arms[1]!.events).toEqual({ printed: 81, rebuilt: 81 });
		expect(cli.diag.arms[1].median.printedCi).toEqual(['3', '6.4']);
		expect(r.arms[1]!.median).toBe(cli.diag.arms[1].median.reconstructed);
		expect(Math.abs(r.arms[1]!.median! - 3.8)).toBeLessThan(0.05);
		expect(r.arms[1]!.band).toEqual(cli.diag.arms[1].band);
	}, 30_000);
});

describe('analyzeSurvival: results as plain JSON, problems as messages', () => {
	// a small table whose curve stays above ½: median and its upper limit not reached
	const atRisk = parseAtRiskCsv(
		'arm,time,n_at_risk\nA,0,100\nA,6,90\nA,12,70\nB,0,100\nB,6,80\nB,12,40\n',
		'small.csv'
	).rows;

	it('writes a median not reached as null, in a result that survives a JSON round trip', () => {
		const summary = parseSurvivalSummaryCsv(
			'arm,statistic,value,ci_lower,ci_upper,ci_level\nA,events,12,,,\nA,median,NE,,,\nB,events,30,,,\nB,hazard_ratio,2.1,,,\n',
			's.csv'
		).summary;
		const { result, errors } = analyzeSurvival({
			atRisk,
			curves: {},
			summary,
			files: { atRisk: 'small.csv', summary: 's.csv' }
		});
		expect(errors).toEqual([]);
		const a = result!.arms[0]!;
		expect(a.median).toBeNull();
		expect(a.medianCheck.rebuilt.estimate).toBeNull();
		expect(a.medianCheck.rebuilt.upper).toBeNull();
		expect(a.events).toEqual({ printed: 12, rebuilt: 12 });
		expect(toSurvivalArm(a).median).toBeNaN();
		expect(result!.comparison!.compared).toBe('B');
		expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
		expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
	});

	it('names the summary row of an arm the at-risk table does not have', () => {
		const summary = parseSurvivalSummaryCsv(
			'arm,statistic,value,ci_lower,ci_upper,ci_level\nA,events,12,,,\nC,median,4.4,,,\n',
			's.csv'
		).summary;
		expect(analyzeSurvival({ atRisk, curves: {}, summary, files: { atRisk: 'small.csv', summary: 's.csv' } })).toEqual({
			result: null,
			errors: [
				{
					kind: 'input',
					file: 's.csv',
					row: 3,
					column: 'arm',
					expected: 'an arm of small.csv (arms: A, B)',
					found: 'C'
				}
			]
		});
	});

	it('names the curve of an arm the at-risk table does not have', () => {
		const r = analyzeSurvival({
			atRisk,
			curves: {
				Z: [
					{ x: 0, y: 1 },
					{ x: 6, y: 0.8 }
				]
			},
			summary: null,
			files: { atRisk: 'small.csv', curves: { Z: 'z.csv' } }
		});
		expect(r).toEqual({
			result: null,
			errors: [
				{
					kind: 'input',
					file: 'z.csv',
					row: null,
					column: null,
					expected: 'the curve of an arm of small.csv (arms: A, B)',
					found: 'Z'
				}
			]
		});
	});

	it('returns a reconstruction that throws as a message, not an exception', () => {
		const summary = parseSurvivalSummaryCsv(
			'arm,statistic,value,ci_lower,ci_upper,ci_level\nA,events,120,,,\n',
			's.csv'
		).summary;
		const r = analyzeSurvival({ atRisk, curves: {}, summary, files: { atRisk: 'small.csv', summary: 's.csv' } });
		expect(r).toEqual({
			result: null,
			errors: [
				{
					kind: 'reconstruction',
					file: 'small.csv',
					row: null,
					column: null,
					expected: 'numbers at risk of arms A, B that table mode can rebuild',
					found: 'A: total events must be a whole number from 0 to 100, got 120'
				}
			]
		});
		const curve = analyzeSurvival({
			atRisk,
			curves: { A: [{ x: 0, y: 1 }] },
			summary: null,
			files: { atRisk: 'small.csv', curves: { A: 'a.csv' } }
		});
		expect(curve.result).toBeNull();
		expect(curve.errors[0]).toEqual({
			kind: 'reconstruction',
			file: 'a.csv',
			row: null,
			column: null,
			expected: 'a curve and numbers at risk of arm A that curve mode can rebuild',
			found: 'curve needs at least 2 points, got 1'
		});
	});

	it('an empty at-risk table is an error, not an exception', () => {
		expect(analyzeSurvival({ atRisk: [], curves: {}, summary: null, files: { atRisk: 'none.csv' } }).errors).toEqual([
			{
				kind: 'input',
				file: 'none.csv',
				row: null,
				column: null,
				expected: 'at least one arm with numbers at risk',
				found: 'no rows'
			}
		]);
	});
});

describe('the rebuilt IPD as CSV', () => {
	it('neutralises an arm name a spreadsheet would run as a formula', () => {
		const atRisk = [
			{ arm: '=HYPERLINK("x")', time: 0, n: 3 },
			{ arm: '=HYPERLINK("x")', time: 5, n: 1 }
		];
		const r = analyzeSurvival({ atRisk, curves: {}, summary: null, files: { atRisk: 'a.csv' } });
		const line = r.result!.ipdCsv.split('\n')[1]!;
		expect(line.endsWith(`,"'=HYPERLINK(""x"")"`)).toBe(true);
	});
});
