// npm run bench: the performance budgets of DEVELOPERS.md that apply so far, measured on the built site and the loader.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { readDocuments } from '../src/lib/documents/readDocuments';
import { verifyCatalog } from '../src/lib/verify/verifyCatalog';
import { browserTimings } from './bench/browser';
import { bigAdverseReactionCsv, bigIpdCsv } from './bench/bigUploads';
import { MAX_UPLOAD_BYTES } from '../src/lib/data/upload';
import { maxOf } from '../src/lib/util/extremes';

const BUILD = 'build';
const LANDING_BUDGET_KB = 150;

function landingJs(page: string): { files: string[]; gzipBytes: number } {
	const html = readFileSync(join(BUILD, page), 'utf8');
	// SvelteKit lists the entry's static imports as modulepreload links and starts it with an inline import()
	const base = dirname(join(BUILD, page));
	const todo: string[] = [];
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		if (/rel="modulepreload"/.test(m[0])) todo.push(normalize(join(base, /href="([^"]+)"/.exec(m[0])![1]!)));
	}
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) todo.push(normalize(join(base, m[1]!)));
	// then every static import of those modules (dynamic import() chunks load only on other pages)
	const seen = new Set<string>();
	while (todo.length > 0) {
		const f = todo.pop()!;
		if (seen.has(f)) continue;
		seen.add(f);
		const js = readFileSync(f, 'utf8');
		for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g))
			todo.push(normalize(join(dirname(f), m[1]!)));
	}
	const files = [...seen];
	const gzipBytes = files.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0);
	return { files, gzipBytes };
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
}

if (!existsSync(join(BUILD, 'index.html'))) {
	console.error('build/index.html is missing: run `npm run build` first (npm run bench does).');
	process.exit(1);
}

const results: { name: string; value: string; budget: string; ok: boolean }[] = [];
for (const page of ['index.html', 'en/index.html']) {
	const { files, gzipBytes } = landingJs(page);
	const kb = gzipBytes / 1024;
	results.push({
		name: `JS on /${page.replace('index.html', '')} (${files.length} files, gzip -9)`,
		value: `${kb.toFixed(1)} KB`,
		budget: `≤ ${LANDING_BUDGET_KB} KB`,
		ok: kb <= LANDING_BUDGET_KB
	});
}

const runs: number[] = [];
let rows = 0;
let datasets = 0;
for (let i = 0; i < 15; i++) {
	const t0 = performance.now();
	const r = readDocuments();
	runs.push(performance.now() - t0);
	if (r.errors.length > 0) throw new Error(`data errors: ${r.errors.length}`);
	datasets = r.datasets.length;
	rows = r.datasets.reduce((s, d) => s + d.rows.length, 0);
}
const ms = median(runs);
results.push({
	name: `read + validate all ${datasets} datasets (${rows} rows), median of 15`,
	value: `${ms.toFixed(1)} ms`,
	budget: '< 1000 ms',
	ok: ms < 1000
});

const loaded = readDocuments();
const verifyRuns: number[] = [];
let checks = 0;
for (let i = 0; i < 15; i++) {
	const t0 = performance.now();
	checks = verifyCatalog(loaded.datasets, loaded.profiles).checks.length;
	verifyRuns.push(performance.now() - t0);
}
const vms = median(verifyRuns);
results.push({
	name: `verify the bundled documents (${checks} checks), median of 15`,
	value: `${vms.toFixed(1)} ms`,
	budget: '< 1000 ms',
	ok: vms < 1000
});

// the browser budgets: a crosshair update under one 60 Hz frame, every page interactive within a second
const CROSSHAIR_BUDGET_MS = 16;
const PAGES = [
	'/',
	'/trials/',
	'/trials/mm-003/',
	'/efficacy/',
	'/survival/',
	'/safety/',
	'/guideline/',
	'/rmp/',
	'/rmp/surveys/',
	'/verification/',
	'/datasets/',
	'/datasets/gl_t12_crb401_adverse_reactions/',
	'/documents/guideline/',
	'/present/',
	'/analyze/',
	'/glossary/'
];
const pct = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
// uploads: the two large e2e files and an adverse-reaction table just under the size limit
const LONG_TASK_BUDGET_MS = 200;
// row lengths grow with the row number: shrink until the file is just under the limit
let nearLimit = bigAdverseReactionCsv(Math.floor((135_000 * MAX_UPLOAD_BYTES) / bigAdverseReactionCsv().length));
while (nearLimit.length > MAX_UPLOAD_BYTES * 0.98)
	nearLimit = bigAdverseReactionCsv(Math.floor(nearLimit.toString('latin1').split('\n').length * 0.97));
const uploads = [
	{ name: 'ipd_200000_patients.csv', buffer: bigIpdCsv() },
	{ name: 'adverse_reactions_135000_rows.csv', buffer: bigAdverseReactionCsv() },
	{ name: 'adverse_reactions_near_limit.csv', buffer: nearLimit }
];
const browser = await browserTimings([...PAGES, ...PAGES.map((p) => `/en${p}`)], uploads);
for (const c of browser.crosshair) {
	const p95 = pct(c.samples, 0.95);
	results.push({
		name: `crosshair update ${c.name} (${c.samples.length}×; median ${median(c.samples).toFixed(2)} ms, max ${maxOf(c.samples).toFixed(2)} ms), p95`,
		value: `${p95.toFixed(2)} ms`,
		budget: `< ${CROSSHAIR_BUDGET_MS} ms`,
		ok: p95 < CROSSHAIR_BUDGET_MS
	});
}
for (const u of browser.uploads) {
	const worst = maxOf(u.samples);
	results.push({
		name: `longest main-thread task, upload of ${u.name} (worst of ${u.samples.length})`,
		value: `${worst.toFixed(0)} ms`,
		budget: `≤ ${LONG_TASK_BUDGET_MS} ms`,
		ok: worst <= LONG_TASK_BUDGET_MS
	});
}
for (const t of browser.interactive)
	results.push({
		name: `interactive ${t.path} (cold context, median of 3)`,
		value: `${t.ms.toFixed(0)} ms`,
		budget: '< 1000 ms',
		ok: t.ms < 1000
	});

const width = maxOf(results, (r) => r.name.length);
for (const r of results)
	console.log(`${r.ok ? 'ok  ' : 'OVER'}  ${r.name.padEnd(width)}  ${r.value.padStart(9)}  (${r.budget})`);
if (results.some((r) => !r.ok)) process.exitCode = 1;
