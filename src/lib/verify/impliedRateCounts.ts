import type { DocumentProfile, ImpliedRateCount } from '$lib/documents/profile';
import { ratioAtPrecision } from '$lib/stats/printedPrecision';
import type { Check, CheckStatus } from './check';
import { describeMethod, explain } from './explanation';

/**
 * Expected counts a passage prints from a rate it relies on without printing it ("at the same incidence as trial X,
 * about 7 of 360"): the profile's `implied_rate_counts` name the rate's counts and their lines, and each settles the
 * check of its printed count with n × numerator/denominator.
 */

// "about k" in the document's words: 程度 and 約 in Japanese, about or approximately in English
const ABOUT = /程度|約|およそ|前後|about|approximately|around|roughly/i;

/** Full-width digits as ASCII ("７" → "7"), so a number typed either way reads the same. */
const asciiDigits = (s: string) => s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The printed count of an expected-count phrase, what it is "about", and the unit of its last printed digit. */
export interface PrintedCount {
	/** the number as printed, without thousands separators ("7", "1200", "7.5") */
	readonly value: string;
	/** the words say "about" (程度, 約, about) */
	readonly about: boolean;
	/** the power of ten of the last printed digit: 7 → 0, 40 → 1, 100 → 2, 7.5 → −1 */
	readonly exponent: number;
}

/**
 * Reads an expected count as printed ("7例程度", "約40例", "about 100 patients").
 * @example printedCount('7例程度') // { value: '7', about: true, exponent: 0 }
 * @example printedCount('40例程度').exponent // 1
 */
export function printedCount(words: string): PrintedCount | null {
	const m = /\d[\d,]*(?:\.\d+)?/.exec(asciiDigits(words));
	if (!m) return null;
	const value = m[0].replaceAll(',', '');
	const [whole = '', decimals] = value.split('.');
	const trailingZeros = /^0*$/.test(whole) ? 0 : (/0*$/.exec(whole)?.[0].length ?? 0);
	return { value, about: ABOUT.test(words), exponent: decimals ? -decimals.length : trailingZeros };
}

/** The printed number as an integer count of its units (scaled so both sides of a comparison stay whole). */
const scaled = (value: string, scale: bigint) => {
	const [whole = '0', decimals = ''] = value.split('.');
	return BigInt(whole + decimals) * (scale / 10n ** BigInt(decimals.length));
};

/** What n × numerator/denominator gives against a printed count. */
export interface ImpliedCountResult {
	/** n × numerator/denominator to 2 decimals ("7.50") */
	readonly expected: string;
	/** the same rounded half up to the printed count's last digit ("8"; for "40", to tens) */
	readonly rounded: string;
	readonly status: CheckStatus;
	/** one unit of the printed count's last digit ("1", "10", "0.1") */
	readonly unit: string;
}

/**
 * n × numerator/denominator against a printed count, in exact integer arithmetic: reproduced when it rounds to the
 * printed number at its last digit; approximate when the words say "about" and it is within one unit of that digit.
 * @example impliedCount(360, 1, 48, printedCount('7例程度')!) // { expected: '7.50', rounded: '8', status: 'approximate', unit: '1' }
 */
export function impliedCount(
	n: number,
	numerator: number,
	denominator: number,
	printed: PrintedCount
): ImpliedCountResult {
	const events = BigInt(n) * BigInt(numerator);
	const den = BigInt(denominator);
	const k = printed.exponent;
	const rounded =
		k >= 0
			? String(BigInt(ratioAtPrecision(events, den * 10n ** BigInt(k), 0)) * 10n ** BigInt(k))
			: ratioAtPrecision(events, den, -k);
	// both sides in units of 10^min(k, 0): |n·num/den − printed| < unit ⇔ |n·num·s − printed·s·den| < unit·s·den
	const scale = 10n ** BigInt(Math.max(0, -k));
	const unitScaled = 10n ** BigInt(Math.max(0, k));
	const diff = events * scale - scaled(printed.value, scale) * den;
	// "about k" (程度, 約): within one unit of k's last printed digit (7 → ±1, 40 → ±10), since "about" may cut as well as round
	const withinOneUnit = (diff < 0n ? -diff : diff) < unitScaled * den;
	const status: CheckStatus =
		rounded === printed.value ? 'reproduced' : printed.about && withinOneUnit ? 'approximate' : 'mismatch';
	return {
		expected: ratioAtPrecision(events, den, 2),
		rounded,
		status,
		unit: k >= 0 ? String(10n ** BigInt(k)) : `0.${'0'.repeat(-k - 1)}1`
	};
}

/** The check of a printed count, settled by the fact the profile names. */
function settled(original: Check, fact: ImpliedRateCount, printed: PrintedCount, quoteLang: 'ja' | 'en'): Check {
	const r = impliedCount(fact.n, fact.numerator, fact.denominator, printed);
	const rateLines =
		fact.numerator_line === fact.denominator_line
			? `line ${fact.numerator_line}`
			: `lines ${fact.numerator_line} and ${fact.denominator_line}`;
	const rate = `${fact.reasoning_en}: ${fact.numerator}/${fact.denominator} (${rateLines}) among ${fact.n} patients (line ${fact.n_line}).`;
	const arithmetic = `${fact.n} × ${fact.numerator}/${fact.denominator} = ${r.expected}`;
	const verdict =
		r.status === 'reproduced'
			? `${arithmetic} → ${r.rounded}, printed "${fact.printed}".`
			: r.status === 'approximate'
				? `${arithmetic}, printed "${fact.printed}": it rounds to ${r.rounded}, but "about" allows one unit of the printed number's last digit (±${r.unit}).`
				: `${arithmetic}, printed "${fact.printed}": it rounds to ${r.rounded}, ${printed.about ? `more than one unit (±${r.unit}) from` : 'not'} the printed ${printed.value}.`;
	return {
		id: original.id,
		document: original.document,
		location: original.location,
		where: original.where,
		kind: original.kind,
		numerator: fact.numerator,
		denominator: fact.denominator,
		published: original.published,
		recomputed: r.rounded,
		method: 'n·p',
		method_explanation: describeMethod('expected_count', {}),
		stated_method: null,
		status: r.status,
		detail: `${rate} ${verdict}`,
		explanation: [
			explain('implied_rate', {
				reasoning_ja: fact.reasoning_ja,
				reasoning_en: fact.reasoning_en,
				numerator: fact.numerator,
				numerator_line: fact.numerator_line,
				denominator: fact.denominator,
				denominator_line: fact.denominator_line,
				n: fact.n,
				n_line: fact.n_line
			}),
			explain('implied_count', {
				n: fact.n,
				numerator: fact.numerator,
				denominator: fact.denominator,
				expected: r.expected,
				rounded: r.rounded,
				printed: printed.value,
				quote: fact.printed,
				quote_lang: quoteLang,
				about: printed.about,
				unit: r.unit,
				status: r.status === 'reproduced' ? 'rounds' : r.status === 'approximate' ? 'within_unit' : 'outside'
			})
		],
		dataset: original.dataset,
		source_line: original.source_line
	};
}

/**
 * The checks with each profile's implied-rate counts settled: the check a fact names is replaced, in place, by
 * n × numerator/denominator against its printed count. Throws, naming the profile field, for a fact whose check
 * does not exist or whose printed number differs from the data's.
 * @example withImpliedRateCounts(checks, [rmp]).find((c) => c.id === rmp.verification.implied_rate_counts[0]?.check)?.status // 'approximate' (360 × 1/48 against "7例程度")
 */
export function withImpliedRateCounts(checks: readonly Check[], profiles: readonly DocumentProfile[]): Check[] {
	const out = [...checks];
	for (const p of profiles) {
		p.verification.implied_rate_counts.forEach((fact, i) => {
			const field = `${p.slug}/document.json: verification.implied_rate_counts[${i}]`;
			const at = out.findIndex((c) => c.id === fact.check);
			const original = out[at];
			if (!original) throw new Error(`${field}.check: no check has the id ${fact.check}`);
			const printed = printedCount(fact.printed);
			if (!printed || printed.value !== original.published)
				throw new Error(
					`${field}.printed: "${fact.printed}" names ${printed?.value ?? 'no number'}, the data prints ${original.published} (line ${original.source_line})`
				);
			if (fact.printed_line !== original.source_line)
				throw new Error(
					`${field}.printed_line: ${fact.printed_line}, the data prints it on line ${original.source_line}`
				);
			out[at] = settled(original, fact, printed, p.language);
		});
	}
	return out;
}
