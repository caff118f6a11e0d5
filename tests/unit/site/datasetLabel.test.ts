import { describe, expect, it } from 'vitest';
import { datasetLabel, labelFields } from '$lib/site/datasetLabel';
import { dataset } from '../../data/load';

describe('datasetLabel', () => {
	it('names the two datasets of Table 2 apart, though they share the printed title', () => {
		const counts = dataset('gl_t2_mm001_2019_best_response').entry;
		const rates = dataset('gl_t2_mm001_2019_orr').entry;
		expect(counts.title_ja).toBe(rates.title_ja);
		expect(datasetLabel(counts, 'ja')).toBe('表 2 MM-001 最良治療効果の内訳（2019 年 10 月 16 日データカットオフ）');
		expect(datasetLabel(rates, 'ja')).toBe('表 2 MM-001 全奏効割合と 95% CI（2019 年 10 月 16 日データカットオフ）');
		expect(datasetLabel(rates, 'en')).toBe('Table 2 · MM-001 ORR with 95% CI (cut-off 16 Oct 2019)');
	});
	it("names a reader's uploaded table (no label) by its title", () => {
		expect(datasetLabel({ title_ja: 'mine.csv', title_en: 'mine.csv' }, 'ja')).toBe('mine.csv');
	});
	it('sends only the naming fields to a page', () => {
		expect(labelFields(dataset('gl_t7_mm003_pfs').entry)).toEqual({
			title_ja: 'PFS の中間解析結果 (IRC 判定、ITT 集団、2022 年 4 月 18 日データカットオフ)',
			title_en: 'Interim analysis of PFS (IRC assessment, ITT population, data cut-off 18 April 2022)',
			label_ja: '表 7 MM-003 PFS の中間解析（2022 年 4 月 18 日データカットオフ）',
			label_en: 'Table 7 · MM-003 PFS interim analysis (cut-off 18 Apr 2022)'
		});
	});
});
