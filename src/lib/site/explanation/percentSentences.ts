import { numbers } from './phrases';
import type { Sentences } from './words';

/**
 * The wording of the engine's sentences about percentages: a count over its denominator, rounded as printed
 * (verify/percentageChecks.ts).
 */
export const PERCENT_SENTENCES = {
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
	}
} satisfies Sentences;
