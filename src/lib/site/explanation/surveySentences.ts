import { ja, type Sentences } from './words';

/**
 * The wording of the engine's sentences about the RMP's survey sample sizes, recomputed (verify/surveyChecks.ts); the
 * RMP's Japanese quotations stay Japanese.
 */
export const SURVEY_SENTENCES = {
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
	}
} satisfies Sentences;
