import { describe, expect, it } from 'vitest';
import { langRuns } from '$lib/site/langRuns';
import { hasJapanese, scriptLang, textLang } from '$lib/util/textLang';
import { cellLang } from '$lib/site/cellLang';
import { sectionName } from '$lib/site/sectionName';
import { rowCell } from '$lib/site/rowCell';

describe('langRuns', () => {
	it('marks the quotes of the Japanese document inside an English sentence', () => {
		expect(langRuns('The 全体集団 (overall population) column prints no N.', 'en')).toEqual([
			{ text: 'The ' },
			{ text: '全体集団', lang: 'ja' },
			{ text: ' (overall population) column prints no N.' }
		]);
		// digits and spaces between two Japanese stretches stay inside the quote
		expect(langRuns('kept as printed (e.g. 2022 年 6 月 1 日) in value', 'en').map((r) => r.text)).toEqual([
			'kept as printed (e.g. ',
			'2022 年 6 月 1 日',
			') in value'
		]);
		expect(langRuns('reports "片側 p 値 < 0.001"', 'en')).toEqual([
			{ text: 'reports "' },
			{ text: '片側 p 値', lang: 'ja' },
			{ text: ' < 0.001"' }
		]);
	});
	it('marks the identifiers between backticks of a Japanese sentence as English code', () => {
		expect(langRuns('投与群 ID を `idecel_vs_standard` とした。', 'ja')).toEqual([
			{ text: '投与群 ID を ' },
			{ text: 'idecel_vs_standard', lang: 'en', code: true },
			{ text: ' とした。' }
		]);
	});
	it('leaves a sentence in the page language alone', () => {
		expect(langRuns('n from the header (line 298).', 'en')).toEqual([{ text: 'n from the header (line 298).' }]);
		expect(langRuns('例数は表頭（298 行目）による。', 'ja')).toEqual([{ text: '例数は表頭（298 行目）による。' }]);
	});
	it('finds Japanese script', () => {
		expect(hasJapanese('表 14 (1)')).toBe(true);
		expect(hasJapanese('Table 14 (1)')).toBe(false);
		// full-width punctuation alone is Japanese text too
		expect(hasJapanese('（）')).toBe(true);
	});
	it('judges a label by its script: a reader’s arm names keep their own language', () => {
		expect(textLang('2028年3月31日')).toBe('ja');
		expect(textLang('40')).toBeUndefined();
		expect(scriptLang('standard')).toBe('en');
		expect(scriptLang('本品群')).toBe('ja');
		expect(scriptLang('2')).toBeUndefined();
	});
});

describe('cellLang', () => {
	it('marks the Japanese of the document on English pages', () => {
		expect(cellLang('text_ja', '有害事象は…であった。', 'en')).toBe('ja');
		expect(cellLang('value', '2022 年 6 月 1 日', 'en')).toBe('ja');
		expect(cellLang('value', '73.4', 'en')).toBeUndefined();
		expect(cellLang('group_en', 'ITT population', 'en')).toBeUndefined();
	});
	it('marks English-only columns and Latin-script codes on Japanese pages', () => {
		expect(cellLang('quantity_en', 'Deaths', 'ja')).toBe('en');
		expect(cellLang('unit', 'months', 'ja')).toBe('en');
		expect(cellLang('statistic', 'hazard_ratio', 'ja')).toBe('en');
		expect(cellLang('group_ja', '本品群', 'ja')).toBeUndefined();
		expect(cellLang('estimate', '0.493', 'ja')).toBeUndefined();
		expect(cellLang('unit', '', 'ja')).toBeUndefined();
	});
});

describe('sectionName', () => {
	it('words the RMP overview and keeps numbered sections', () => {
		expect(sectionName('overview', 'ja')).toBe('品目の概要');
		expect(sectionName('overview', 'en')).toBe('Product overview');
		expect(sectionName('3.1–3.3', 'ja')).toBe('3.1–3.3');
	});
});

describe('rowCell', () => {
	it('words units, table names and stated methods on Japanese pages', () => {
		expect(rowCell('unit', 'months', 'ja')).toEqual({ text: 'カ月', id: false, lang: undefined });
		expect(rowCell('unit', 'months', 'en')).toEqual({ text: 'months', id: true });
		expect(rowCell('context', 'Table 7', 'ja').text).toBe('表 7');
		expect(rowCell('ci_method_stated', 'not stated', 'ja').text).toBe('記載なし');
		expect(rowCell('ci_method_stated', 'clopper-pearson', 'ja').text).toBe('Clopper–Pearson');
		expect(rowCell('method_stated', 'stratified log-rank test (same stratification factors)', 'ja').text).toBe(
			'層別ログランク検定（層別因子は同上）'
		);
	});
	it('keeps ids and codes as they are, marked as identifiers', () => {
		expect(rowCell('statistic', 'hazard_ratio', 'ja')).toEqual({ text: 'hazard_ratio', id: true });
		expect(rowCell('trial_id', 'IDEC-C2B8-2;IDEC-C2B8-3', 'ja').id).toBe(true);
		expect(rowCell('estimate', '0.493', 'ja')).toEqual({ text: '0.493', id: false, lang: undefined });
		// a translated column is prose even when it is one word
		expect(rowCell('status_en', 'completed', 'en')).toEqual({ text: 'completed', id: false, lang: undefined });
		expect(rowCell('text_ja', '全例に発現した。', 'en')).toEqual({ text: '全例に発現した。', id: false, lang: 'ja' });
	});
});
