import { describe, expect, it } from 'vitest';
import { printedCell, pivotAdverseReactions, pivotAtRisk, pivotResponse } from '$lib/site/pivot';

const n = (x: string) => `N=${x}`;
const cat = (group_id: string, category: string, count: string, percent = '') => ({
	group_id,
	group_ja: group_id,
	group_en: group_id.toUpperCase(),
	n: '4',
	category,
	category_ja: category,
	category_en: `${category} name`,
	count,
	percent,
	source_line: '1'
});

describe('printedCell', () => {
	it('prints "count (percent)" or the bare count, as the tables do', () => {
		expect(printedCell('19', '27.1')).toBe('19 (27.1)');
		expect(printedCell('0', '')).toBe('0');
		expect(printedCell('', '')).toBe('');
	});
});

describe('pivotResponse', () => {
	it('orders categories as IMWG does and appends the ORR rows of the same table', () => {
		const rows = [cat('d150', 'PR', '0'), cat('d150', 'sCR', '1', '25.0')];
		const rates = [
			{
				group_id: 'd150',
				n: '4',
				responders: '2',
				orr_percent: '50.0',
				ci_level: '95',
				ci_lower: '6.8',
				ci_upper: '93.2',
				p_value: ''
			}
		];
		const t = pivotResponse(rows, 'en', n, rates, { responders: 'R', orr: 'ORR', ci: (l) => `[${l}% CI]`, p: 'p' });
		expect(t.columns).toEqual([{ key: 'd150|', label: 'D150', sub: 'N=4' }]);
		expect(t.rows.map((r) => [r.label, r.cells[0]])).toEqual([
			['sCR (sCR name)', '1 (25.0)'],
			['PR (PR name)', '0'],
			['R', '2'],
			['ORR', '50.0'],
			['[95% CI]', '[6.8, 93.2]']
		]);
	});
});

describe('pivotAdverseReactions', () => {
	it('puts each group over its two grade columns and indents preferred terms', () => {
		const base = {
			soc_ja: '免疫系障害',
			soc_en: 'Immune system disorders',
			group_id: 'd150',
			group_ja: '150',
			group_en: '150',
			n: '4',
			source_line: '1'
		};
		const rows = [
			{ ...base, level: 'soc', grade: 'all', count: '2', percent: '50.0' },
			{ ...base, level: 'soc', grade: '3plus', count: '0', percent: '' },
			{
				...base,
				level: 'pt',
				pt_ja: 'サイトカイン放出症候群',
				pt_en: 'Cytokine release syndrome',
				grade: 'all',
				count: '2',
				percent: '50.0'
			},
			{
				...base,
				level: 'pt',
				pt_ja: 'サイトカイン放出症候群',
				pt_en: 'Cytokine release syndrome',
				grade: '3plus',
				count: '0',
				percent: ''
			}
		];
		const t = pivotAdverseReactions(rows, 'en', n, (g) => (g === 'all' ? 'All' : '≥3'));
		expect(t.columns.map((c) => [c.group, c.label])).toEqual([
			['150 (N=4)', 'All'],
			['150 (N=4)', '≥3']
		]);
		expect(t.rows.map((r) => [r.label, r.indent, ...r.cells])).toEqual([
			['Immune system disorders', 0, '2 (50.0)', '0'],
			['Cytokine release syndrome', 1, '2 (50.0)', '0']
		]);
	});
});

describe('pivotAtRisk', () => {
	it('lays arms down and the assumed grid across, in column order', () => {
		const r = (arm_id: string, index: string, n_at_risk: string) => ({
			endpoint: 'PFS',
			arm_id,
			arm_ja: arm_id,
			arm_en: arm_id,
			index,
			time_assumed: String(3 * Number(index)),
			n_at_risk,
			source_line: '266'
		});
		const t = pivotAtRisk(
			[r('idecel', '1', '206'), r('idecel', '0', '254'), r('standard', '0', '132'), r('standard', '1', '75')],
			'en'
		);
		expect(t.columns.map((c) => c.label)).toEqual(['0', '3']);
		expect(t.rows.map((x) => [x.label, ...x.cells])).toEqual([
			['idecel', '254', '206'],
			['standard', '132', '75']
		]);
	});
});
