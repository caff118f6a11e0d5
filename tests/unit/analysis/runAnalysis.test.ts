import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISPLAY_LIMITS, runAnalysis, type InputFile } from '$lib/analysis/runAnalysis';

const template = (kind: InputFile['kind'], name = `${kind}.csv`): InputFile => ({
	id: name,
	name,
	kind,
	text: readFileSync(`static/templates/${kind}.csv`, 'utf8')
});

describe('runAnalysis', () => {
	it('combines the templates: tables verified, MM-003 PFS rebuilt from Figure 1 with Table 7, ACT2 patient data analysed', () => {
		const stages: string[] = [];
		const r = runAnalysis(
			[template('response_rate'), template('at_risk'), template('survival_summary'), template('ipd')],
			(p) => stages.push(`${p.stage}:${p.done}/${p.total}`)
		);
		expect(stages).toEqual([
			'parse:0/4',
			'parse:1/4',
			'parse:2/4',
			'parse:3/4',
			'analyze:0/3',
			'analyze:1/3',
			'analyze:2/3',
			'analyze:3/3'
		]);
		expect(r.files.map((f) => [f.name, f.ok, f.size])).toEqual([
			['response_rate.csv', true, 4],
			['at_risk.csv', true, 24],
			['survival_summary.csv', true, 5],
			['ipd.csv', true, 71]
		]);
		expect(r.tables!.orr.map((o) => o.status)).toEqual(['reproduced', 'reproduced', 'reproduced', 'reproduced']);
		expect(r.survival!.result!.arms.map((a) => [a.id, a.mode, a.events.rebuilt])).toEqual([
			['idecel', 'table', 149],
			['standard', 'table', 93]
		]);
		expect(r.ipd!.arms.map((a) => a.id)).toEqual(['wt_b', 'wt_be']);
	});
	it('gives a curve to the arm its file name holds, and says so', () => {
		const curve = { ...template('km_curve', 'input_curve_standard.csv') };
		const r = runAnalysis([template('at_risk'), curve]);
		expect(r.notes).toContainEqual({ code: 'curve-arm', file: 'input_curve_standard.csv', arm: 'standard' });
		expect(r.survival!.result!.arms.find((a) => a.id === 'standard')!.mode).toBe('curve');
	});
	it('keeps a bad file out and reports it', () => {
		const r = runAnalysis([{ id: 'x', name: 'bad.csv', kind: 'ipd', text: 'time,event,arm\n1,3,A\n' }]);
		expect(r.files[0]!.ok).toBe(false);
		expect(r.files[0]!.errors.map((e) => [e.row, e.column])).toEqual([[2, 'event']]);
		expect(r.ipd).toBeNull();
	});
	it('sends the page the checks that need attention first, at most DISPLAY_LIMITS, and the whole report as CSV', () => {
		const lines = ['level,soc_en,pt_en,group_id,n,grade,count,percent'];
		for (let i = 0; i < 700; i++)
			for (const g of ['all', '3plus'])
				lines.push(
					`pt,SOC ${i % 7},PT ${i},g,200,${g},${i % 50},${i === 650 && g === '3plus' ? '9.9' : ((100 * (i % 50)) / 200).toFixed(1)}`
				);
		const r = runAnalysis([{ id: 'ae', name: 'ae.csv', kind: 'adverse_reaction', text: lines.join('\n') }]);
		expect(r.files[0]!.ok).toBe(true);
		expect(r.shown).toMatchObject({
			checks: DISPLAY_LIMITS.checks,
			checksTotal: 1400,
			terms: DISPLAY_LIMITS.terms,
			termsTotal: 700
		});
		expect(r.tables!.report.checks[0]!.status).toBe('mismatch');
		expect(r.tables!.report.summary.total).toBe(1400);
		expect(r.reportCsv!.trim().split('\r\n')).toHaveLength(1401);
		expect(r.reportCsv!.split('\r\n')[1]!.startsWith('mismatch,percentage,')).toBe(true);
	});
});
