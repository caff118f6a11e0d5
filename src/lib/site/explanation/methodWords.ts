import type { Check } from '$lib/verify/check';
import type { MethodCode, MethodExplanation, MethodParams } from '$lib/verify/explanation';
import { isMethodCode, methodNameIn } from '../checkWords';
import type { Locale } from '../i18n';
import { localized } from '../localized';
import { code, en, wordCode, type Wording, type Words } from './words';

/** A check's method (a described method, an interval method or test by name, a survival model) in Japanese or English. */

const METHODS: { readonly [C in MethodCode]: Wording<MethodParams[C]> } = {
	percent_rounding: {
		ja: () => ['例数/分母（印刷された桁で四捨五入）'],
		en: () => ['count/denominator, rounded half up at the printed precision']
	},
	sum: { ja: () => ['合計'], en: () => ['sum'] },
	hr_geometric_mean: {
		ja: () => ['限界値の幾何平均（対数尺度で対称な Wald 区間）'],
		en: () => ['geometric mean of the bounds (log-symmetric Wald interval)']
	},
	hr_re_express: {
		// the functions of the formula are identifiers; SE is worded as the guideline's readers say it
		ja: (p) => [
			'対数ハザード比の標準誤差 = (',
			code('log'),
			` ${p.upper} − `,
			code('log'),
			` ${p.lower}) / (2 × ${p.z}) = ${p.se}、95% 信頼区間：`,
			code('exp'),
			'(',
			code('log'),
			` ${p.estimate} ± 1.9600 × 標準誤差)`
		],
		en: (p) => [
			`log SE = (log ${p.upper} − log ${p.lower}) / (2 × ${p.z}) = ${p.se}; 95%: exp(log ${p.estimate} ± 1.9600 × SE)`
		]
	},
	same_study_elsewhere: {
		ja: () => ['文書の他の箇所で引用された同じ試験・群・時期の分母'],
		en: () => ['the same study, arm and phase quoted elsewhere in the document']
	},
	min_n_one_event: {
		ja: () => ['1 − (1 − p)ⁿ ≥ 目標確率となる最小の n'],
		en: () => ['smallest n with 1 − (1 − p)ⁿ ≥ target']
	},
	normal_sample_size: {
		ja: () => ['一標本二項検定、正規近似（Fleiss, Levin & Paik 2003）'],
		en: () => ['one-sample binomial test, normal approximation (Fleiss, Levin & Paik 2003)']
	},
	probability_one_event: { ja: () => ['1 − (1 − p)ⁿ'], en: () => ['1 − (1 − p)ⁿ'] },
	expected_count: { ja: () => ['n × p'], en: () => ['n·p'] },
	accrual_remaining_years: {
		ja: () => ['初年度の収集数 + 年間収集数 × 残りの年数'],
		en: () => ['first year + annual accrual × remaining years']
	},
	accrual_registration: {
		ja: (p) => [`初年度の収集数 + 年間収集数 × ${p.later_years} 年（登録期間 ${p.start} から ${p.end} まで）`],
		en: (p) => [`first year + annual accrual × ${p.later_years} years (registration ${p.start} to ${p.end})`]
	},
	precision_n: { ja: () => ['SD/√n ≤ 試験の標準誤差となる最小の n'], en: () => ['smallest n with SD/√n ≤ trial SE'] },
	km_median_bc: {
		ja: () => [
			'Kaplan–Meier 法による中央値、対数尺度の Brookmeyer–Crowley 信頼区間（R の ',
			code('survfit'),
			' 関数の既定。文書には方法の記載なし）'
		],
		en: () => [
			'Kaplan–Meier median, Brookmeyer–Crowley interval on the log scale (R survfit default; the document states no method)'
		]
	},
	cox_unstratified: {
		ja: (p) => [`層別なしの Cox 回帰（同順位は Efron 法）、Wald 法による ${p.level}% 信頼区間`],
		en: (p) => [`unstratified Cox model, Efron ties, Wald ${p.level}% interval`]
	},
	logrank_one_sided: {
		ja: () => ['層別なしのログランク検定、片側（観察された方向での両側 p 値の半分）'],
		en: () => ['unstratified log-rank test, one-sided (half the two-sided p, in the direction observed)']
	},
	logrank_two_sided: {
		ja: () => ['層別なしのログランク検定、両側'],
		en: () => ['unstratified log-rank test, two-sided']
	},
	cox_stratified: {
		ja: () => ['層別 Cox 比例ハザードモデル'],
		en: () => ['stratified Cox proportional hazards model']
	},
	logrank_stratified: { ja: () => ['層別ログランク検定'], en: () => ['stratified log-rank test'] },
	kaplan_meier: { ja: () => ['Kaplan–Meier 法'], en: () => ['Kaplan–Meier'] }
};

/**
 * A described method in the reader's language; null for an unknown code.
 * @example methodExplanationWords({ code: 'sum', params: {} }, 'en') // ['sum']
 */
export const methodExplanationWords = (m: MethodExplanation, lang: Locale): Words | null =>
	wordCode(METHODS as unknown as Record<string, Wording<never>>, m, lang);

/**
 * The method a check's footnote states, in the reader's language: an interval method or test by name, a survival
 * method by its code; in English the data's own transcription (it names the strata), null when none is stated.
 * @example statedMethodWords(hrCheck, 'ja') // ['層別 Cox 比例ハザードモデル']
 */
export function statedMethodWords(
	check: Pick<Check, 'stated_method' | 'stated_method_explanation'>,
	lang: Locale
): Words | null {
	if (!check.stated_method) return null;
	if (isMethodCode(check.stated_method)) return [methodNameIn(check.stated_method, lang)];
	if (lang === 'ja' && check.stated_method_explanation) {
		const w = methodExplanationWords(check.stated_method_explanation, lang);
		if (w) return w;
	}
	// the transcription, marked as English on a Japanese page
	return [localized(lang, { ja: en(check.stated_method), en: check.stated_method })];
}

/**
 * A check's method in the reader's language: a described method, an interval method or test by name, or "—".
 * @example methodWords({ method: 'sum', method_explanation: { code: 'sum', params: {} } }, 'ja') // ['合計']
 */
export function methodWords(check: Pick<Check, 'method' | 'method_explanation'>, lang: Locale): Words {
	if (check.method_explanation) {
		const w = methodExplanationWords(check.method_explanation, lang);
		if (w) return w;
	}
	if (!check.method) return ['—'];
	if (isMethodCode(check.method)) return [methodNameIn(check.method, lang)];
	// a description this version cannot word: the English one, marked as such on a Japanese page
	return [localized(lang, { ja: en(check.method), en: check.method })];
}
