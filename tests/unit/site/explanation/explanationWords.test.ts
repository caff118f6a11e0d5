import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guidelineAndRmp } from '../../../helpers/documents';
import type { Dataset } from '$lib/data/dataset';
import { parseUpload } from '$lib/data/upload';
import { analyzeTables, uploadDataset } from '$lib/analysis/uploadTables';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import type { Check } from '$lib/verify/check';
import type { Explanation } from '$lib/verify/explanation';
import { explanationText, explanationWords, hasWording } from '$lib/site/explanation/explanationWords';
import { methodWords, statedMethodWords } from '$lib/site/explanation/methodWords';
import { quantityWords } from '$lib/site/explanation/quantityWords';
import { whereText, whereWords } from '$lib/site/explanation/whereWords';
import { joinSentences, wordsText, type Words } from '$lib/site/explanation/words';

const { datasets, profiles } = guidelineAndRmp();
const checks = verifyCatalog(datasets, profiles).checks;
const check = (id: string) => {
	const c = checks.find((x) => x.id === id);
	if (!c) throw new Error(`no check ${id}`);
	return c;
};
const both = (c: Check) => ({ ja: explanationText(c, 'ja'), en: explanationText(c, 'en') });

describe('explanations worded from their codes', () => {
	it('a reproduced percentage: the arithmetic, and in Japanese that it matches the print', () => {
		const c = check('rmp_incidence_a/rmp_inc_a_001/percentage');
		expect(both(c)).toEqual({ ja: '88/90 = 97.7778% → 97.8（印刷値と一致）。', en: '88/90 = 97.7778% → 97.8.' });
		expect(whereText(c, 'ja')).toBe('RMP 1.1 項、130 行目、IDEC-C2B8-2：非血液毒性');
	});

	it('a slip in section 3.6: the denominator the passage names, and which denominators would give the print', () => {
		const c = check('gl_numeric_statements_safety/s36_deaths_8w_to_6m/percentage');
		expect(c.status).toBe('mismatch');
		expect(explanationText(c, 'ja')).toBe(
			'ここには分母が記載されていない。455 行目に記載の 225 例（MM-003 で本品を投与された患者、3.6 項）を分母とした。' +
				'15/225 = 6.66667% は四捨五入すると 6.7 となり、印刷値 6.8 と一致しない。分母 225 では、どの例数でも 6.8% にはならない。' +
				'例数 15 で 6.8% となる分母は 219、220、221、222 である。'
		);
		// the English wording is the engine's detail here, word for word
		expect(explanationText(c, 'en')).toBe(c.detail);
		expect(whereText(c, 'ja')).toBe(
			'ガイドライン 3.6 項、530 行目、本品投与から8週間を超えて6カ月以内に発現した死亡例数'
		);
	});

	it('a Clopper–Pearson interval the footnote states, and its place in Table 2', () => {
		const c = check('gl_t2_mm001_2019_orr/d300/ci');
		expect(both(c)).toEqual({
			ja: '記載の Clopper–Pearson 法で再現される。',
			en: 'The stated Clopper–Pearson interval reproduces it.'
		});
		expect(whereText(c, 'ja')).toBe('表 2、外国人コホート 300×10⁶個、全奏効割合の 95% 信頼区間');
		expect(whereText(c, 'en')).toBe('Table 2, Foreign cohort, 300×10⁶ CAR+ T cells column, 95% CI of the ORR');
	});

	it('a Wald interval cut at 0 for 2 of 5: each warning in its own sentence', () => {
		const c = check('gl_t10_mm003_japanese_orr/japanese/standard/ci');
		expect(c.flags).toEqual(['unreliable-method', 'truncated-bound']);
		const ja = explanationWords(c.explanation, 'ja')!;
		expect(ja.map(wordsText)).toEqual([
			'方法の記載はない。Wald 法（0～100% に切り詰め）で再現される。',
			'5 例中 2 例（事象ありが 5 例未満）では Wald 法は信頼できず、実際の被覆確率は 95% を大きく下回る（Brown, Cai & DasGupta 2001）。',
			'[0, 100] に切り詰めた Wald 区間でのみ再現される。切り詰める前の下限（-2.9）が 0 に切り詰められており、正規近似がこの例数に適合しないことを示す。'
		]);
		expect(explanationText(c, 'en')).toBe(
			'No method is stated; Wald, cut to 0–100% reproduces it. The Wald interval is unreliable here: with 2 of 5 (fewer than 5 events) its actual coverage falls well below 95% (Brown, Cai & DasGupta 2001). Only a Wald interval truncated to [0, 100] reproduces it: the untruncated lower bound (-2.9) was cut at 0, a sign the normal approximation does not fit these counts.'
		);
	});

	it('a footnote naming another method than the one that reproduces the print (Table 2 as if it said Wald)', () => {
		const edited: Dataset[] = datasets.map((d) =>
			d.entry.id === 'gl_t2_mm001_2019_orr'
				? { ...d, rows: d.rows.map((r) => (r.group_id === 'd150' ? { ...r, ci_method_stated: 'Wald 法' } : r)) }
				: d
		);
		const c = verifyCatalog(edited, profiles).checks.find((x) => x.id === 'gl_t2_mm001_2019_orr/d150/ci')!;
		expect(c.status).toBe('reproduced-other-method');
		expect(explanationText(c, 'ja')).toBe(
			'脚注では Wald 法とされているが（Wald 法では [1.0, 99.0]）、印刷された区間を再現するのは Clopper–Pearson 法である。'
		);
		expect(explanationText(c, 'en')).toBe(
			'The footnote states Wald, which gives [1.0, 99.0]; the printed interval is reproduced by Clopper–Pearson instead.'
		);
	});

	it('the one-sample test: every test by name, then the printed value', () => {
		const c = check('gl_t2_mm001_2019_orr/d150_450/p_value');
		expect(both(c)).toEqual({
			ja: '帰無仮説 ORR ≤ 50%、94/128 での p 値：正規近似 p = 5.7 × 10⁻⁸、連続性補正付き正規近似 p = 9.2 × 10⁻⁸、正確二項検定 p = 5.4 × 10⁻⁸。印刷値は <0.0001。',
			en: 'H0: ORR ≤ 50% with 94/128: normal approximation p = 5.7 × 10⁻⁸; normal approximation with continuity correction p = 9.2 × 10⁻⁸; exact binomial test p = 5.4 × 10⁻⁸. Printed <0.0001.'
		});
		expect(wordsText(methodWords(c, 'ja'))).toBe('正規近似');
		expect(whereText(c, 'ja')).toBe('表 2、外国人コホート 150×10⁶~450×10⁶個、閾値 50% に対する片側 p 値');
	});

	it('a study quoted with two denominators in the RMP, named as the RMP names it', () => {
		const c = checks.find((x) => x.kind === 'denominator_consistency')!;
		expect(explanationText(c, 'ja')).toBe(
			'この試験は他の箇所では 47 例（148、186、276 行目）として引用されているが、ここでは 24 例である。1/24 = 4.2% であり、1/47 なら 2.1% となる。'
		);
		const where = whereWords(c.where, 'ja')!;
		expect(wordsText(where)).toMatch(
			/^RMP 1\.1 項、237 行目、肝移植における使用実態調査（Akamatsu N, et al\. .*）：好中球数減少、白血球数減少$/
		);
	});

	it('the RMP sample sizes: Japanese quotations stay Japanese (and marked) on the English page', () => {
		const c = check('rmp_survey_numbers/gus_pemphigus/28/sample_size');
		expect(explanationText(c, 'ja')).toBe(
			'1 − (1 − 0.015)^125 = 84.9%（1.5% の代わりに 1/67 を用いると 84.7%）。RMP の「80%の確率で」は下限としては成り立ち、確率そのものは 85% である。'
		);
		const en = joinSentences(explanationWords(c.explanation, 'en')!, 'en');
		expect(wordsText(en)).toBe(c.detail);
		expect(en).toContainEqual({ text: '80%の確率で', lang: 'ja' });
		expect(wordsText(quantityWords(c.where.quantity, 'ja')!)).toBe(
			'発現割合 1.5% の有害事象を 125 例中 1 例以上収集できる確率（記載は 80% 以上）'
		);
		expect(whereText(c, 'en')).toBe(
			'RMP section 2, line 480, General use-results survey in refractory pemphigus vulgaris and pemphigus foliaceus: probability of collecting ≥1 case of an adverse event with incidence 1.5% among 125 patients (claimed ≥80%)'
		);
	});

	it('survival statistics from rebuilt data: the method and the reconstruction in Japanese', () => {
		const c = checks.find(
			(x) =>
				x.kind === 'survival' &&
				x.status === 'approximate' &&
				x.dataset === 'gl_t7_mm003_pfs' &&
				x.where.quantity.code === 'survival_statistic' &&
				x.where.quantity.params.statistic === 'hazard_ratio'
		)!;
		expect(explanationText(c, 'ja')).toBe(
			'公表されたハザード比は層別解析によるが（記載の方法を参照）、ここでの値は層別しておらず、層ごとのデータは文書に記載されていない。' +
				'95% 信頼区間：[0.358, 0.604]。図 1 のリスク患者数（3 カ月間隔と仮定）、イベント数及び中央値から表モードで再構成した患者単位データによる再計算であり、構成上、近似値である。'
		);
		expect(wordsText(methodWords(c, 'ja'))).toBe(
			'層別なしの Cox 回帰（同順位は Efron 法）、Wald 法による 97.2% 信頼区間'
		);
		expect(whereText(c, 'ja')).toBe('表 7、ITT 集団・本品群 対 標準治療群、PFS ハザード比');
		// the footnote's stratified model: by name in Japanese, the data's transcription (with its strata) in English
		expect(statedMethodWords(c, 'ja')).toEqual(['層別 Cox 比例ハザードモデル']);
		expect(statedMethodWords(c, 'en')).toEqual([c.stated_method]);
	});

	it('a reader’s uploaded table is placed by its file name', () => {
		const text = readFileSync('static/templates/response_rate.csv', 'utf8');
		const r = parseUpload(text, 'mine.csv', 'response_rate');
		if (!r.data || !('lines' in r.data)) throw new Error(JSON.stringify(r.errors));
		const report = analyzeTables([uploadDataset('mine.csv', 'response_rate', r.data.rows, r.data.lines)]).report;
		const ci = report.checks.find((x) => x.kind === 'proportion_ci')!;
		expect(whereText(ci, 'ja')).toMatch(/^アップロードしたファイル mine\.csv、.*、全奏効割合の 95% 信頼区間$/);
		expect(whereText(ci, 'en')).toBe(ci.location);
	});

	it('an unknown code or broken parameters fall back to the English text instead of failing', () => {
		const unknown = { code: 'not_a_code', params: {} } as unknown as Explanation;
		expect(explanationText({ explanation: [unknown], detail: 'The engine says so.' }, 'ja')).toBe(
			'The engine says so.'
		);
		const broken = { code: 'percent_slip', params: {} } as unknown as Explanation;
		expect(explanationWords([broken], 'ja')).toBeNull();
		const c = check('gl_t2_mm001_2019_orr/d300/ci');
		const odd = { ...c, where: { ...c.where, quantity: { code: 'new_quantity', params: {} } } } as unknown as Check;
		expect(whereText(odd, 'ja')).toBe(c.location);
		expect(methodWords({ method: 'a method this version does not know', method_explanation: undefined }, 'ja')).toEqual(
			[{ text: 'a method this version does not know', lang: 'en' }]
		);
	});
});

// What Japanese clinicians read as-is (the allowlist of helper-rules-12.md and tests/e2e/language.spec.ts)
const ALLOWED_IN_JAPANESE = [
	/\b(?:MM|CRB)-\d{3}\b/g,
	/\bide-cel\b/g,
	/\b(?:IMWG|MedDRA|CTCAE|PMDA|RMP|CAR)\b/g,
	/\b(?:ORR|sCR|CR|VGPR|PR|MR|SD|PD|NE|NR|PFS|OS|HR|CI|ITT)\b/g,
	/\b(?:Clopper|Pearson|Wilson|Wald|Agresti|Coull|Jeffreys|Greenwood|Brookmeyer|Crowley|Kaplan|Meier|Cox|Efron)\b/g,
	// cited authors, proper names like the methods' (the lead's crawl allowlist is asked to add them)
	/\b(?:Brown|Cai|DasGupta|Fleiss|Levin|Paik)\b/g,
	/\b(?:mg|kg|mL|mRSS|[A-Za-z])\b/g
];
const LATIN_WORD = /[A-Za-z][A-Za-z'’]*/g;
const NUMBER = /(?<![\w.])\d+(?:\.\d+)?(?!\w)/g;

/** The Japanese wording's own words: identifiers (code) dropped, and the data's own Japanese labels removed. */
function ownJapanese(words: Words, c: Check): string {
	let text = words.map((s) => (typeof s === 'string' ? s : 'code' in s ? ' ' : s.text)).join('');
	const data = [
		c.where.group_ja,
		...Object.values(c.where.quantity.params),
		...c.explanation.flatMap((e) =>
			Object.entries(e.params)
				.filter(([k]) => /_ja$|^labels_ja$/.test(k))
				.map(([, v]) => v)
		)
	]
		.flat()
		.filter((v): v is string => typeof v === 'string' && v.length > 0)
		.sort((a, b) => b.length - a.length);
	for (const d of data) text = text.split(d).join(' ');
	return text;
}

describe('every check of the bundled catalog', () => {
	it('has an explanation, a place and a method whose codes all have Japanese and English wording', () => {
		expect(checks.length).toBeGreaterThan(1400);
		for (const c of checks) {
			expect(c.explanation.length, c.id).toBeGreaterThan(0);
			expect(hasWording(c.explanation), c.id).toBe(true);
			for (const lang of ['ja', 'en'] as const) {
				expect(explanationWords(c.explanation, lang), `${c.id} ${lang}`).not.toBeNull();
				expect(whereWords(c.where, lang), `${c.id} ${lang}`).not.toBeNull();
				if (c.method_explanation) expect(methodWords(c, lang), c.id).not.toEqual([{ text: c.method, lang: 'en' }]);
			}
		}
	});

	it('reads in Japanese with no English word outside the allowlist (data labels and marked passages aside)', () => {
		const stray = new Map<string, string>();
		for (const c of checks) {
			const parts = [
				joinSentences(explanationWords(c.explanation, 'ja')!, 'ja'),
				whereWords(c.where, 'ja')!,
				methodWords(c, 'ja'),
				statedMethodWords(c, 'ja') ?? []
			];
			for (const p of parts) {
				let rest = ownJapanese(p, c);
				for (const re of ALLOWED_IN_JAPANESE) rest = rest.replace(re, ' ');
				for (const w of rest.match(LATIN_WORD) ?? []) stray.set(w, `${c.id}: ${wordsText(p)}`);
			}
		}
		expect([...stray].map(([w, where]) => `${w} ← ${where}`)).toEqual([]);
	});

	it('says in English every number the engine’s detail says (the parameters carry them all)', () => {
		for (const c of checks) {
			const worded = explanationText(c, 'en');
			const have = new Set(worded.match(NUMBER) ?? []);
			const missing = (c.detail.match(NUMBER) ?? []).filter((x) => !have.has(x));
			expect(missing, `${c.id}: ${c.detail} → ${worded}`).toEqual([]);
		}
	});

	it('places every guideline number in English as the engine’s location does', () => {
		// the RMP's places differ on purpose: survey names for ids, grades in English words, each event once
		for (const c of checks.filter((x) => x.where.document === 'guideline' && x.kind !== 'p_value'))
			expect(whereText(c, 'en'), c.id).toBe(c.location);
	});
});
