import { methodNameIn } from '../checkWords';
import type { Sentences } from './words';

/**
 * The wording of the engine's sentences about one-sample tests of the ORR against a threshold (verify/testChecks.ts).
 */
export const TEST_SENTENCES = {
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
	}
} satisfies Sentences;
