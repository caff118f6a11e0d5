// npm run verify: recompute every printed proportion, interval, test and sample size of a data folder.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOCUMENTS_DIR, readDocuments } from '../src/lib/documents/readDocuments';
import { formatDataError } from '../src/lib/data/dataError';
import { verifyCatalog } from '../src/lib/verify/verifyCatalog';
import { CHECK_STATUSES, type Check } from '../src/lib/verify/check';

const HELP = `Usage: npm run verify -- [options]

Recomputes every printed percentage (with its count and denominator), every proportion confidence
interval (naming each method that reproduces it: clopper-pearson, wald, wald-truncated, wilson,
wilson-cc, agresti-coull, jeffreys, mid-p), the one-sample test p-values, hazard-ratio interval
consistency, count sums and the RMP sample-size rationales, and compares each with the printed
string at its printed precision (round half up). Survival statistics are recomputed from patient
data rebuilt from the numbers at risk where a document's profile names them (approximate by
construction); the others are listed as not recomputable.

Options:
  --json        print the report as one JSON object: { "summary": {...}, "checks": [...] }
                each check: id, document, location, where, kind, numerator, denominator,
                published, recomputed, method, stated_method, status, detail, explanation
                (+ method_explanation, stated_method_explanation, reproducing_methods, by_method,
                flags, dataset, source_line)
                location and detail are stable English sentences; the same as codes for wording
                in another language:
                  explanation  one { "code", "params" } per sentence of detail, e.g.
                               { "code": "percent_matches", "params": { "count": 88, "n": 90,
                                 "exact": "97.7778", "recomputed": "97.8" } }
                  where        { document (its slug), document_en, document_ja, table ("text" for
                               running text), section, line, file, group_en, group_ja,
                               quantity: { "code", "params" } }
                  method_explanation  { "code", "params" } when method is a description
                  stated_method_explanation  the same for a survival method a footnote states
                printed numbers stay strings as printed; the codes and their parameters are
                listed in src/lib/verify/explanation.ts and docs/verification-report.md
  --data DIR    verify another document folder (document.json + catalog.json + CSV files + the
                source text) or a folder of them, laid out like src/lib/documents/<slug>/
                (see docs/architecture.md); default: src/lib/documents
  --out FILE    also write the JSON report to FILE
  --strict      exit with code 1 when any check is a mismatch
  --help        show this help

Statuses: reproduced | reproduced-other-method | approximate | mismatch | not-recomputable
npm prints its own "> trial-evidence-explorer verify" banner before any output; for a clean JSON
stream use  npm run --silent verify -- --json  (or --out FILE).

Exit codes: 0 done; 1 --strict and a mismatch was found; 2 bad arguments or a malformed data file
(the message names file, row and column).`;

function fail(message: string): never {
	process.stderr.write(`verify: ${message}\n`);
	process.exit(2);
}

const args = process.argv.slice(2);
let json = false;
let strict = false;
let dir = DOCUMENTS_DIR;
let outFile: string | null = null;
for (let i = 0; i < args.length; i++) {
	const a = args[i]!;
	if (a === '--help' || a === '-h') {
		process.stdout.write(`${HELP}\n`);
		process.exit(0);
	} else if (a === '--json') json = true;
	else if (a === '--strict') strict = true;
	else if (a === '--data') {
		const next = args[++i];
		if (!next || next.startsWith('--')) fail('--data needs a folder, e.g. --data src/lib/documents/guideline');
		dir = next;
	} else if (a.startsWith('--data=')) dir = a.slice('--data='.length);
	else if (a === '--out') {
		const next = args[++i];
		if (!next || next.startsWith('--')) fail('--out needs a file name, e.g. --out report.json');
		outFile = next;
	} else fail(`unknown option ${a} (see --help)`);
}

const { datasets, profiles, errors } = readDocuments(resolve(dir));
if (errors.length > 0) {
	const more =
		errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''} in ${dir})` : '';
	fail(`${formatDataError(errors[0]!)}${more}`);
}

// the survival endpoints the profiles name are rebuilt once, inside, and the report's survival checks read them
const report = verifyCatalog(datasets, profiles);
if (outFile) {
	try {
		writeFileSync(outFile, `${JSON.stringify(report, null, 1)}\n`);
	} catch (e) {
		fail(`cannot write ${outFile}: ${(e as Error).message}`);
	}
}
const mismatches = report.checks.filter((c) => c.status === 'mismatch').length;

if (json) {
	process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
} else {
	const out: string[] = [];
	out.push(`Verified ${report.summary.total} printed numbers in ${datasets.length} datasets (${dir})`);
	for (const s of CHECK_STATUSES) out.push(`  ${s.padEnd(24)} ${String(report.summary[s]).padStart(5)}`);
	const line = (c: Check) =>
		`  [${c.kind}] ${c.location} (${c.document}, line ${c.source_line})\n    printed ${c.published} → recomputed ${c.recomputed ?? '—'}${c.method ? ` (${c.method})` : ''}\n    ${c.detail}`;
	for (const s of CHECK_STATUSES.filter((x) => x !== 'reproduced')) {
		const items = report.checks.filter((c) => c.status === s);
		if (items.length === 0) continue;
		out.push('', `${s} (${items.length}):`);
		// survival statistics wait for the survival engine: one line each is enough
		for (const c of items) out.push(c.kind === 'survival' ? `  [survival] ${c.location}: ${c.published}` : line(c));
	}
	const flagged = report.checks.filter((c) => c.status.startsWith('reproduced') && (c.flags?.length ?? 0) > 0);
	if (flagged.length > 0) {
		out.push('', `reproduced, but with a warning (${flagged.length}):`);
		for (const c of flagged) out.push(`${line(c)}\n    flags: ${c.flags!.join(', ')}`);
	}
	process.stdout.write(`${out.join('\n')}\n`);
}
if (strict && mismatches > 0) process.exit(1);
