import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_DIR } from '$lib/documents/readDocuments';

// tsx directly, not through npx: npx adds npm's own warnings to stderr
const TSX = 'node_modules/.bin/tsx';
const run = (...args: string[]) =>
	spawnSync(TSX, ['--tsconfig', 'tsconfig.json', 'scripts/verify.ts', ...args], { encoding: 'utf8' });

function copyData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'tee-verify-'));
	cpSync(DOCUMENTS_DIR, dir, { recursive: true });
	return dir;
}

describe('npm run verify', () => {
	it('--json prints one JSON object with the summary and every check', () => {
		// the report is about 2 MB (explanations and places as codes beside the English): more than the default buffer
		const out = execFileSync(TSX, ['--tsconfig', 'tsconfig.json', 'scripts/verify.ts', '--json'], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
		const report = JSON.parse(out);
		expect(report.summary.mismatch).toBe(3);
		expect(report.summary.total).toBe(report.checks.length);
		const keys = [
			'id',
			'document',
			'location',
			'where',
			'kind',
			'numerator',
			'denominator',
			'published',
			'recomputed',
			'method',
			'stated_method',
			'status',
			'detail',
			'explanation'
		];
		for (const c of report.checks) for (const k of keys) expect(Object.hasOwn(c, k), `${c.id} lacks ${k}`).toBe(true);
		// the explanation and the place as codes with parameters, beside the English detail and location
		const t2 = report.checks.find((c: { id: string }) => c.id === 'gl_t2_mm001_2019_orr/d300/ci');
		expect(t2.explanation).toEqual([
			{ code: 'interval_stated_reproduces', params: { stated: 'clopper-pearson', also: [] } }
		]);
		expect(t2.where).toEqual({
			document: 'guideline',
			document_en: 'guideline',
			document_ja: 'ガイドライン',
			table: 'Table 2',
			line: 131,
			group_en: 'Foreign cohort, 300×10⁶ CAR+ T cells',
			group_ja: '外国人コホート 300×10⁶個',
			quantity: { code: 'orr_ci', params: { level: '95' } }
		});
	}, 30_000);

	it('--data verifies one document folder, data plus its profile: CheckMate 017', () => {
		const out = execFileSync(
			TSX,
			['--tsconfig', 'tsconfig.json', 'scripts/verify.ts', '--json', '--data', 'src/lib/documents/checkmate-017'],
			{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
		);
		const report = JSON.parse(out);
		expect(new Set(report.checks.map((c: { document: string }) => c.document))).toEqual(
			new Set(['checkmate017_brahmer2015.txt'])
		);
		expect(report.summary).toMatchObject({ total: 22, reproduced: 18, approximate: 4, mismatch: 0 });
		// the hazard ratio rebuilt from the numbers at risk, the deaths and the medians, against the printed 0.59 [0.44, 0.79]
		const hr = report.checks.find(
			(c: { id: string }) => c.id === 'cm017_os/overall/nivolumab_vs_docetaxel/hazard_ratio/survival'
		);
		expect([hr.published, hr.recomputed, hr.status]).toEqual(['0.59 [0.44, 0.79]', '0.60 [0.45, 0.79]', 'approximate']);
	}, 30_000);

	it('--strict exits 1 on a mismatch; without it the run exits 0', () => {
		expect(run('--strict').status).toBe(1);
		const plain = run();
		expect(plain.status).toBe(0);
		expect(plain.stdout).toMatch(/mismatch\s+3/);
	}, 30_000);

	it('a malformed file ends the run with exit code 2 and one message naming file, row and column, no stack trace', () => {
		const dir = copyData();
		const file = join(dir, 'guideline', 'gl_t2_mm001_2019_best_response.csv');
		const lines = readFileSync(file, 'utf8').split('\n');
		lines[2] = lines[2]!.replace(/,4,CR,CR,complete response,0,/, ',4,CR,CR,complete response,-1,');
		writeFileSync(file, lines.join('\n'));
		const r = run('--data', dir);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(/gl_t2_mm001_2019_best_response\.csv, row 3, column "count": expected a whole number/);
		expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
	}, 30_000);

	it('rejects unknown options and a missing folder with exit code 2', () => {
		expect(run('--bogus').status).toBe(2);
		const r = run('--data', join(tmpdir(), 'no-such-folder-tee'));
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/no-such-folder-tee: expected a folder of documents, found "no such folder"/);
	}, 30_000);

	it('--help documents every option', () => {
		const r = run('--help');
		expect(r.status).toBe(0);
		for (const opt of [
			'--json',
			'--data DIR',
			'--strict',
			'--out FILE',
			'--help',
			'clopper-pearson',
			'mid-p',
			'Exit codes',
			'explanation',
			'where',
			'method_explanation'
		])
			expect(r.stdout).toContain(opt);
	}, 30_000);
});
