// Fuzzing every parser and validator of user-facing data (issue 6): generated malformed inputs must never throw,
// a file with any problem must yield no data, and every problem must say where it is.
// Fixed seeds keep CI deterministic; change a seed locally to explore further.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateCatalog } from '$lib/data/catalog';
import { DOCUMENTS_DIR, readDocumentsOrThrow } from '$lib/documents/readDocuments';
import type { DataError } from '$lib/data/dataError';
import { parseDataset } from '$lib/data/parseDataset';
import { SCHEMAS, type Schema, type SchemaKind } from '$lib/data/schemas';
import { parseAtRiskCsv, parseCurveCsv } from '$lib/data/survivalInputs';
import { parseUpload, UPLOAD_KINDS } from '$lib/data/upload';
import { parseSurvivalSummaryCsv } from '$lib/data/survivalSummary';

const FILE = 'fuzz.csv';

// ---------------------------------------------------------------------------------------------------------------
// Invariants every result must satisfy

/** Number of lines of a text as an editor counts them (\r\n, \n and \r each end a line). */
function lineCount(text: string): number {
	return text.split(/\r\n|\n|\r/).length;
}

/** Problems that concern the whole file and so have no row. */
const WHOLE_FILE = /^(a CSV|two columns|at least|a file with fewer problems|a JSON array)/;

function checkErrors(errors: readonly DataError[], text: string, file = FILE): void {
	const lines = lineCount(text);
	// plain checks first (a file can have thousands of errors), then one assertion listing what is wrong
	const wrong = errors.filter(
		(e) =>
			e.file !== file ||
			typeof e.expected !== 'string' ||
			e.expected === '' ||
			(e.row === null ? !WHOLE_FILE.test(e.expected) : !Number.isInteger(e.row) || e.row < 1 || e.row > lines) ||
			!(e.column === null || typeof e.column === 'string') ||
			!(e.found === undefined || typeof e.found === 'string')
	);
	expect(wrong.slice(0, 3), `of ${lines} lines`).toEqual([]);
}

/** Runs a parser, checks the invariants and returns its errors and the number of data items it accepted. */
type Run = (text: string) => { errors: readonly DataError[]; items: number };

function invariant(run: Run, text: string): { errors: readonly DataError[]; items: number } {
	const r = run(text); // an exception here fails the property with the input that caused it
	checkErrors(r.errors, text);
	// never half-accepted, and never silently empty
	if (r.errors.length > 0) expect(r.items).toBe(0);
	else expect(r.items).toBeGreaterThan(0);
	return r;
}

const runDataset =
	(schema: Schema): Run =>
	(text) => {
		const r = parseDataset(text, FILE, schema);
		expect(r.lines.length).toBe(r.rows.length);
		return { errors: r.errors, items: r.rows.length };
	};
const runAtRisk: Run = (text) => {
	const r = parseAtRiskCsv(text, FILE);
	return { errors: r.errors, items: r.rows.length };
};
const runCurve: Run = (text) => {
	const r = parseCurveCsv(text, FILE);
	return { errors: r.errors, items: r.points.length };
};
const runUpload =
	(kind: (typeof UPLOAD_KINDS)[number]): Run =>
	(text) => {
		const r = parseUpload(text, FILE, kind);
		if (r.errors.length > 0) expect(r.data).toBeNull();
		const d = r.data;
		const items = d === null ? 0 : 'points' in d ? d.points.length : 'summary' in d ? 1 : d.rows.length;
		return { errors: r.errors, items };
	};

// ---------------------------------------------------------------------------------------------------------------
// Generators of arbitrary text

const LINE_ENDS = ['\n', '\r\n', '\r'] as const;

/** Text that is mostly not CSV at all: unicode, random bytes read as latin1, BOMs, NULs, lone quotes, long lines. */
function noise(tokens: readonly string[]): fc.Arbitrary<string> {
	return fc.oneof(
		fc.string({ unit: 'binary', maxLength: 200 }),
		fc.string({ unit: 'grapheme', maxLength: 200 }),
		fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')),
		fc
			.array(
				fc.constantFrom(
					',',
					'"',
					'""',
					...LINE_ENDS,
					'\uFEFF',
					'\0',
					' ',
					'-',
					'.',
					'0',
					'1',
					'12',
					'NE',
					'é',
					'×10⁶',
					'\t',
					...tokens
				),
				{ maxLength: 120 }
			)
			.map((a) => a.join('')),
		fc
			.tuple(fc.constantFrom('a', '1,', '"', ',"', '\0', 'あ'), fc.integer({ min: 2_000, max: 10_000 }))
			.map(([s, n]) => s.repeat(n))
	);
}

/** CSV-shaped text: a header (the right one, a shuffled one or none) and rows of cells drawn from valid and junk values. */
function csvish(header: readonly string[], cells: readonly string[]): fc.Arbitrary<string> {
	const cell = fc.oneof(
		{ weight: 4, arbitrary: fc.constantFrom(...cells) },
		{
			weight: 1,
			arbitrary: fc.constantFrom(
				'',
				'"',
				'"a',
				'a"',
				'"a""b"',
				'"x,y"',
				'-1',
				'1e3',
				'101',
				' 1',
				'NE',
				'\0',
				'n/a',
				'"\n"'
			)
		},
		{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }
	);
	const headerLine = fc.oneof(
		fc.constant(header.join(',')),
		fc.shuffledSubarray([...header]).map((h) => h.join(',')),
		fc.constant('')
	);
	const row = fc.array(cell, { minLength: 0, maxLength: header.length + 2 }).map((c) => c.join(','));
	return fc
		.tuple(fc.boolean(), headerLine, fc.array(row, { maxLength: 6 }), fc.constantFrom(...LINE_ENDS), fc.boolean())
		.map(([bom, h, rows, eol, final]) => (bom ? '\uFEFF' : '') + [h, ...rows].join(eol) + (final ? eol : ''));
}

function arbitraryText(header: readonly string[], cells: readonly string[]): fc.Arbitrary<string> {
	return fc.oneof(
		{ weight: 1, arbitrary: noise([...header, ...cells.slice(0, 20)]) },
		{ weight: 2, arbitrary: csvish(header, cells) }
	);
}

// ---------------------------------------------------------------------------------------------------------------
// Valid files and the mutations made of them

interface Table {
	readonly header: string[];
	readonly rows: string[][];
}

const quote = (s: string) => (/[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);

/** Serialises a table; `raw` replaces the text of one row (for mutations below the level of cells). Returns the text and the file line of each data row. */
function serialise(t: Table, eol: string, raw?: { row: number; text: string }): { text: string; lineOf: number[] } {
	const out = [t.header.map(quote).join(',')];
	const lineOf: number[] = [];
	let line = 1 + lineCount(out[0]!) - 1;
	t.rows.forEach((cells, i) => {
		const text = raw?.row === i ? raw.text : cells.map(quote).join(',');
		lineOf.push(line + 1);
		line += lineCount(text);
		out.push(text);
	});
	return { text: out.join(eol) + eol, lineOf };
}

function readTable(text: string): Table {
	const data = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: ',' }).data;
	return { header: data[0]!, rows: data.slice(1) };
}

interface Catalogued {
	readonly file: string;
	readonly schema: SchemaKind;
}
const guidelineFolder = join(DOCUMENTS_DIR, 'guideline');
const catalog = readDocumentsOrThrow().datasets.map((d) => ({
	file: join(DOCUMENTS_DIR, d.source?.slug ?? '', d.entry.file),
	schema: d.entry.schema
})) as Catalogued[];

/** Up to 4 real rows of one bundled file of each schema (rows chosen so every column has some non-empty value if possible). */
const SAMPLES = new Map<SchemaKind, Table>();
for (const kind of Object.keys(SCHEMAS) as SchemaKind[]) {
	const files = catalog.filter((e) => e.schema === kind).map((e) => e.file);
	expect(files.length, kind).toBeGreaterThan(0);
	const t = readTable(readFileSync(files[0]!, 'utf8'));
	SAMPLES.set(kind, { header: t.header, rows: t.rows.slice(0, 4) });
}

type Expect = { row: number; column: string | null };
interface Mutant {
	readonly name: string;
	readonly text: string;
	readonly expect: Expect;
}

const NUMERIC = new Set(['count', 'percent', 'line']);

/** All mutations of a bundled sample that make one precisely located problem. */
function datasetMutants(kind: SchemaKind, eol: string, pick: (n: number) => number): Mutant[] {
	const schema: Schema = SCHEMAS[kind];
	const t = SAMPLES.get(kind)!;
	const clone = (): Table => ({ header: [...t.header], rows: t.rows.map((r) => [...r]) });
	const r = pick(t.rows.length);
	const at = (table: Table, _rowIndex = r, raw?: { row: number; text: string }) => serialise(table, eol, raw);
	const lineOfRow = at(t).lineOf[r]!;
	const mutants: Mutant[] = [];
	const cell = (name: string, value: string, label: string) => {
		const m = clone();
		m.rows[r]![m.header.indexOf(name)] = value;
		mutants.push({ name: `${label} ${name}`, text: at(m).text, expect: { row: lineOfRow, column: name } });
	};
	const numeric = schema.columns.filter((c) => NUMERIC.has(c.type.kind));
	const n1 = numeric[pick(numeric.length)]!;
	const v = t.rows[r]![t.header.indexOf(n1.name)]!;
	cell(n1.name, `-${v === '' ? '1' : v}`, 'negative');
	const printedOrNumeric = schema.columns.filter(
		(c) => NUMERIC.has(c.type.kind) || c.type.kind === 'printed' || c.type.kind === 'date'
	);
	cell(
		printedOrNumeric[pick(printedOrNumeric.length)]!.name,
		['abc', 'n/a', '1,5', '12a', '５'][pick(5)]!,
		'non-numeric'
	);
	const required = schema.columns.filter((c) => c.required);
	cell(required[pick(required.length)]!.name, '', 'empty');
	const enums = schema.columns.filter((c) => c.type.kind === 'enum' || c.type.kind === 'id');
	if (enums.length > 0) cell(enums[pick(enums.length)]!.name, 'Not-An-Option', 'not allowed');
	const spaced = schema.columns.filter((c) => c.required);
	const sp = spaced[pick(spaced.length)]!;
	const spv = t.rows[r]![t.header.indexOf(sp.name)]!;
	if (spv !== '') cell(sp.name, ` ${spv}`, 'leading space in');
	// a count larger than its N, where the row prints both
	for (const [countCol, limitCol] of [
		['count', 'n'],
		['responders', 'n'],
		['count', 'denominator']
	] as const) {
		if (!t.header.includes(countCol) || !t.header.includes(limitCol)) continue;
		const n = t.rows[r]![t.header.indexOf(limitCol)]!;
		if (/^\d+$/.test(n)) cell(countCol, String(Number(n) + 1 + pick(50)), `larger than ${limitCol}:`);
	}
	// header mutations: an unknown column, a dropped column, a name given twice
	{
		const m = clone();
		const pos = pick(m.header.length + 1);
		m.header.splice(pos, 0, 'unknown_extra');
		m.rows.forEach((row) => row.splice(pos, 0, 'x'));
		mutants.push({ name: 'unknown column', text: at(m).text, expect: { row: 1, column: 'unknown_extra' } });
	}
	{
		const m = clone();
		const pos = pick(m.header.length);
		const [gone] = m.header.splice(pos, 1);
		m.rows.forEach((row) => row.splice(pos, 1));
		mutants.push({ name: `dropped column ${gone}`, text: at(m).text, expect: { row: 1, column: gone! } });
	}
	{
		const m = clone();
		const i = pick(m.header.length);
		const j = (i + 1 + pick(m.header.length - 1)) % m.header.length;
		const replaced = m.header[i]!;
		m.header[i] = m.header[j]!;
		// the replaced column is now missing
		mutants.push({
			name: `duplicated header ${m.header[j]} over ${replaced}`,
			text: at(m).text,
			expect: { row: 1, column: replaced }
		});
	}
	{
		// the header line given twice: its copy is a data row whose source_line is not a number
		const m = clone();
		m.rows.splice(r, 0, [...m.header]);
		mutants.push({
			name: 'duplicated header line',
			text: at(m).text,
			expect: { row: at(m).lineOf[r]!, column: 'source_line' }
		});
	}
	// row-level syntax: an extra cell, a missing cell, an unterminated quote
	const plain = t.rows[r]!.map(quote).join(',');
	mutants.push({
		name: 'extra cell',
		text: at(t, r, { row: r, text: `${plain},extra` }).text,
		expect: { row: lineOfRow, column: null }
	});
	mutants.push({
		name: 'missing cell',
		text: at(t, r, { row: r, text: t.rows[r]!.slice(1).map(quote).join(',') }).text,
		expect: { row: lineOfRow, column: null }
	});
	const ci = pick(t.header.length);
	const broken = t.rows[r]!.map((c, i) => (i === ci ? `"${c.replace(/"/g, '')}` : quote(c))).join(',');
	mutants.push({
		name: `unterminated quote in ${t.header[ci]}`,
		text: at(t, r, { row: r, text: broken }).text,
		expect: { row: lineOfRow, column: null }
	});
	return mutants;
}

/** Some error sits exactly where the mutation was made. */
function located(errors: readonly DataError[], e: Expect): boolean {
	return errors.some((x) => x.row === e.row && (e.column === null || x.column === e.column));
}

// ---------------------------------------------------------------------------------------------------------------

const KINDS = Object.keys(SCHEMAS) as SchemaKind[];
// 14 schemas × (400 arbitrary + 300 structured) ≈ 9,800 inputs through parseDataset alone
const DATASET_RUNS = { arbitrary: 400, structured: 300 };

/** Valid cell values of a sample, the pool the CSV-shaped generator draws from. */
const poolOf = (t: Table) => [...new Set(t.rows.flat())].filter((c) => c.length < 80);

describe('parseDataset, every schema', { timeout: 60_000 }, () => {
	for (const kind of KINDS) {
		const schema: Schema = SCHEMAS[kind];
		const t = SAMPLES.get(kind)!;

		it(`${kind}: the bundled sample itself is accepted`, () => {
			const r = parseDataset(serialise(t, '\n').text, FILE, schema);
			expect(r.errors).toEqual([]);
			expect(r.rows).toHaveLength(t.rows.length);
		});

		it(`${kind}: arbitrary text never throws and every rejection is located`, () => {
			fc.assert(
				fc.property(arbitraryText(t.header, poolOf(t)), (text) => {
					invariant(runDataset(schema), text);
				}),
				{ numRuns: DATASET_RUNS.arbitrary, seed: 6001 + KINDS.indexOf(kind) }
			);
		});

		it(`${kind}: one mutation of a valid file is rejected at the mutated row and column`, () => {
			fc.assert(
				fc.property(fc.infiniteStream(fc.nat()), fc.constantFrom('\n', '\r\n'), fc.nat(), (stream, eol, which) => {
					const iter = stream[Symbol.iterator]();
					const pick = (n: number) => (n <= 1 ? 0 : iter.next().value! % n);
					const mutants = datasetMutants(kind, eol, pick);
					const m = mutants[which % mutants.length]!;
					const r = invariant(runDataset(schema), m.text);
					expect(r.errors.length, m.name).toBeGreaterThan(0);
					expect(
						located(r.errors, m.expect),
						`${m.name}: expected an error at ${JSON.stringify(m.expect)}, got ${JSON.stringify(r.errors)}`
					).toBe(true);
				}),
				{ numRuns: DATASET_RUNS.structured, seed: 6101 + KINDS.indexOf(kind) }
			);
		});
	}
});

// ---------------------------------------------------------------------------------------------------------------
// Numbers at risk and digitized curves (the reconstruction's inputs)

const AT_RISK: Table = {
	header: ['arm', 'time', 'n_at_risk'],
	rows: [
		['ide-cel', '0', '254'],
		['ide-cel', '3', '206'],
		['ide-cel', '6', '155'],
		['standard', '0', '132'],
		['standard', '3', '82'],
		['standard', '6', '51']
	]
};
const CURVE: Table = {
	header: ['x', 'y'],
	rows: [
		['0', '100'],
		['1.5', '92.4'],
		['3', '80.1'],
		['6.25', '61'],
		['9', '47.5']
	]
};

/** Blank lines (which these two parsers skip) put in at random places: the located row must still be the file line. */
function withBlankLines(
	t: Table,
	eol: string,
	raw: { row: number; text: string } | undefined,
	blanks: readonly number[]
): { text: string; lineOf: number[] } {
	const lines = [t.header.join(','), ...t.rows.map((cells, i) => (raw?.row === i ? raw.text : cells.join(',')))];
	const out: string[] = [];
	const lineOf: number[] = [];
	lines.forEach((l, i) => {
		if (i > 0) for (let b = 0; b < (blanks[i] ?? 0); b++) out.push('');
		if (i > 0) lineOf.push(out.length + 1);
		out.push(l);
	});
	return { text: out.join(eol) + eol, lineOf };
}

function survivalMutants(
	kind: 'at_risk' | 'curve',
	eol: string,
	pick: (n: number) => number,
	blanks: readonly number[]
): Mutant[] {
	const t = kind === 'at_risk' ? AT_RISK : CURVE;
	const clone = (): Table => ({ header: [...t.header], rows: t.rows.map((r) => [...r]) });
	const r = pick(t.rows.length);
	const at = (m: Table, raw?: { row: number; text: string }) => withBlankLines(m, eol, raw, blanks);
	const line = at(t).lineOf[r]!;
	const mutants: Mutant[] = [];
	const cell = (col: number, value: string, label: string) => {
		const m = clone();
		m.rows[r]![col] = value;
		mutants.push({
			name: `${label} ${t.header[col]} "${value}"`,
			text: at(m).text,
			expect: { row: line, column: t.header[col]! }
		});
	};
	if (kind === 'at_risk') {
		cell(1, `-${1 + pick(9)}`, 'negative');
		cell(2, `-${t.rows[r]![2]}`, 'negative');
		cell(1 + pick(2), ['abc', 'n/a', '12a', '1..2', '１'][pick(5)]!, 'non-numeric');
		cell(pick(3), '', 'empty');
		cell(2, '2.5', 'fractional');
		// a number at risk larger than the one before it (the arm's N at time 0 when r is the first)
		if (r % 3 !== 0) cell(2, String(Number(t.rows[r - 1]![2]) + 1 + pick(20)), 'rising');
		if (r % 3 !== 0) cell(1, t.rows[r - 1]![1]!, 'time not after the previous');
		const hm = clone();
		hm.header.splice(pick(4), 0, 'extra');
		hm.rows.forEach((row) => row.push('1'));
		mutants.push({ name: 'unknown column', text: at(hm).text, expect: { row: 1, column: null } });
		const dm = clone();
		const gone = pick(3);
		dm.header.splice(gone, 1);
		dm.rows.forEach((row) => row.splice(gone, 1));
		mutants.push({ name: 'dropped column', text: at(dm).text, expect: { row: 1, column: null } });
		const dup = clone();
		dup.header[pick(3)] = dup.header[pick(3)] === 'arm' ? 'time' : 'arm';
		if (dup.header.join(',') !== t.header.join(','))
			mutants.push({ name: 'duplicated header name', text: at(dup).text, expect: { row: 1, column: null } });
		const again = clone();
		again.rows.splice(r, 0, [...t.header]);
		mutants.push({
			name: 'duplicated header line',
			text: at(again).text,
			expect: { row: at(again).lineOf[r]!, column: 'time' }
		});
	} else {
		cell(pick(2), ['abc', 'n/a', '12a', '1..2', '１'][pick(5)]!, 'non-numeric');
		cell(1, ['-5', '150', '101.5'][pick(3)]!, 'out of range');
		// a y-value left empty: the row then has one cell short of x, y
		cell(1, '', 'empty');
	}
	const plain = t.rows[r]!.join(',');
	mutants.push({
		name: 'extra cell',
		text: at(t, { row: r, text: `${plain},7` }).text,
		expect: { row: line, column: null }
	});
	mutants.push({
		name: 'missing cell',
		text: at(t, { row: r, text: t.rows[r]!.slice(1).join(',') }).text,
		expect: { row: line, column: null }
	});
	const ci = pick(t.header.length);
	mutants.push({
		name: `unterminated quote in ${t.header[ci]}`,
		text: at(t, { row: r, text: t.rows[r]!.map((c, i) => (i === ci ? `"${c}` : c)).join(',') }).text,
		expect: { row: line, column: null }
	});
	return mutants;
}

const RUNS = { arbitrary: 700, structured: 500 };

for (const [name, kind, run] of [
	['parseAtRiskCsv', 'at_risk', runAtRisk],
	['parseCurveCsv', 'curve', runCurve]
] as const) {
	describe(name, { timeout: 60_000 }, () => {
		const t = kind === 'at_risk' ? AT_RISK : CURVE;
		it('accepts the valid sample, with blank lines too', () => {
			expect(invariant(run, withBlankLines(t, '\n', undefined, []).text)).toEqual({ errors: [], items: t.rows.length });
			expect(invariant(run, withBlankLines(t, '\r\n', undefined, [0, 2, 0, 1]).text)).toEqual({
				errors: [],
				items: t.rows.length
			});
		});
		it('arbitrary text never throws and every rejection is located', () => {
			fc.assert(
				fc.property(arbitraryText(t.header, poolOf(t)), (text) => {
					invariant(run, text);
				}),
				{ numRuns: RUNS.arbitrary, seed: kind === 'at_risk' ? 6201 : 6202 }
			);
		});
		it('one mutation of a valid file is rejected at the mutated row and column', () => {
			fc.assert(
				fc.property(
					fc.infiniteStream(fc.nat()),
					fc.constantFrom('\n', '\r\n'),
					fc.array(fc.nat({ max: 2 }), { maxLength: 7 }),
					fc.nat(),
					(stream, eol, blanks, which) => {
						const iter = stream[Symbol.iterator]();
						const pick = (n: number) => (n <= 1 ? 0 : iter.next().value! % n);
						const mutants = survivalMutants(kind, eol, pick, blanks);
						const m = mutants[which % mutants.length]!;
						const r = invariant(run, m.text);
						expect(r.errors.length, m.name).toBeGreaterThan(0);
						expect(
							located(r.errors, m.expect),
							`${m.name}: expected an error at ${JSON.stringify(m.expect)} in ${JSON.stringify(m.text)}, got ${JSON.stringify(r.errors)}`
						).toBe(true);
					}
				),
				{ numRuns: RUNS.structured, seed: kind === 'at_risk' ? 6301 : 6302 }
			);
		});
	});
}

// ---------------------------------------------------------------------------------------------------------------
// A user's upload, every kind (src/lib/data/upload.ts)

const UPLOAD_SAMPLE: Record<(typeof UPLOAD_KINDS)[number], Table> = {
	best_response: SAMPLES.get('response_category')!,
	response_rate: SAMPLES.get('response_rate')!,
	adverse_reaction: SAMPLES.get('adverse_reaction')!,
	at_risk: AT_RISK,
	km_curve: CURVE,
	survival_summary: readTable(readFileSync('static/templates/survival_summary.csv', 'utf8')),
	ipd: {
		header: ['time', 'event', 'arm'],
		rows: [
			['0.5', '1', 'A'],
			['3.2', '0', 'A'],
			['4', '1', 'B'],
			['7.75', '0', 'B']
		]
	}
};
// mutations that stay errors when an upload's columns may come in any order and its labels are optional
const UPLOAD_MUTATIONS =
	/^(negative|non-numeric|not allowed|leading space|larger than|unknown column|duplicated header line|extra cell|missing cell|unterminated quote)/;

describe('parseUpload, every kind', { timeout: 60_000 }, () => {
	for (const kind of UPLOAD_KINDS) {
		const t = UPLOAD_SAMPLE[kind];
		it(`${kind}: the sample is accepted`, () => {
			const r = invariant(runUpload(kind), serialise(t, '\n').text);
			expect(r).toEqual({ errors: [], items: kind === 'survival_summary' ? 1 : t.rows.length });
		});
		it(`${kind}: arbitrary text never throws and every rejection is located`, () => {
			fc.assert(
				fc.property(arbitraryText(t.header, poolOf(t)), (text) => {
					invariant(runUpload(kind), text);
				}),
				{ numRuns: 300, seed: 6401 + UPLOAD_KINDS.indexOf(kind) }
			);
		});
	}
	for (const [kind, schemaKind] of [
		['best_response', 'response_category'],
		['response_rate', 'response_rate'],
		['adverse_reaction', 'adverse_reaction']
	] as const) {
		it(`${kind}: one mutation of a valid file is rejected at the mutated row and column`, () => {
			fc.assert(
				fc.property(fc.infiniteStream(fc.nat()), fc.constantFrom('\n', '\r\n'), fc.nat(), (stream, eol, which) => {
					const iter = stream[Symbol.iterator]();
					const pick = (n: number) => (n <= 1 ? 0 : iter.next().value! % n);
					const mutants = datasetMutants(schemaKind, eol, pick).filter((m) => UPLOAD_MUTATIONS.test(m.name));
					const m = mutants[which % mutants.length]!;
					const r = invariant(runUpload(kind), m.text);
					expect(r.errors.length, m.name).toBeGreaterThan(0);
					expect(
						located(r.errors, m.expect),
						`${m.name}: expected an error at ${JSON.stringify(m.expect)}, got ${JSON.stringify(r.errors)}`
					).toBe(true);
				}),
				{ numRuns: 300, seed: 6501 + UPLOAD_KINDS.indexOf(kind) }
			);
		});
	}
	for (const kind of ['at_risk', 'km_curve'] as const) {
		it(`${kind}: one mutation of a valid file is rejected at the mutated row and column`, () => {
			fc.assert(
				fc.property(
					fc.infiniteStream(fc.nat()),
					fc.array(fc.nat({ max: 2 }), { maxLength: 7 }),
					fc.nat(),
					(stream, blanks, which) => {
						const iter = stream[Symbol.iterator]();
						const pick = (n: number) => (n <= 1 ? 0 : iter.next().value! % n);
						const mutants = survivalMutants(kind === 'at_risk' ? 'at_risk' : 'curve', '\n', pick, blanks);
						const m = mutants[which % mutants.length]!;
						const r = invariant(runUpload(kind), m.text);
						expect(
							located(r.errors, m.expect),
							`${m.name}: expected an error at ${JSON.stringify(m.expect)}, got ${JSON.stringify(r.errors)}`
						).toBe(true);
					}
				),
				{ numRuns: 200, seed: 6601 + UPLOAD_KINDS.indexOf(kind) }
			);
		});
	}
});

// ---------------------------------------------------------------------------------------------------------------
// The catalog's JSON validation (src/lib/data/catalog.ts)

const CATALOG_FILE = 'catalog.json';
const catalogJson = JSON.parse(readFileSync(join(guidelineFolder, 'catalog.json'), 'utf8')) as Record<
	string,
	unknown
>[];

function checkCatalog(json: unknown): ReturnType<typeof validateCatalog> {
	const r = validateCatalog(json, CATALOG_FILE, ['000_1b142aeaa985d70d.txt']);
	const n = Array.isArray(json) ? json.length : 0;
	const wrong = r.errors.filter(
		(e) =>
			e.file !== CATALOG_FILE ||
			e.expected === '' ||
			(e.row === null
				? Array.isArray(json) || !WHOLE_FILE.test(e.expected)
				: !Number.isInteger(e.row) || e.row < 1 || e.row > n)
	);
	expect(wrong.slice(0, 3)).toEqual([]);
	// an entry with any problem is never accepted; every other entry is
	const bad = new Set(r.errors.map((e) => e.row));
	expect(r.entries.length).toBe(Array.isArray(json) ? json.filter((_, i) => !bad.has(i + 1)).length : 0);
	for (const entry of r.entries) expect(bad.has((json as unknown[]).indexOf(entry) + 1)).toBe(false);
	return r;
}

describe('validateCatalog', { timeout: 60_000 }, () => {
	it('accepts the bundled catalog', () => {
		const r = checkCatalog(catalogJson);
		expect(r.errors).toEqual([]);
		expect(r.entries).toHaveLength(catalogJson.length);
	});
	it('arbitrary JSON never throws and every rejection is located', () => {
		const entryish = fc.dictionary(
			fc.constantFrom(...Object.keys(catalogJson[0]!), 'extra', '__proto__', 'constructor'),
			fc.jsonValue({ maxDepth: 2 })
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.jsonValue({ maxDepth: 3 }),
					fc.array(fc.oneof(entryish, fc.jsonValue({ maxDepth: 1 })), { maxLength: 5 })
				),
				(json) => {
					// through JSON text, as the loader reads it
					checkCatalog(JSON.parse(JSON.stringify(json) ?? 'null'));
				}
			),
			{ numRuns: 800, seed: 6701 }
		);
	});
	it('one bad field of a real entry is rejected at that entry and field, the rest accepted', () => {
		const fields = Object.keys(catalogJson[0]!);
		const junk = fc.oneof(
			fc.constantFrom('', 'Not An Id', '2019-13', 'x.txt', -1, 1.5, [], [3, 1], [''], {}, true),
			fc.jsonValue({ maxDepth: 1 })
		);
		fc.assert(
			fc.property(fc.nat({ max: catalogJson.length - 1 }), fc.constantFrom(...fields), junk, (i, field, value) => {
				const json = catalogJson.map((e, k) => (k === i ? { ...e, [field]: value } : e));
				const r = checkCatalog(json);
				const stillValid =
					validateCatalog(JSON.parse(JSON.stringify(json)), CATALOG_FILE, ['000_1b142aeaa985d70d.txt']).errors
						.length === 0;
				if (stillValid) return; // the junk happened to be a valid value for the field (a string title, null cutoff, …)
				expect(
					r.errors.some((e) => e.row === i + 1 && e.column === field),
					JSON.stringify({ field, value, errors: r.errors })
				).toBe(true);
				expect(r.entries).toHaveLength(catalogJson.length - 1);
			}),
			{ numRuns: 500, seed: 6801 }
		);
	});
});

// ---------------------------------------------------------------------------------------------------------------
// The printed survival summary (src/lib/data/survivalSummary.ts)

describe('parseSurvivalSummaryCsv', { timeout: 60_000 }, () => {
	const t = UPLOAD_SAMPLE.survival_summary;
	const run: Run = (text) => {
		const r = parseSurvivalSummaryCsv(text, FILE);
		if (r.errors.length > 0) expect(r.summary).toBeNull();
		return { errors: r.errors, items: r.summary === null ? 0 : 1 };
	};
	it('accepts the template', () => {
		expect(invariant(run, serialise(t, '\n').text)).toEqual({ errors: [], items: 1 });
	});
	it('arbitrary text never throws and every rejection is located', () => {
		fc.assert(
			fc.property(arbitraryText(t.header, poolOf(t)), (text) => {
				invariant(run, text);
			}),
			{ numRuns: 700, seed: 6901 }
		);
	});
	it('one bad cell of a valid file is rejected at that row and column', () => {
		// [row index, column, bad value]: each breaks exactly one cell of the template
		const bad: [number, string, string][] = [
			[0, 'value', '-3'],
			[0, 'value', 'many'],
			[1, 'value', 'abc'],
			[1, 'ci_lower', '20'],
			[1, 'ci_upper', '1'],
			[1, 'ci_level', '150'],
			[2, 'statistic', 'mean'],
			[2, 'arm', ''],
			[3, 'ci_lower', ''],
			[4, 'value', '0'],
			[4, 'value', '-0.5'],
			[0, 'ci_level', '95']
		];
		fc.assert(
			fc.property(
				fc.constantFrom(...bad),
				fc.array(fc.nat({ max: 2 }), { maxLength: 7 }),
				fc.constantFrom('\n', '\r\n'),
				([r, column, value], blanks, eol) => {
					const m: Table = {
						header: t.header,
						rows: t.rows.map((row, k) => (k === r ? row.map((c, j) => (t.header[j] === column ? value : c)) : row))
					};
					const { text, lineOf } = withBlankLines(m, eol, undefined, blanks);
					const res = invariant(run, text);
					expect(
						located(res.errors, { row: lineOf[r]!, column }),
						`${column}="${value}" on line ${lineOf[r]}: ${JSON.stringify(res.errors)}`
					).toBe(true);
				}
			),
			{ numRuns: 300, seed: 6902 }
		);
	});
});

// ---------------------------------------------------------------------------------------------------------------
// Inputs fuzzing found, kept as plain regression tests

describe('fuzz findings', () => {
	const footnoteHeader = SCHEMAS.footnote.columns.map((c) => c.name).join(',');

	it('parseDataset: an unterminated quote after a quote inside an unquoted cell is located (was row null)', () => {
		const r = parseDataset('\na"\n"', FILE, SCHEMAS.footnote);
		expect(r.rows).toEqual([]);
		expect(r.errors).toContainEqual({
			file: FILE,
			row: 3,
			column: null,
			expected: 'well-formed CSV (RFC 4180 quoting)',
			found: 'Quoted field unterminated'
		});
		checkErrors(r.errors, '\na"\n"');
	});

	it('parseDataset: a quote inside an unquoted cell does not shift the lines of later rows (was row 4)', () => {
		const text = `${footnoteHeader}\nf1,*1,t,本文,a 5" line,10\nf2,*2,t,"二行\nの注",two,11\nf3,*3,t,x,y,zz\n`;
		expect(parseDataset(text, FILE, SCHEMAS.footnote).errors).toEqual([
			{
				file: FILE,
				row: 5,
				column: 'source_line',
				expected: 'a line number of the source document (1, 2, …)',
				found: 'zz'
			}
		]);
		const valid = parseDataset(text.replace(',zz', ',12'), FILE, SCHEMAS.footnote);
		expect(valid.errors).toEqual([]);
		expect(valid.lines).toEqual([2, 3, 5]);
		expect(valid.rows[0]?.text_en).toBe('a 5" line');
	});

	it('parseDataset: lines follow the line break Papa splits records at, other line ends stay inside cells', () => {
		// Papa splits at \r\n here; the lone \n inside the unquoted cell of line 2 is part of that cell
		const text = `${footnoteHeader}\r\nf1,*1,t,本文,a\nb,10\r\nf2,*2,t,x,y,zz\r\n`;
		expect(parseDataset(text, FILE, SCHEMAS.footnote).errors).toEqual([
			{
				file: FILE,
				row: 4,
				column: 'source_line',
				expected: 'a line number of the source document (1, 2, …)',
				found: 'zz'
			}
		]);
	});

	it('parseAtRiskCsv: a row after a blank line is named by its file line (was row 3)', () => {
		expect(parseAtRiskCsv('arm,time,n_at_risk\n\nA,0,10\nA,-1,5\n', 'a.csv').errors).toEqual([
			{ file: 'a.csv', row: 4, column: 'time', expected: 'a time ≥ 0', found: '-1' },
			{ file: 'a.csv', row: 4, column: 'time', expected: 'a time after 0 (row 3) for arm A', found: '-1' }
		]);
	});

	it('parseCurveCsv: leading and inner blank lines do not shift the row (was row 2)', () => {
		expect(parseCurveCsv('\n0,100\n\n2,abc\n', 'c.csv').errors).toEqual([
			{ file: 'c.csv', row: 4, column: 'y', expected: 'a number (a proportion or a percent)', found: 'abc' }
		]);
		expect(parseCurveCsv('\n\nx,y\n0,1\n\n2,0.5\n', 'c.csv')).toEqual({
			points: [
				{ x: 0, y: 1 },
				{ x: 2, y: 0.5 }
			],
			errors: []
		});
	});
});
