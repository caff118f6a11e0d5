import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';

const TSX = 'node_modules/.bin/tsx';
const run = (...args: string[]) =>
	spawnSync(TSX, ['--tsconfig', 'tsconfig.json', 'scripts/reconstruct.ts', ...args], { encoding: 'utf8' });
const CASE = 'bench/km/cases/kmdata_BREC_2C';

describe('npm run reconstruct', () => {
	it('rebuilds one arm from its curve and the other from the table, reproducing every number at risk', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'tee-rec-')), 'ipd.csv');
		const r = run(
			'--atrisk',
			`${CASE}/input_atrisk.csv`,
			'--out',
			out,
			'--curve',
			`control=${CASE}/input_curve_control.csv`,
			'--events',
			'control=28',
			'--events',
			'experimental=81',
			'--median',
			'experimental=3.8',
			'--json'
		);
		expect(r.status).toBe(0);
		const diag = JSON.parse(r.stdout);
		expect(diag.arms.map((a: { arm: string; mode: string }) => [a.arm, a.mode])).toEqual([
			['control', 'curve'],
			['experimental', 'table']
		]);
		for (const a of diag.arms) for (const t of a.atRisk) expect(t.reconstructed).toBe(t.printed);
		expect(diag.arms[1].events).toEqual({ printed: 81, reconstructed: 81 });
		// warnings stay the English sentences scripts read; their codes and parameters come beside them, in the same order
		expect(diag.arms[0].warnings).toEqual([
			'1 point(s) with x < 0 set to 0 (lowest -0.0589266)',
			'21 upward jitter(s) flattened by the running minimum (largest 0.0354)',
			'11 drop(s) after a gap wider than 0.03 of the x range placed mid-gap'
		]);
		expect(diag.arms[0].warningCodes).toEqual([
			{ code: 'negative-x-set-to-zero', params: { count: 1, lowest: '-0.0589266' } },
			{ code: 'upward-jitter-flattened', params: { count: 21, largest: 0.0354 } },
			{ code: 'drops-moved-mid-gap', params: { count: 11, gapShare: 0.03 } }
		]);
		const ipd = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(Object.keys(ipd[0]!)).toEqual(['time', 'event', 'arm']);
		expect(ipd.filter((x) => x.arm === 'control')).toHaveLength(31);
		expect(ipd.filter((x) => x.arm === 'experimental')).toHaveLength(93);
	}, 30_000);

	it('exits 2 naming file and row on bad input, and on bad arguments', () => {
		const dir = mkdtempSync(join(tmpdir(), 'tee-rec-'));
		writeFileSync(join(dir, 'a.csv'), 'arm,time,n_at_risk\nA,0,10\nA,3,x\n');
		const bad = run('--atrisk', join(dir, 'a.csv'), '--out', join(dir, 'o.csv'));
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/a\.csv, row 3, column "n_at_risk"/);
		expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
		writeFileSync(join(dir, 'c.csv'), '0,1\n2,oops\n');
		writeFileSync(join(dir, 'b.csv'), 'arm,time,n_at_risk\nA,0,10\nA,3,5\n');
		const badCurve = run(
			'--atrisk',
			join(dir, 'b.csv'),
			'--out',
			join(dir, 'o.csv'),
			'--curve',
			`A=${join(dir, 'c.csv')}`
		);
		expect(badCurve.status).toBe(2);
		expect(badCurve.stderr).toMatch(/c\.csv, row 2, column "y"/);
		expect(run('--out', 'x.csv').status).toBe(2);
		expect(run('--atrisk', join(dir, 'b.csv'), '--out', join(dir, 'o.csv'), '--events', 'Z=3').stderr).toMatch(
			/arm Z is not in/
		);
		const help = run('--help');
		expect(help.status).toBe(0);
		for (const opt of [
			'--atrisk FILE',
			'--out FILE',
			'--curve ARM=FILE',
			'--events ARM=N',
			'--median ARM=VALUE',
			'--median-ci ARM=LO,HI',
			'--json'
		])
			expect(help.stdout).toContain(opt);
	}, 30_000);
});
