import { describe, expect, it } from 'vitest';
import { guidelineAndRmp } from '../../../helpers/documents';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import { explanationText, explanationWords } from '$lib/site/explanation/explanationWords';
import { quantityWords } from '$lib/site/explanation/quantityWords';
import { joinSentences, wordsText } from '$lib/site/explanation/words';

const { datasets, profiles } = guidelineAndRmp();
const checks = verifyCatalog(datasets, profiles).checks;
const check = (id: string) => {
	const c = checks.find((x) => x.id === id);
	if (!c) throw new Error(`no check ${id}`);
	return c;
};

describe('an expected count from a rate the passage relies on (RMP line 462)', () => {
	const c = check('rmp_survey_numbers/gus_ssc/18/sample_size');

	it('in Japanese: the profile’s reasoning, the rate’s lines, and "程度" read as within one unit', () => {
		expect(explanationText(c, 'ja')).toBe(
			'IDEC-C2B8 試験と同程度の発現割合を想定している。同試験の本剤投与症例 48 例のうち infusion reaction は 1 例であった' +
				'（プラセボ投与後本剤投与群 20 例中 1 例、第 1 クール本剤投与群 28 例及び本剤再投与群 26 例では 0 例）。' +
				'発現割合 1/48（138、462 行目）、対象 360 例（462 行目）。' +
				'360 × 1/48 = 7.50 であり、四捨五入すると 8 となるが、記載は「7例程度」である。' +
				'概数の記載は最下位桁の 1 単位（±1）以内の差を許すものとし、近似的に一致とした。'
		);
	});

	it('in English: the engine’s detail, with the RMP’s words marked Japanese', () => {
		const en = joinSentences(explanationWords(c.explanation, 'en') ?? [], 'en');
		expect(wordsText(en)).toBe(c.detail);
		expect(en).toContainEqual({ text: '7例程度', lang: 'ja' });
	});
});

describe('the survival rebuild says "assumed" only when the at-risk times are', () => {
	const approximateHr = (list: typeof checks) =>
		list.find((x) => x.kind === 'survival' && x.status === 'approximate' && x.id.includes('/hazard_ratio/'));

	it('MM-003 (no time axis printed): assumed', () => {
		const c = approximateHr(checks);
		if (!c) throw new Error('the rebuilt hazard ratio');
		expect(explanationText(c, 'ja')).toContain('図 1 のリスク患者数（3 カ月間隔と仮定）');
		expect(explanationText(c, 'en')).toContain('on the assumed 3-month grid');
	});

	it('CheckMate 017 (Figure 1A prints 0, 3, …, 21 months): printed', () => {
		const bundle = readDocumentsOrThrow('src/lib/documents/checkmate-017');
		const c = approximateHr(verifyCatalog(bundle.datasets, bundle.profiles).checks);
		if (!c) throw new Error('the rebuilt hazard ratio');
		expect(explanationText(c, 'ja')).toContain('のリスク患者数（記載された 3 カ月ごとの時点）');
		expect(explanationText(c, 'en')).toContain('at its printed times, every 3 months');
		expect(explanationText(c, 'ja') + explanationText(c, 'en')).not.toMatch(/仮定|assumed/);
	});
});

describe('the responders formula names the table’s own categories', () => {
	it('IMWG and RECIST, in both languages', () => {
		const imwg = { code: 'responders_sum', params: { categories: ['sCR', 'CR', 'VGPR', 'PR'] } } as const;
		const recist = { code: 'responders_sum', params: { categories: ['CR', 'PR'] } } as const;
		expect(wordsText(quantityWords(imwg, 'ja') ?? [])).toBe('奏効例数 = sCR + CR + VGPR + PR');
		expect(wordsText(quantityWords(recist, 'en') ?? [])).toBe('responders = CR + PR');
	});
});
