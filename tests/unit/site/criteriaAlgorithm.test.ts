import { describe, expect, it } from 'vitest';
import { criteriaTree } from '$lib/site/criteriaTree';
import { algorithmGrid } from '$lib/site/algorithmGrid';

const item = (item_id: string, parent_id: string, list: string, order: string) => ({
	item_id,
	parent_id,
	list,
	order,
	text_ja: item_id,
	text_en: item_id,
	source_line: '101'
});

describe('criteriaTree', () => {
	it('nests by parent, orders by order, and groups roots by list', () => {
		const t = criteriaTree([
			item('a1', 'a', 'inclusion', '2'),
			item('a', '', 'inclusion', '1'),
			item('b', '', 'exclusion', '3')
		]);
		expect(t.map((s) => [s.list, s.items.map((n) => [n.row.item_id, n.children.map((c) => c.row.item_id)])])).toEqual([
			['inclusion', [['a', ['a1']]]],
			['exclusion', [['b', []]]]
		]);
	});
	it('keeps lists in file order when each list numbers its items from 1 (Table 1)', () => {
		const t = criteriaTree([
			item('i1', '', 'inclusion', '1'),
			item('i2', '', 'inclusion', '10'),
			item('e1', '', 'exclusion', '1'),
			item('e2', '', 'exclusion', '2')
		]);
		expect(t.map((s) => [s.list, s.items.map((n) => n.row.item_id)])).toEqual([
			['inclusion', ['i1', 'i2']],
			['exclusion', ['e1', 'e2']]
		]);
	});
	it('keeps an item whose parent is missing instead of dropping it', () => {
		const t = criteriaTree([item('x', 'ghost', 'inclusion', '1')]);
		expect(t[0]?.items[0]?.row.item_id).toBe('x');
	});
});

describe('algorithmGrid', () => {
	it('lays grades down and columns across, with steps in order', () => {
		const r = (grade: string, column: string, step: string, action_en: string) => ({
			algorithm: 'crs',
			grade,
			grade_definition_ja: `定義${grade}`,
			grade_definition_en: `def ${grade}`,
			column,
			step,
			condition_ja: '',
			condition_en: '',
			action_ja: action_en,
			action_en,
			source_line: '630'
		});
		const g = algorithmGrid(
			[
				r('1', 'tocilizumab', '2', 'then'),
				r('1', 'tocilizumab', '1', 'first'),
				r('1', 'corticosteroid', '1', 'steroid'),
				r('2', 'tocilizumab', '1', 'toci')
			],
			'en'
		);
		expect(g.columns).toEqual(['tocilizumab', 'corticosteroid']);
		expect(g.grades.map((x) => [x.grade, x.definition, x.cells.map((c) => c.map((s) => s.action))])).toEqual([
			['1', 'def 1', [['first', 'then'], ['steroid']]],
			['2', 'def 2', [['toci'], []]]
		]);
	});
});
