import { tableName } from '../chartProvenance';
import type { Sentences } from './words';

/**
 * The wording of the engine's sentences about hazard ratios: a point estimate against its interval, and an interval re-
 * expressed at 95% (verify/hazardRatioChecks.ts).
 */
export const HAZARD_RATIO_SENTENCES = {
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
	}
} satisfies Sentences;
