import { describe, expect, it } from 'vitest';
import { indicationGroups } from '$lib/site/rmp/indicationGroups';
import { concernOptions } from '$lib/site/rmp/rmpMatrix';
import { data } from './rmpFixture';

describe('indicationGroups', () => {
	it('groups a concern by indication in the order the document names them, one English name per Japanese one', () => {
		const groups = indicationGroups(data.figures, 'infusion_reaction');
		expect(groups.map((g) => g.ja)).toEqual([
			'NHL',
			'CLL',
			'GPA/MPA',
			'頻回再発型・ステロイド依存性ネフローゼ症候群',
			'難治性の頻回再発型・ステロイド依存性ネフローゼ症候群',
			'難治性のステロイド抵抗性ネフローゼ症候群',
			'全身性強皮症',
			'難治性の尋常性天疱瘡及び落葉状天疱瘡',
			'中等症～重症の尋常性天疱瘡',
			'NMOSD',
			'ABOi 腎移植',
			'ABOi 肝移植',
			'ABMR 抑制',
			'ABMR 治療'
		]);
		expect(groups.reduce((s, g) => s + g.figures.length, 0)).toBe(26);
		for (const c of concernOptions(data.matrix)) {
			const gs = indicationGroups(data.figures, c.id);
			for (const g of gs) expect(new Set(g.figures.map((f) => f.indication_ja)).size, `${c.id}/${g.key}`).toBe(1);
			expect(new Set(gs.map((g) => g.ja)).size).toBe(gs.length);
		}
	});
});
