import type { Sentences } from './words';

/** The wording of the engine's sentences about counts that add up to a printed total (verify/countChecks.ts). */
export const COUNT_SENTENCES = {
	sum: {
		ja: (p) => {
			const terms = p.values.map((v, i) => `${p.labels_ja[i]} ${v}`).join(' + ');
			if (!p.matches) return [`${terms} = ${p.total} であり、印刷値 ${p.printed} と一致しない。`];
			return [`${terms} = ${p.total}${p.printed ? '（印刷値と一致）' : ''}。`];
		},
		en: (p) => [
			`${p.values.map((v, i) => `${p.labels_en[i]} ${v}`).join(' + ')} = ${p.total}${p.matches ? '' : `, but ${p.printed} is printed`}.`
		]
	}
} satisfies Sentences;
