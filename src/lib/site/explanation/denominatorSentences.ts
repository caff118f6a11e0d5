import { lines } from './phrases';
import type { Sentences } from './words';

/**
 * The wording of the engine's sentences about a study quoted with different denominators in different places
 * (verify/denominatorChecks.ts).
 */
export const DENOMINATOR_SENTENCES = {
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
	}
} satisfies Sentences;
