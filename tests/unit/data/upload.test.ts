import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectKind, parseUpload, UPLOAD_KINDS, type UploadKind } from '$lib/data/upload';
import { templates } from '../../../scripts/make-templates';

const template = (kind: UploadKind) => readFileSync(`static/templates/${kind}.csv`, 'utf8');
const errorsOf = (text: string, kind: UploadKind) =>
	parseUpload(text, 'mine.csv', kind).errors.map((e) => [e.row, e.column]);

describe('templates', () => {
	it('are what scripts/make-templates.ts writes from the bundled tables (npm run templates)', () => {
		for (const [name, text] of Object.entries(templates()))
			expect(readFileSync(`static/templates/${name}`, 'utf8'), name).toBe(text);
	});
	it('each parses without a problem as its kind, and its header names that kind', () => {
		const sizes: Record<string, number> = {};
		for (const kind of UPLOAD_KINDS) {
			const r = parseUpload(template(kind), `${kind}.csv`, kind);
			expect(r.errors, kind).toEqual([]);
			const d = r.data!;
			sizes[kind] =
				'points' in d
					? d.points.length
					: 'summary' in d
						? Object.keys(d.summary.events).length +
							Object.keys(d.summary.medians).length +
							(d.summary.hazardRatio ? 1 : 0)
						: d.rows.length;
			expect(detectKind(template(kind)), kind).toBe(kind);
		}
		expect(sizes).toEqual({
			best_response: 16,
			response_rate: 4,
			adverse_reaction: 12,
			at_risk: 24,
			km_curve: 44,
			survival_summary: 5,
			ipd: 71
		});
	});
});

describe('parseUpload: the bundled schemas, with transcription-only columns optional', () => {
	it('accepts the known columns in any order', () => {
		const shuffled = 'count,category,n,group_id\n1,sCR,4,d150\n3,PD,4,d150\n';
		const r = parseUpload(shuffled, 'mine.csv', 'best_response');
		expect(r.errors).toEqual([]);
		expect(
			r.data!.kind === 'best_response' && r.data!.rows.map((x) => [x.group_id, x.category, x.count, x.n, x.group_en])
		).toEqual([
			['d150', 'sCR', '1', '4', ''],
			['d150', 'PD', '3', '4', '']
		]);
	});
	it('names file, row and column of every problem, and keeps nothing from a bad file', () => {
		const bad = 'group_id,n,category,count\nd150,4,sCR,5\nd150,4,XX,-1\nd150,four,PD,1\n';
		const r = parseUpload(bad, 'mine.csv', 'best_response');
		expect(r.data).toBeNull();
		expect(r.errors.map((e) => [e.file, e.row, e.column])).toEqual([
			['mine.csv', 2, 'count'],
			['mine.csv', 3, 'category'],
			['mine.csv', 3, 'count'],
			['mine.csv', 4, 'n']
		]);
		expect(r.errors[0]!.expected).toBe('a value no larger than n (4)');
	});
	it('refuses unknown, missing, doubled columns and empty files', () => {
		expect(errorsOf('group_id,n,category,count,colour\na,4,CR,1,red\n', 'best_response')).toEqual([[1, 'colour']]);
		expect(errorsOf('group_id,category\na,CR\n', 'best_response')).toEqual([[1, 'count']]);
		expect(errorsOf('group_id,n,count,category,count\na,4,1,CR,1\n', 'best_response')).toEqual([[1, 'count']]);
		expect(errorsOf('', 'best_response')).toEqual([[null, null]]);
		expect(errorsOf('group_id,n,category,count\n', 'best_response')).toEqual([[null, null]]);
	});
	it('needs the denominator of a response rate', () => {
		expect(errorsOf('group_id,responders,orr_percent\na,2,50.0\n', 'response_rate')).toEqual([[1, 'n']]);
		expect(
			errorsOf('group_id,n,responders,orr_percent,ci_lower,ci_upper\na,4,2,50.0,93.2,6.8\n', 'response_rate')
		).toEqual([[2, 'ci_lower']]);
	});
	it('needs a SOC on every adverse-reaction row and a PT on a "pt" row', () => {
		expect(
			errorsOf(
				'level,soc_en,pt_en,group_id,n,grade,count\npt,Immune system disorders,,g,10,all,3\n',
				'adverse_reaction'
			)
		).toEqual([[2, 'pt_en']]);
		expect(errorsOf('level,soc_en,group_id,n,grade,count\nsoc,,g,10,all,3\n', 'adverse_reaction')).toEqual([
			[2, 'soc_en']
		]);
	});
	it('checks IPD rows: time ≥ 0, event 0 or 1, an arm', () => {
		expect(errorsOf('time,event,arm\n-1,1,A\n2,2,A\n3,0,\n', 'ipd')).toEqual([
			[2, 'time'],
			[3, 'event'],
			[4, 'arm']
		]);
		expect(errorsOf('time,status,arm\n1,1,A\n', 'ipd')).toEqual([[1, null]]);
	});
});

describe('detectKind', () => {
	it('recognises headers and headerless digitized curves, and says null when unsure', () => {
		expect(detectKind('\uFEFFarm,time,n_at_risk\n')).toBe('at_risk');
		expect(detectKind('0,1\n1.5,0.9\n')).toBe('km_curve');
		expect(detectKind('name,value\n')).toBeNull();
	});
});

describe('file lines after blank lines', () => {
	it('an IPD problem is reported on the line it is on, blank lines counted', () => {
		expect(errorsOf('time,event,arm\n\n1,1,A\n\n2,7,A\n', 'ipd')).toEqual([[5, 'event']]);
	});
});
