import type { Locale } from '../i18n';
import { en, ja, type Segment, type Sentences } from './words';

/**
 * The wording of the engine's sentences about expected counts printed from a rate the passage relies on without
 * printing it (verify/impliedRateCounts.ts); the profile gives the reasoning in both languages.
 */

/** The document's own words, marked with their language when the page is in the other one. */
const quoted = (text: string, quoteLang: Locale, page: Locale): Segment =>
	quoteLang === page ? text : quoteLang === 'ja' ? ja(text) : en(text);

export const IMPLIED_RATE_SENTENCES = {
	implied_rate: {
		ja: (p) => [
			`${p.reasoning_ja}。発現割合 ${p.numerator}/${p.denominator}（${p.numerator_line === p.denominator_line ? p.numerator_line : `${p.numerator_line}、${p.denominator_line}`} 行目）、対象 ${p.n} 例（${p.n_line} 行目）。`
		],
		en: (p) => [
			`${p.reasoning_en}: ${p.numerator}/${p.denominator} (${p.numerator_line === p.denominator_line ? `line ${p.numerator_line}` : `lines ${p.numerator_line} and ${p.denominator_line}`}) among ${p.n} patients (line ${p.n_line}).`
		]
	},
	implied_count: {
		ja: (p) => {
			const arithmetic = `${p.n} × ${p.numerator}/${p.denominator} = ${p.expected}`;
			const quote = quoted(p.quote, p.quote_lang, 'ja');
			if (p.status === 'rounds') return [`${arithmetic} → ${p.rounded}（記載「`, quote, '」と一致）。'];
			if (p.status === 'within_unit')
				return [
					`${arithmetic} であり、四捨五入すると ${p.rounded} となるが、記載は「`,
					quote,
					`」である。概数の記載は最下位桁の 1 単位（±${p.unit}）以内の差を許すものとし、近似的に一致とした。`
				];
			return [
				`${arithmetic} であり、四捨五入すると ${p.rounded} となり、記載「`,
				quote,
				p.about ? `」の ${p.printed} から最下位桁の 1 単位（±${p.unit}）を超えて異なる。` : '」と一致しない。'
			];
		},
		en: (p) => {
			const arithmetic = `${p.n} × ${p.numerator}/${p.denominator} = ${p.expected}`;
			const quote = quoted(p.quote, p.quote_lang, 'en');
			if (p.status === 'rounds') return [`${arithmetic} → ${p.rounded}, printed "`, quote, '".'];
			if (p.status === 'within_unit')
				return [
					`${arithmetic}, printed "`,
					quote,
					`": it rounds to ${p.rounded}, but "about" allows one unit of the printed number's last digit (±${p.unit}).`
				];
			return [
				`${arithmetic}, printed "`,
				quote,
				`": it rounds to ${p.rounded}, ${p.about ? `more than one unit (±${p.unit}) from` : 'not'} the printed ${p.printed}.`
			];
		}
	}
} satisfies Sentences;
