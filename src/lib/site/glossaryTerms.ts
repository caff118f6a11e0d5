import type { OneSampleTest } from '$lib/stats/binomial';
import type { IntervalMethod } from '$lib/stats/binomial/interval';
import type { CheckFlag, CheckStatus } from '$lib/verify/check';
import { href, type Locale } from './i18n';

// The glossary's term names and the codes they explain: all a link to the glossary needs. The definitions
// (glossary.ts, 50 KB) load only on the glossary page.

/** Every glossary id with its term in both languages. */
export const GLOSSARY_TERMS: Readonly<Record<string, { readonly ja: string; readonly en: string }>> = {
	'confidence-interval': { ja: '信頼区間（CI）', en: 'Confidence interval (CI)' },
	'confidence-level': { ja: '信頼水準', en: 'Confidence level' },
	'clopper-pearson': { ja: 'Clopper–Pearson 法', en: 'Clopper–Pearson exact interval' },
	wald: { ja: 'Wald 法', en: 'Wald interval' },
	'wald-truncated': { ja: 'Wald 法（0～100% に切り詰め）', en: 'Wald interval, cut to 0–100%' },
	wilson: { ja: 'Wilson 法（スコア法）', en: 'Wilson score interval' },
	'wilson-cc': { ja: 'Wilson 法（連続性補正あり）', en: 'Wilson score interval with continuity correction' },
	'agresti-coull': { ja: 'Agresti–Coull 法', en: 'Agresti–Coull interval' },
	jeffreys: { ja: 'Jeffreys 法', en: 'Jeffreys interval' },
	'mid-p': { ja: 'mid-p 法', en: 'Mid-p exact interval' },
	'exact-binomial-test': { ja: '正確二項検定', en: 'Exact binomial test' },
	'normal-approximation-test': {
		ja: '正規近似を用いた一標本二項検定',
		en: 'One-sample binomial test by the normal approximation'
	},
	'one-sided-vs-two-sided': { ja: '片側 p 値と両側 p 値', en: 'One-sided and two-sided p-values' },
	orr: { ja: '全奏効割合（ORR）', en: 'Overall response rate (ORR)' },
	'best-overall-response': { ja: '最良治療効果', en: 'Best overall response' },
	'imwg-criteria': { ja: 'IMWG 基準', en: 'IMWG response criteria' },
	scr: { ja: '厳格な完全奏効（sCR）', en: 'Stringent complete response (sCR)' },
	cr: { ja: '完全奏効（CR）', en: 'Complete response (CR)' },
	vgpr: { ja: '最良部分奏効（VGPR）', en: 'Very good partial response (VGPR)' },
	pr: { ja: '部分奏効（PR）', en: 'Partial response (PR)' },
	'kaplan-meier': { ja: 'Kaplan–Meier 法', en: 'Kaplan–Meier estimate' },
	'numbers-at-risk': { ja: 'リスク患者数', en: 'Number at risk' },
	censoring: { ja: '打ち切り', en: 'Censoring' },
	'median-survival': { ja: '生存期間の中央値', en: 'Median survival time' },
	greenwood: { ja: 'Greenwood の分散', en: "Greenwood's variance" },
	'brookmeyer-crowley': { ja: 'Brookmeyer–Crowley 法', en: 'Brookmeyer–Crowley interval for the median' },
	'log-rank-test': { ja: 'ログランク検定', en: 'Log-rank test' },
	'stratified-log-rank': { ja: '層別ログランク検定', en: 'Stratified log-rank test' },
	'cox-model': { ja: 'Cox 比例ハザードモデル', en: 'Cox proportional hazards model' },
	'hazard-ratio': { ja: 'ハザード比（HR）', en: 'Hazard ratio (HR)' },
	'stratified-hazard-ratio': {
		ja: '層別ハザード比（層別 Cox モデル）',
		en: 'Stratified hazard ratio (stratified Cox model)'
	},
	'efron-breslow-ties': {
		ja: '同時点のイベントの扱い（Efron 法と Breslow 法）',
		en: 'Tied event times: the Efron and Breslow methods'
	},
	reconstructed: { ja: '再構成した患者データ', en: 'Reconstructed (rebuilt) patient-level data' },
	'guyot-method': { ja: 'Guyot 法（曲線モード）', en: "Guyot's method (curve mode)" },
	'table-mode': { ja: '表モード（本サイトの再構成法）', en: "Table mode (the site's reconstruction)" },
	'printed-precision': { ja: '印刷された桁数', en: 'Printed precision' },
	'rounding-half-up': { ja: '四捨五入', en: 'Rounding half up' },
	reproduced: { ja: '再現', en: 'Reproduced' },
	'reproduced-other-method': { ja: '別の方法で再現', en: 'Reproduced, other method' },
	approximate: { ja: '近似', en: 'Approximate' },
	mismatch: { ja: '不一致', en: 'Mismatch' },
	'not-recomputable': { ja: '再計算不能', en: 'Not recomputable' },
	'stated-method-differs': { ja: '記載と異なる方法', en: 'Not the stated method' },
	'unreliable-method': { ja: '信頼性の低い方法', en: 'Unreliable method' },
	'truncated-bound': { ja: '0% または 100% で切り詰め', en: 'Bound cut at 0 or 100%' },
	'zero-width': { ja: '幅 0 の区間', en: 'Zero-width interval' }
};

/**
 * A term's name in the given language, or undefined for an id the glossary does not hold.
 * @example termName('censoring', 'ja') // '打ち切り'
 */
export const termName = (id: string, lang: Locale): string | undefined =>
	Object.hasOwn(GLOSSARY_TERMS, id) ? GLOSSARY_TERMS[id]![lang] : undefined;

// the engines' codes each glossary entry explains (typed, so a new method, test, status or flag needs an entry here)
const CODE_TERMS: Record<IntervalMethod | OneSampleTest | CheckStatus | CheckFlag, string> = {
	'clopper-pearson': 'clopper-pearson',
	wald: 'wald',
	'wald-truncated': 'wald-truncated',
	wilson: 'wilson',
	'wilson-cc': 'wilson-cc',
	'agresti-coull': 'agresti-coull',
	jeffreys: 'jeffreys',
	'mid-p': 'mid-p',
	exact: 'exact-binomial-test',
	normal: 'normal-approximation-test',
	'normal-cc': 'normal-approximation-test',
	reproduced: 'reproduced',
	'reproduced-other-method': 'reproduced-other-method',
	approximate: 'approximate',
	mismatch: 'mismatch',
	'not-recomputable': 'not-recomputable',
	'stated-method-differs': 'stated-method-differs',
	'unreliable-method': 'unreliable-method',
	'truncated-bound': 'truncated-bound',
	'zero-width': 'zero-width'
};

/**
 * The glossary id that explains an engine code (interval method, one-sample test, check status or flag); null for a
 * code it does not know, so a page shows that code without a link.
 * @example glossaryIdOf('normal-cc') // 'normal-approximation-test'
 */
export const glossaryIdOf = (code: string): string | null =>
	Object.hasOwn(CODE_TERMS, code) ? CODE_TERMS[code as keyof typeof CODE_TERMS] : null;

/**
 * The link to the glossary entry that explains an engine code or a glossary id, in the page's language; null when the
 * glossary holds neither. A plain function, for tables with a link in every row (no component per cell).
 * @example glossaryHref('normal-cc') // '/glossary/#normal-approximation-test' (on a Japanese page)
 */
export function glossaryHref(codeOrId: string): string | null {
	const id = glossaryIdOf(codeOrId) ?? (Object.hasOwn(GLOSSARY_TERMS, codeOrId) ? codeOrId : null);
	return id === null ? null : href(`/glossary/#${id}`);
}
