import { describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/data/parseDataset';
import { SCHEMAS } from '$lib/data/schemas';
import { formatDataError } from '$lib/data/dataError';

const schema = SCHEMAS.response_category;
const HEADER = schema.columns.map((c) => c.name).join(',');
const row = (over: Partial<Record<string, string>> = {}) => {
	const base: Record<string, string> = {
		group_id: 'd300',
		group_ja: '300×10⁶個',
		group_en: '300×10⁶ CAR+ T cells',
		arm_id: '',
		arm_ja: '',
		arm_en: '',
		n: '70',
		category: 'sCR',
		category_ja: 'sCR',
		category_en: 'stringent complete response',
		count: '19',
		percent: '27.1',
		footnote_refs: '',
		source_line: '122'
	};
	const merged = { ...base, ...over };
	return schema.columns.map((c) => merged[c.name]).join(',');
};
const parse = (text: string) => parseDataset(text, 'x.csv', schema);

describe('parseDataset', () => {
	it('accepts a valid file and keeps every cell as the printed string', () => {
		const r = parse(
			`${HEADER}\n${row()}\n${row({ category: 'CR', count: '1', percent: '1.4', source_line: '123' })}\n`
		);
		expect(r.errors).toEqual([]);
		expect(r.rows).toHaveLength(2);
		expect(r.rows[0]?.percent).toBe('27.1');
		expect(r.rows[1]?.count).toBe('1');
		expect(r.lines).toEqual([2, 3]);
	});

	it('keeps trailing zeros as printed ("100.0" is not 100)', () => {
		const r = parse(`${HEADER}\n${row({ count: '4', n: '4', percent: '100.0' })}\n`);
		expect(r.rows[0]?.percent).toBe('100.0');
	});

	it('rejects an empty file with the file name', () => {
		const r = parse('');
		expect(r.rows).toEqual([]);
		expect(r.errors).toHaveLength(1);
		expect(formatDataError(r.errors[0]!)).toBe(
			'x.csv: expected a CSV file with a header row (response_category), found "an empty file"'
		);
	});

	it('rejects a header without rows', () => {
		const r = parse(`${HEADER}\n`);
		expect(r.errors[0]?.expected).toBe('at least one data row after the header');
	});

	it('names an unknown column', () => {
		const r = parse(`${HEADER},extra\n${row()},1\n`);
		expect(r.errors).toContainEqual(expect.objectContaining({ file: 'x.csv', row: 1, column: 'extra' }));
		expect(r.rows).toEqual([]);
	});

	it('names a missing column', () => {
		const header = HEADER.replace(',percent', '');
		const r = parse(`${header}\n1\n`);
		expect(r.errors).toContainEqual(expect.objectContaining({ row: 1, column: 'percent', found: 'no such column' }));
	});

	it('rejects columns out of order', () => {
		const cols = schema.columns.map((c) => c.name);
		[cols[0], cols[1]] = [cols[1]!, cols[0]!];
		const r = parse(`${cols.join(',')}\n${row()}\n`);
		expect(r.errors[0]?.expected).toMatch(/^columns in the order group_id, group_ja/);
	});

	it('names row and column of a non-numeric count', () => {
		const r = parse(`${HEADER}\n${row()}\n${row({ count: 'nineteen' })}\n`);
		expect(r.errors).toEqual([
			expect.objectContaining({
				file: 'x.csv',
				row: 3,
				column: 'count',
				found: 'nineteen',
				expected: 'a whole number ≥ 0 as printed (e.g. "19")'
			})
		]);
		expect(r.rows).toEqual([]);
	});

	it('rejects a negative count', () => {
		const r = parse(`${HEADER}\n${row({ count: '-3' })}\n`);
		expect(r.errors).toContainEqual(expect.objectContaining({ row: 2, column: 'count', found: '-3' }));
	});

	it('rejects a count larger than its N', () => {
		const r = parse(`${HEADER}\n${row({ count: '71' })}\n`);
		expect(r.errors).toEqual([
			expect.objectContaining({ row: 2, column: 'count', expected: 'a value no larger than n (70)', found: '71' })
		]);
	});

	it('rejects a percentage above 100 and one written with %', () => {
		const r = parse(`${HEADER}\n${row({ percent: '100.1' })}\n${row({ percent: '27.1%' })}\n`);
		expect(r.errors.map((e) => [e.row, e.column])).toEqual([
			[2, 'percent'],
			[3, 'percent']
		]);
	});

	it('rejects an empty required cell but accepts an empty optional one', () => {
		const r = parse(`${HEADER}\n${row({ category_en: '', percent: '' })}\n`);
		expect(r.errors).toEqual([
			expect.objectContaining({ row: 2, column: 'category_en', expected: 'a value (this column may not be empty)' })
		]);
	});

	it('rejects a value outside an enumeration', () => {
		const r = parse(`${HEADER}\n${row({ category: 'ORR' })}\n`);
		expect(r.errors[0]).toMatchObject({ row: 2, column: 'category', found: 'ORR' });
		expect(r.errors[0]?.expected).toContain('"sCR"');
	});

	it('reports a row with the wrong number of cells', () => {
		const r = parse(`${HEADER}\n${row()},surplus\n`);
		expect(r.errors).toEqual([
			expect.objectContaining({ row: 2, column: null, expected: '14 cells', found: '15 cells' })
		]);
	});

	it('reports an unterminated quote as malformed CSV', () => {
		const r = parse(`${HEADER}\n${row({ group_ja: '"300×10⁶個' })}\n`);
		expect(r.errors.length).toBeGreaterThan(0);
		expect(r.errors[0]?.expected).toBe('well-formed CSV (RFC 4180 quoting)');
		expect(r.rows).toEqual([]);
	});

	it('counts file lines across quoted newlines', () => {
		const r = parse(`${HEADER}\n${row({ group_ja: '"two\nlines"' })}\n${row({ count: 'x' })}\n`);
		expect(r.errors).toEqual([expect.objectContaining({ row: 4, column: 'count' })]);
	});

	it('ignores a byte-order mark', () => {
		const r = parse(`\uFEFF${HEADER}\n${row()}\n`);
		expect(r.errors).toEqual([]);
	});

	it('rejects cells with surrounding spaces instead of silently trimming them', () => {
		const r = parse(`${HEADER}\n${row({ count: ' 19' })}\n`);
		expect(r.errors[0]).toMatchObject({ row: 2, column: 'count', expected: 'no leading or trailing spaces' });
	});

	it('rejects a CI whose lower bound is above its upper bound', () => {
		const s = SCHEMAS.response_rate;
		const cells: Record<string, string> = {
			group_id: 'd150',
			group_ja: 'a',
			group_en: 'a',
			arm_id: '',
			arm_ja: '',
			arm_en: '',
			n: '4',
			responders: '2',
			responders_footnote_refs: '',
			orr_percent: '50.0',
			ci_level: '95',
			ci_lower: '93.2',
			ci_upper: '6.8',
			ci_method_stated: 'clopper-pearson',
			p_value: '',
			p_value_sided: '',
			test_stated: '',
			threshold_percent: '',
			source_line: '131'
		};
		const text = `${s.columns.map((c) => c.name).join(',')}\n${s.columns.map((c) => cells[c.name]).join(',')}\n`;
		const r = parseDataset(text, 'orr.csv', s);
		expect(r.errors).toEqual([expect.objectContaining({ file: 'orr.csv', row: 2, column: 'ci_lower' })]);
	});
});
