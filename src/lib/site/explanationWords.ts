import type { Check } from '$lib/verify/check';
import {
	shortList,
	type Explanation,
	type ExplanationCode,
	type ExplanationParams,
	type MethodCode,
	type MethodExplanation,
	type MethodParams,
	type Quantity,
	type QuantityCode,
	type QuantityParams
} from '$lib/verify/explanation';
import type { Where } from '$lib/verify/location';
import { tableName } from './chartProvenance';
import { isMethodCode, methodNameIn } from './checkWords';
import type { Locale } from './i18n';
import { gradeText } from './rmpRows';

/**
 * The verification engine's explanations, places and methods (codes with parameters, src/lib/verify/explanation.ts)
 * worded in Japanese or English. Japanese reads as a biostatistician would write it (である調, the guideline's terms:
 * 全奏効割合, 信頼区間, 例数, リスク患者数); English follows the engine's own `detail`. A quotation of the Japanese RMP on
 * an English page is a segment with its `lang`; a function name (log, exp, survfit) is a code segment. Proper names
 * (methods, cited authors) stay as their authors write them, as the guideline itself does.
 * An unknown code words nothing (null): the caller shows the English `detail` or `location` instead.
 */

/** A run of text; one in the other language carries its lang, an identifier (a function name) is code. */
export type Segment =
	string | { readonly text: string; readonly lang: Locale } | { readonly text: string; readonly code: true };
/** One sentence (or a phrase) as segments. */
export type Words = readonly Segment[];

type Wording<P> = Readonly<Record<Locale, (p: P) => Words>>;

const en = (text: string): Segment => ({ text, lang: 'en' });
const ja = (text: string): Segment => ({ text, lang: 'ja' });
const code = (text: string): Segment => ({ text, code: true });

/** The plain text of words (for search, sorting and tests). */
export const wordsText = (words: Words): string => words.map((s) => (typeof s === 'string' ? s : s.text)).join('');

const sep = (lang: Locale) => (lang === 'ja' ? '、' : ', ');
/** A method's name; in Japanese with 法 ("Clopper–Pearson 法", "Wald 法（[0, 100] に切り詰め）"). */
const ho = (code: string, lang: Locale): string => {
	const name = methodNameIn(code, lang);
	if (lang === 'en') return name;
	const paren = name.indexOf('（');
	return paren > 0 ? `${name.slice(0, paren)} 法${name.slice(paren)}` : `${name} 法`;
};
/** Names in a sentence: "A、B" in Japanese, "A, B and C" in English (names may hold commas themselves). */
const series = (names: readonly string[], lang: Locale) =>
	lang === 'ja' || names.length < 2 ? names.join(sep(lang)) : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const methods = (codes: readonly string[], lang: Locale) =>
	series(
		codes.map((c) => ho(c, lang)),
		lang
	);
/** A list of whole numbers, long ones shortened to "1, 2, 3 … 40" as the engine does. */
const numbers = (xs: readonly string[], lang: Locale) => {
	const { head, last } = shortList(xs);
	return last === null ? head.join(sep(lang)) : `${head.join(sep(lang))} … ${last}`;
};
const lines = (commaSeparated: string, lang: Locale) => commaSeparated.split(',').join(sep(lang));

const SENTENCES: { readonly [C in ExplanationCode]: Wording<ExplanationParams[C]> } = {
	percent_matches: {
		ja: (p) => [`${p.count}/${p.n} = ${p.exact}% → ${p.recomputed}（印刷値と一致）。`],
		en: (p) => [`${p.count}/${p.n} = ${p.exact}% → ${p.recomputed}.`]
	},
	percent_slip: {
		ja: (p) => [
			`${p.count}/${p.n} = ${p.exact}% は四捨五入すると ${p.recomputed} となり、印刷値 ${p.printed} と一致しない。`,
			p.counts.length > 0
				? `分母 ${p.n} で ${p.printed}% となる例数は ${numbers(p.counts, 'ja')} である。`
				: `分母 ${p.n} では、どの例数でも ${p.printed}% にはならない。`,
			p.denominators.length > 0
				? `例数 ${p.count} で ${p.printed}% となる分母は ${numbers(p.denominators, 'ja')} である。`
				: `例数 ${p.count} で ${p.printed}% となる分母はない。`
		],
		en: (p) => [
			`${p.count}/${p.n} = ${p.exact}% rounds to ${p.recomputed}, not the printed ${p.printed}: `,
			p.counts.length > 0
				? `${p.printed}% of ${p.n} would need a count of ${numbers(p.counts, 'en')}`
				: `no whole count out of ${p.n} rounds to ${p.printed}%`,
			'; ',
			p.denominators.length > 0
				? `${p.count} gives ${p.printed}% with a denominator of ${numbers(p.denominators, 'en')}.`
				: `no denominator gives ${p.printed}% with ${p.count}.`
		]
	},
	percent_undefined: {
		ja: (p) => [`N = ${p.n} のため、${p.count} の割合は定義できない。`],
		en: (p) => [`A percentage of ${p.count} out of N = ${p.n} is undefined.`]
	},
	percent_no_denominator: {
		ja: (p) => [`文書には ${p.count} と ${p.printed}% が記載されているが、ここには分母の記載がない。`],
		en: (p) => [`The document prints ${p.count} and ${p.printed}% but no denominator here.`]
	},
	n_is_category_sum: {
		ja: (p) => [
			`N は記載されていない。${p.n} は当該列の効果判定別の例数の合計である（${p.first_line}–${p.last_line} 行目）。`
		],
		en: (p) => [
			`N is not printed: ${p.n} is the sum of the column's response categories (lines ${p.first_line}–${p.last_line}).`
		]
	},
	denominator_from_passage: {
		ja: (p) => {
			const others = p.other_ns.map(
				(n, i) => `${p.count}/${n}（${p.other_populations_ja[i] ?? p.other_populations[i]}）= ${p.other_percents[i]}%`
			);
			return [
				`ここには分母が記載されていない。${p.line} 行目に記載の ${p.n} 例（${p.population_ja}）を分母とした${others.length ? `（参考：${others.join('；')}）` : ''}。`
			];
		},
		en: (p) => {
			const others = p.other_ns.map(
				(n, i) => `${p.count}/${n} (${p.other_populations_en[i] ?? p.other_populations[i]}) = ${p.other_percents[i]}%`
			);
			return [
				`The denominator is not printed here; line ${p.line} names ${p.n} ${p.population_en}${others.length ? ` (${others.join('; ')})` : ''}.`
			];
		}
	},
	interval_not_plain: {
		ja: (p) => [
			`信頼区間は数値からのみ再計算できる（限界値は 6.8 や 93.2 のような数値、信頼水準は 0 と 100 の間、奏効例数は ${p.n} 例中 ${p.x} 例）。記載は [${p.lower}, ${p.upper}]、信頼水準 ${p.level}% であった。`
		],
		en: (p) => [
			`An interval is recomputed from plain numbers: bounds such as 6.8 and 93.2, a level between 0 and 100 and ${p.x} of ${p.n} responders; found [${p.lower}, ${p.upper}] at ${p.level}%.`
		]
	},
	interval_none_reproduces: {
		ja: (p) => [
			`${p.x}/${p.n}、信頼水準 ${p.level}% で [${p.lower}, ${p.upper}] を再現する方法はない${p.stated ? `（脚注の記載は ${ho(p.stated, 'ja')}）` : ''}。`,
			`各方法による区間：${p.methods.map((m, i) => `${methodNameIn(m, 'ja')} ${p.values[i]}`).join('、')}。`
		],
		en: (p) => [
			`No method reproduces [${p.lower}, ${p.upper}] for ${p.x}/${p.n} at ${p.level}%${p.stated ? ` (the footnote states ${methodNameIn(p.stated, 'en')})` : ''}. `,
			`Each method gives: ${p.methods.map((m, i) => `${methodNameIn(m, 'en')} ${p.values[i]}`).join('; ')}.`
		]
	},
	interval_stated_reproduces: {
		ja: (p) => [
			`記載の ${ho(p.stated, 'ja')}で再現される。`,
			p.also.length > 0 ? `${methods(p.also, 'ja')}でも再現される。` : ''
		],
		en: (p) => [
			`The stated ${methodNameIn(p.stated, 'en')} interval reproduces it${p.also.length > 0 ? `, as do ${methods(p.also, 'en')}` : ''}.`
		]
	},
	interval_other_method: {
		ja: (p) => [
			`脚注では ${ho(p.stated, 'ja')}とされているが（${ho(p.stated, 'ja')}では ${p.stated_gives}）、印刷された区間を再現するのは ${methods(p.reproducing, 'ja')}である。`
		],
		en: (p) => [
			`The footnote states ${methodNameIn(p.stated, 'en')}, which gives ${p.stated_gives}; the printed interval is reproduced by ${methods(p.reproducing, 'en')} instead.`
		]
	},
	interval_no_stated: {
		ja: (p) => [`方法の記載はない。${methods(p.reproducing, 'ja')}で再現される。`],
		en: (p) => [
			`No method is stated; ${methods(p.reproducing, 'en')} reproduce${p.reproducing.length === 1 ? 's' : ''} it.`
		]
	},
	wald_unreliable: {
		ja: (p) => [
			`${p.n} 例中 ${p.x} 例（${p.few === 'events' ? '事象あり' : '事象なし'}が 5 例未満）では Wald 法は信頼できず、実際の被覆確率は ${p.level}% を大きく下回る（Brown, Cai & DasGupta 2001）。`
		],
		en: (p) => [
			`The Wald interval is unreliable here: with ${p.x} of ${p.n} (fewer than 5 ${p.few}) its actual coverage falls well below ${p.level}% (Brown, Cai & DasGupta 2001).`
		]
	},
	wald_truncated_only: {
		ja: (p) => [
			`[0, 100] に切り詰めた Wald 区間でのみ再現される。切り詰める前の${p.bound === 'lower' ? '下限' : '上限'}（${p.value}）が ${p.bound === 'lower' ? 0 : 100} に切り詰められており、正規近似がこの例数に適合しないことを示す。`
		],
		en: (p) => [
			`Only a Wald interval truncated to [0, 100] reproduces it: the untruncated ${p.bound} bound (${p.value}) was cut at ${p.bound === 'lower' ? 0 : 100}, a sign the normal approximation does not fit these counts.`
		]
	},
	wald_zero_width: {
		ja: (p) => [`${p.n} 例中 ${p.x} 例では Wald 区間の幅が 0 となり、不確かさを何も示さない。`],
		en: (p) => [`With ${p.x} of ${p.n} the Wald interval has zero width: it says nothing about uncertainty.`]
	},
	counts_from: {
		ja: (p) => [`例数 ${p.x}/${p.n} は${tableName(p.table, 'ja')}（${p.line} 行目）による。`],
		en: (p) => [`Counts ${p.x}/${p.n} from ${tableName(p.table, 'en')} (line ${p.line}).`]
	},
	p_values: {
		ja: (p) => [
			`帰無仮説 ORR ≤ ${p.threshold}%、${p.x}/${p.n} での p 値：${p.tests.map((t, i) => `${methodNameIn(t, 'ja')} p = ${p.p_values[i]}`).join('、')}。`
		],
		en: (p) => [
			`H0: ORR ≤ ${p.threshold}% with ${p.x}/${p.n}: ${p.tests.map((t, i) => `${methodNameIn(t, 'en')} p = ${p.p_values[i]}`).join('; ')}.`
		]
	},
	p_value_printed: {
		ja: (p) => [`印刷値は ${p.printed}。`],
		en: (p) => [`Printed ${p.printed}.`]
	},
	sum: {
		ja: (p) => {
			const terms = p.values.map((v, i) => `${p.labels_ja[i]} ${v}`).join(' + ');
			if (!p.matches) return [`${terms} = ${p.total} であり、印刷値 ${p.printed} と一致しない。`];
			return [`${terms} = ${p.total}${p.printed ? '（印刷値と一致）' : ''}。`];
		},
		en: (p) => [
			`${p.values.map((v, i) => `${p.labels_en[i]} ${v}`).join(' + ')} = ${p.total}${p.matches ? '' : `, but ${p.printed} is printed`}.`
		]
	},
	hr_degenerate: {
		ja: (p) => [`区間が退化しており（${p.published}）、対数尺度での確認には正で有限な限界値が 2 つ必要である。`],
		en: (p) => [`The interval is degenerate (${p.published}): a log-scale check needs two positive finite bounds.`]
	},
	hr_geometric_mean: {
		ja: (p) => [`√(${p.lower} × ${p.upper}) = ${p.mid} → ${p.recomputed}、印刷値は ${p.printed}。`],
		en: (p) => [`√(${p.lower} × ${p.upper}) = ${p.mid} → ${p.recomputed}; printed ${p.printed}.`]
	},
	hr_rounding_range: {
		ja: (p) => [`限界値の丸めを考慮すると、点推定値は [${p.low}, ${p.high}] の範囲をとりうる。`],
		en: (p) => [`Rounding of the bounds allows ${p.low}–${p.high}.`]
	},
	hr_95_twin: {
		ja: (p) => [
			`${tableName(p.table, 'ja')} には同じハザード比が 95% 信頼区間 [${p.lower}, ${p.upper}] とともに記載されている。`,
			`${p.level}% 信頼区間を 95% に換算すると [${p.recomputed_lower}, ${p.recomputed_upper}] となり、${p.agree ? '2 つの表は一致する' : '一致しない'}。`
		],
		en: (p) => [
			`${tableName(p.table, 'en')} prints the same hazard ratio with a 95% interval [${p.lower}, ${p.upper}]; re-expressing the ${p.level}% interval gives [${p.recomputed_lower}, ${p.recomputed_upper}]${p.agree ? ': the two tables agree' : ''}.`
		]
	},
	hr_95_alone: {
		ja: (p) => [
			`${p.level}% 信頼区間は 95% 信頼区間 [${p.lower}, ${p.upper}] に相当する（比較できる 95% 信頼区間の記載はない）。`
		],
		en: (p) => [
			`The ${p.level}% interval corresponds to a 95% interval of [${p.lower}, ${p.upper}] (no 95% interval is printed to compare).`
		]
	},
	denominator_differs: {
		ja: (p) => [
			`この試験は他の箇所では ${p.other_ns.map((n, i) => `${n} 例（${lines(p.other_lines[i] ?? '', 'ja')} 行目）`).join('、')}として引用されているが、ここでは ${p.denominator} 例である。`,
			`${p.count}/${p.denominator} = ${p.percent}% であり、${p.count}/${p.majority} なら ${p.alternative}% となる。`
		],
		en: (p) => {
			const others = p.other_ns.map((n, i) => {
				const ls = p.other_lines[i] ?? '';
				return `${n} (line${ls.includes(',') ? 's' : ''} ${lines(ls, 'en')})`;
			});
			return [
				`This study is quoted with ${others.join('; ')} patients elsewhere, but with ${p.denominator} here: ${p.count}/${p.denominator} = ${p.percent}%, while ${p.count}/${p.majority} would be ${p.alternative}%.`
			];
		}
	},
	denominator_maybe_subset: {
		ja: () => ['本文に明記されていない部分集団である可能性もある。'],
		en: () => ['It may be a subset the text does not name.']
	},
	survey_min_n_one_event: {
		ja: (p) => [
			`p = ${p.rate}%、目標確率 ${p.target}%：1 − ${p.q}^${p.n_below} = ${p.prob_below} < ${p.target_proportion}、1 − ${p.q}^${p.n} = ${p.prob_at} ≥ ${p.target_proportion} → n = ${p.n}。`,
			`計画の安全性評価対象 ${p.evaluable} 例でこれを満たす。`
		],
		en: (p) => [
			`p = ${p.rate}%, target ${p.target}%: 1 − ${p.q}^${p.n_below} = ${p.prob_below} < ${p.target_proportion}, 1 − ${p.q}^${p.n} = ${p.prob_at} ≥ ${p.target_proportion} → n = ${p.n}; the plan's ${p.evaluable} evaluable patients cover it.`
		]
	},
	survey_normal_sample_size: {
		ja: (p) => [
			`正規近似：n = ⌈((z₀.₉₅√(p₀(1 − p₀)) + z₀.₉₀√(p₁(1 − p₁))) / (p₁ − p₀))²⌉ = ${p.n}（${p.printed} 例での検出力 ${p.power}%）。`
		],
		en: (p) => [
			`Normal approximation: n = ⌈((z₀.₉₅√(p0q0) + z₀.₉₀√(p1q1)) / (p1 − p0))²⌉ = ${p.n} (power at ${p.printed}: ${p.power}%).`
		]
	},
	survey_exact_power_short: {
		ja: (p) => [
			`正確二項検定では、この例数で検出力 ${p.target}% に達しない。${p.printed} 例での検出力は ${p.power}% であり、${p.target}% に達する最小の n は ${p.exact_n} である`,
			p.stable_from
				? `（検出力は n とともに鋸歯状に変動し、${p.stable_from} から ${p.checked_to} までのすべての n で達する）`
				: '',
			`。収集予定の ${p.collected} 例でも ${p.collected_power}% にとどまる。`
		],
		en: (p) => [
			`The exact binomial test does not reach ${p.target}% there: power at ${p.printed} is ${p.power}% and the smallest n reaching ${p.target}% is ${p.exact_n}`,
			p.stable_from ? ` (power saw-tooths; every n from ${p.stable_from} to ${p.checked_to} reaches it)` : '',
			`; even the ${p.collected} to be collected give ${p.collected_power}%.`
		]
	},
	survey_test_not_stated: {
		ja: () => ['RMP には用いた検定の記載がない。'],
		en: () => ['The RMP does not say which test it used.']
	},
	survey_probability_one_case: {
		ja: (p) => [
			`1 − (1 − ${p.proportion})^${p.n} = ${p.probability}%（${p.rate}% の代わりに ${p.count}/${p.denominator} を用いると ${p.exact_probability}%）。`
		],
		en: (p) => [
			`1 − (1 − ${p.proportion})^${p.n} = ${p.probability}% (with ${p.count}/${p.denominator} instead of ${p.rate}%: ${p.exact_probability}%).`
		]
	},
	survey_claimed_lower_bound: {
		ja: (p) => [`RMP の「${p.quote_ja}」は下限としては成り立ち、確率そのものは ${p.probability}% である。`],
		en: (p) => [
			'The RMP\'s "',
			ja(p.quote_ja),
			`" holds as a lower bound; the probability itself is ${p.probability}%.`
		]
	},
	survey_expected_count: {
		ja: (p) => [`${p.n} × ${p.count}/${p.denominator} = ${p.expected}。RMP の記載は「${p.quote_ja}」。`],
		en: (p) => [
			`${p.n} × ${p.count}/${p.denominator} = ${p.expected}, printed "`,
			ja(p.quote_ja),
			`" (about ${p.printed}).`
		]
	},
	survey_expected_count_rounds: {
		ja: (p) => [
			`${p.n} × ${p.count}/${p.denominator} = ${p.expected} で、四捨五入すると ${p.rounded} となるが、RMP の記載は「${p.quote_ja}」である。`
		],
		en: (p) => [
			`${p.n} × ${p.count}/${p.denominator} = ${p.expected}: it rounds to ${p.rounded}, printed "`,
			ja(p.quote_ja),
			`" (about ${p.printed}).`
		]
	},
	survey_accrual_approximate: {
		ja: (p) => [
			`${p.first} + ${p.annual} × ${p.later_years} = ${p.total}。RMP は ${p.years} 年で${p.quote_ja} ${p.printed} 例を収集可能としている。`
		],
		en: (p) => [
			`${p.first} + ${p.annual} × ${p.later_years} = ${p.total}; the RMP prints ${p.printed} as "`,
			ja(p.quote_ja),
			`" (approximately) collectable in ${p.years} years.`
		]
	},
	survey_accrual_evaluable: {
		ja: (p) => [
			`${p.first} + ${p.annual} × ${p.later_years} = ${p.total}。安全性評価対象の ${p.evaluable} 例はその ${p.share}% に当たる。`
		],
		en: (p) => [
			`${p.first} + ${p.annual} × ${p.later_years} = ${p.total}; ${p.evaluable} evaluable = ${p.share}% of them.`
		]
	},
	survey_precision_n: {
		ja: (p) => [`(${p.sd}/${p.se})² = ${p.ratio_squared} → n = ${p.n}、${p.sd}/√${p.n} = ${p.se_at_n}。`],
		en: (p) => [`(${p.sd}/${p.se})² = ${p.ratio_squared} → n = ${p.n}; ${p.sd}/√${p.n} = ${p.se_at_n}.`]
	},
	survey_collect_for_evaluable: {
		ja: (p) => [
			`評価可能例を ${p.share}% とすると、${p.n}/${p.fraction} = ${p.needed} ≈ ${p.printed} 例の収集が必要である。`
		],
		en: (p) => [`With ${p.share}% evaluable, ${p.n}/${p.fraction} = ${p.needed} ≈ ${p.printed} to collect.`]
	},
	survey_expected_without_rate: {
		ja: (p) => [`RMP は ${p.n} 例中「${p.quote_ja}」としているが、想定した発現割合は記載していない。`],
		en: (p) => ['The RMP prints "', ja(p.quote_ja), `" among ${p.n} patients but not the incidence it assumes.`]
	},
	survival_median_by_construction: {
		ja: () => ['中央値は再構成の条件として一致させてあり、その信頼区間は中央値付近の再構成曲線に依存する。'],
		en: () => ['The median is met by construction; its interval depends on the rebuilt curve around it.']
	},
	survival_hr_stratified: {
		ja: () => [
			'公表されたハザード比は層別解析によるが（記載の方法を参照）、ここでの値は層別しておらず、層ごとのデータは文書に記載されていない。'
		],
		en: () => [
			'The published hazard ratio is stratified (see the stated method); this one is not, and the strata are not in the document.'
		]
	},
	survival_interval_95: {
		ja: (p) => [`95% 信頼区間：[${p.lower}, ${p.upper}]。`],
		en: (p) => [`95% interval: [${p.lower}, ${p.upper}].`]
	},
	survival_p_value: {
		ja: (p) => [`再構築したデータによるログランク検定の p 値は ${p.p} である。`],
		en: (p) => [`The log-rank p-value of the rebuilt data is ${p.p}.`]
	},
	survival_p_stratified: {
		ja: (p) => [`公表された p 値は層別ログランク検定によるが、ここでの値（p = ${p.p}）は層を用いていない。`],
		en: (p) => [
			`The published p-value comes from a stratified log-rank test; this one (p = ${p.p}) does not use the strata.`
		]
	},
	survival_rebuilt: {
		ja: (p) => [
			`${tableName(p.at_risk_table, 'ja')} のリスク患者数（${p.grid_months} カ月間隔と仮定）、イベント数及び中央値から表モードで再構成した患者単位データによる再計算であり、構成上、近似値である。`
		],
		en: (p) => [
			`Recomputed from patient data rebuilt in table mode from the numbers at risk (${tableName(p.at_risk_table, 'en')}, on the assumed ${p.grid_months}-month grid), the event totals and the medians: approximate by construction.`
		]
	},
	survival_needs_patient_data: {
		ja: (p) => [
			`この集団にはリスク患者数の記載がなく、文書から患者単位の生存時間データが得られないため再計算できない${p.stratified ? '（印刷されたハザード比は層別解析による）' : ''}。`
		],
		en: (p) => [
			`Needs patient-level survival data that the document does not give for this population (no numbers at risk are printed for it)${p.stratified ? '; the printed ratio is stratified' : ''}.`
		]
	}
};

/** A grade as printed, with グレード in Japanese as the guideline writes it: "grade3 以上" → "グレード 3 以上". */
function gradeWords(grade: string, lang: Locale): string {
	if (lang === 'en') return gradeText(grade, 'en');
	return grade.replace(/全 ?grade/g, '全グレード').replace(/grade ?(?=\d)/g, 'グレード ');
}

// a survival statistic's name when a reader's file gives no Japanese label
const STATISTIC_JA: Readonly<Record<string, string>> = {
	median: '中央値',
	hazard_ratio: 'ハザード比',
	p_value: 'p 値',
	events: 'イベント数',
	deaths: '死亡数',
	landmark_survival: '生存率',
	progression: 'PD',
	death_before_progression: 'PD 確認前の死亡'
};

const QUANTITIES: { readonly [C in QuantityCode]: Wording<QuantityParams[C]> } = {
	orr: { ja: () => ['全奏効割合'], en: () => ['ORR'] },
	orr_ci: { ja: (p) => [`全奏効割合の ${p.level}% 信頼区間`], en: (p) => [`${p.level}% CI of the ORR`] },
	category: { ja: (p) => [p.category], en: (p) => [p.category] },
	adverse_reaction: {
		ja: (p) => [`${p.term_ja || p.term_en}（${p.grade === 'all' ? '全グレード' : 'グレード 3 以上'}）`],
		en: (p) => [`${p.term_en}, ${p.grade === 'all' ? 'all grades' : 'grade ≥3'}`]
	},
	survival_statistic: {
		ja: (p) => {
			const name = p.statistic_ja || STATISTIC_JA[p.statistic] || p.statistic;
			return [
				`${name.startsWith(p.endpoint) ? name : `${p.endpoint} ${name}`}${p.time_point ? `（${p.time_point} カ月時点）` : ''}`
			];
		},
		en: (p) => [`${p.endpoint} ${p.statistic.replaceAll('_', ' ')}${p.time_point ? ` at ${p.time_point} months` : ''}`]
	},
	incidence: {
		ja: (p) => [
			`${p.trial ? `${p.trial}：` : ''}${p.event_ja || p.event_en}${p.grade ? `（${gradeWords(p.grade, 'ja')}）` : ''}`
		],
		en: (p) => [`${p.trial ? `${p.trial}: ` : ''}${p.event_en}${p.grade ? ` (${gradeWords(p.grade, 'en')})` : ''}`]
	},
	quantity: { ja: (p) => [p.ja || p.en], en: (p) => [p.en] },
	p_value: {
		ja: (p) => [`閾値 ${p.threshold}% に対する${p.sided === 'two-sided' ? '両側' : '片側'} p 値`],
		en: (p) => [`${p.sided === 'two-sided' ? 'two-sided' : 'one-sided'} p-value against ${p.threshold}%`]
	},
	categories_sum: { ja: () => ['効果判定別の例数の合計 = N'], en: () => ['response categories sum to N'] },
	responders_sum: { ja: () => ['奏効例数 = sCR + CR + VGPR + PR'], en: () => ['responders = sCR + CR + VGPR + PR'] },
	events_sum: {
		ja: (p) => [`${p.endpoint} イベント数 = PD + PD 確認前の死亡`],
		en: (p) => [`${p.endpoint} events = progression + death before progression`]
	},
	pooled_sum: {
		ja: (p) => [
			`${p.item_ja || p.item_en}${p.grade === 'all' ? '（全グレード）' : p.grade === '3plus' ? '（グレード 3 以上）' : ''}：併合列 = 各コホートの合計`
		],
		en: (p) => [
			`${p.item_en}${p.grade === 'all' ? ', all grades' : p.grade === '3plus' ? ', grade ≥3' : ''}: pooled column = sum of its cohorts`
		]
	},
	subgroups_n: { ja: () => ['部分集団の例数の合計 = ITT 集団の各群'], en: () => ['subgroup N add up to the ITT arm'] },
	subgroups_events: {
		ja: () => ['部分集団の PFS イベント数の合計 = ITT 集団の各群'],
		en: () => ['subgroup PFS events add up to the ITT arm']
	},
	hazard_ratio: { ja: (p) => [`${p.endpoint} のハザード比`], en: (p) => [`${p.endpoint} hazard ratio`] },
	hr_log_symmetry: {
		ja: (p) => [`${p.endpoint} のハザード比、${p.level}% 信頼区間（対数尺度での対称性）`],
		en: (p) => [`${p.endpoint} hazard ratio, ${p.level}% CI on the log scale`]
	},
	hr_re_expressed: {
		ja: (p) => [`${p.endpoint} のハザード比、${p.level}% 信頼区間の 95% への換算`],
		en: (p) => [`${p.endpoint} hazard ratio, ${p.level}% CI re-expressed at 95%`]
	},
	// one figure can cover the same event twice (two rows): each event once
	quoted_figure: {
		ja: (p) => [[...new Set(p.events_ja)].join('、')],
		en: (p) => [[...new Set(p.events_en)].join(', ')]
	},
	n_for_one_serious_infection: {
		ja: (p) => [`重篤な感染症を ${p.probability}% の確率で 1 例以上検出するのに必要な例数`],
		en: (p) => [`patients needed to see ≥1 serious infection with ${p.probability}% probability`]
	},
	n_for_doubled_infection_rate: {
		ja: (p) => [
			`重篤な感染症の発現割合の倍増を検出するのに必要な例数（閾値 ${p.threshold}%、有意水準片側 ${p.alpha}%、検出力 ${p.power}%）`
		],
		en: (p) => [
			`patients needed to detect a doubled serious-infection rate (threshold ${p.threshold}%, one-sided ${p.alpha}%, power ${p.power}%)`
		]
	},
	probability_of_one_case: {
		ja: (p) => [`発現割合 ${p.rate}% の有害事象を ${p.n} 例中 1 例以上収集できる確率（記載は ${p.claimed}% 以上）`],
		en: (p) => [
			`probability of collecting ≥1 case of an adverse event with incidence ${p.rate}% among ${p.n} patients (claimed ≥${p.claimed}%)`
		]
	},
	expected_serious_infections: {
		ja: (p) => [
			`${p.trial ? `${p.trial} 試験` : '国外臨床試験'}の発現割合で ${p.n} 例中に見込まれる重篤な感染症の例数`
		],
		en: (p) => [`expected serious infections among ${p.n} patients at the ${p.trial || 'foreign trial'} rate`]
	},
	accrual_total: {
		ja: (p) => [`${p.approximate ? '概ね ' : ''}${p.years} 年間の収集例数（初年度と以降の各年の合計）`],
		en: (p) => [
			p.approximate
				? `accrual: first year plus later years over about ${p.years} years`
				: `accrual over the ${p.years}-year registration`
		]
	},
	n_for_trial_precision: {
		ja: (p) => [`臨床試験と同程度の精度で mRSS 変化量を推定するのに必要な例数（SD ${p.sd}、試験の標準誤差 ${p.se}）`],
		en: (p) => [`patients for an mRSS estimate as precise as the trial (SD ${p.sd}, trial SE ${p.se})`]
	}
};

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

/** Words a coded entry from its table, or null for a code the table does not know (never throws). */
function word<T extends { code: string; params: object }>(
	table: Readonly<Record<string, Wording<never>>>,
	entry: T,
	lang: Locale
): Words | null {
	if (!entry || typeof entry.code !== 'string' || !Object.hasOwn(table, entry.code)) return null;
	try {
		return (table[entry.code]![lang] as (p: T['params']) => Words)(entry.params ?? {});
	} catch {
		// params from another version of the report: the caller falls back to the English text
		return null;
	}
}

/** Whether every code of an explanation has wording in both languages. */
export const hasWording = (explanation: readonly { code: string }[]): boolean =>
	explanation.every((e) => Object.hasOwn(SENTENCES, e.code));

/**
 * An explanation in the reader's language, one Words per sentence; null when a code is unknown (show the detail).
 * @example explanationWords([{ code: 'percent_matches', params: { count: 88, n: 90, exact: '97.7778', recomputed: '97.8' } }], 'ja') // [['88/90 = 97.7778% → 97.8（印刷値と一致）。']]
 */
export function explanationWords(explanation: readonly Explanation[] | undefined, lang: Locale): Words[] | null {
	if (!explanation || explanation.length === 0) return null;
	const out: Words[] = [];
	for (const e of explanation) {
		const w = word(SENTENCES as unknown as Record<string, Wording<never>>, e, lang);
		if (!w) return null;
		out.push(w.filter((s) => s !== ''));
	}
	return out;
}

/** The sentences joined as running text: no space between Japanese sentences, one between English ones. */
export function joinSentences(sentences: readonly Words[], lang: Locale): Words {
	return sentences.flatMap((s, i) => (i > 0 && lang === 'en' ? [' ', ...s] : s));
}

/**
 * A check's explanation as plain text in the reader's language; the English detail when it cannot be worded.
 * @example explanationText(check, 'ja') // '記載の Clopper–Pearson 法で再現される。'
 */
export function explanationText(check: Pick<Check, 'explanation' | 'detail'>, lang: Locale): string {
	const w = explanationWords(check.explanation, lang);
	return w ? wordsText(joinSentences(w, lang)) : check.detail;
}

/** What a number is, in the reader's language; null for an unknown code. */
export const quantityWords = (q: Quantity, lang: Locale): Words | null =>
	word(QUANTITIES as unknown as Record<string, Wording<never>>, q, lang);

/** A described method in the reader's language; null for an unknown code. */
export const methodExplanationWords = (m: MethodExplanation, lang: Locale): Words | null =>
	word(METHODS as unknown as Record<string, Wording<never>>, m, lang);

/**
 * A check's place in the reader's language, e.g. "表 2、外国人コホート 150×10⁶個、全奏効割合の 95% 信頼区間" or
 * "ガイドライン 3.6 項、530 行目、…"; null when the quantity's code is unknown (show the English location).
 * @example whereWords(check.where, 'en') // ['Table 2, Foreign cohort, 150×10⁶ CAR+ T cells column, ', '95% CI of the ORR']
 */
export function whereWords(where: Where | undefined, lang: Locale): Words | null {
	if (!where) return null;
	const q = quantityWords(where.quantity, lang);
	if (!q) return null;
	const group = lang === 'ja' ? where.group_ja || where.group_en : where.group_en;
	if (where.table === 'text') {
		const doc = (lang === 'ja' ? where.document_ja : where.document_en) ?? where.file ?? '';
		const head =
			lang === 'ja'
				? `${doc} ${where.section} 項、${where.line} 行目`
				: `${doc} section ${where.section}, line ${where.line}`;
		// a study or survey names the passage: what it prints follows a colon, as in the engine's location
		if (!group) return [`${head}${sep(lang)}`, ...q];
		return lang === 'ja' ? [`${head}、${group}：`, ...q] : [`${head}, ${group}: `, ...q];
	}
	const table =
		where.document === 'upload' && lang === 'ja'
			? `アップロードしたファイル ${where.file ?? ''}`
			: tableName(where.table, lang);
	if (!group) return [`${table}${sep(lang)}`, ...q];
	return lang === 'ja' ? [`${table}、${group}、`, ...q] : [`${table}, ${group} column, `, ...q];
}

/** A check's place as plain text in the reader's language; the English location when it cannot be worded. */
export function whereText(check: Pick<Check, 'where' | 'location'>, lang: Locale): string {
	const w = whereWords(check.where, lang);
	return w ? wordsText(w) : check.location;
}

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
	return [lang === 'ja' ? en(check.stated_method) : check.stated_method];
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
	return [lang === 'ja' ? en(check.method) : check.method];
}
