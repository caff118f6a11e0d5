import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import { decimalsOf, percentOf } from '$lib/stats/printedPrecision';
import type { Check } from './check';
import type { VerificationProfile } from '$lib/documents/profile';
import { describeMethod, explain, quantity, shortList, type Explanation, type Quantity } from './explanation';
import { checkId, groupKey, place, whereOf } from './location';
import { derivedExplanation, type DerivedN } from './countChecks';

const plain = (s: string | undefined) => (s && /^\d+(\.\d+)?$/.test(s) ? s : null);

/** What the row counts, as a code, for the structured place (the same cases as `label`). */
function quantityOf(d: Dataset, r: Row): Quantity {
	switch (d.entry.schema) {
		case 'response_category':
			return quantity('category', { category: r.category ?? '' });
		case 'adverse_reaction':
			return quantity('adverse_reaction', {
				term_en: (r.level === 'pt' ? r.pt_en : r.soc_en) ?? '',
				term_ja: (r.level === 'pt' ? r.pt_ja : r.soc_ja) ?? '',
				grade: r.grade === 'all' ? 'all' : '3plus'
			});
		case 'survival_statistic':
			return quantity('survival_statistic', {
				endpoint: r.endpoint ?? '',
				statistic: r.statistic ?? '',
				statistic_ja: r.statistic_ja ?? '',
				time_point: ''
			});
		case 'response_rate':
			return quantity('orr', {});
		case 'rmp_incidence':
			return quantity('incidence', {
				trial: r.trial_id ?? '',
				event_en: r.event_en ?? '',
				event_ja: r.event_ja ?? '',
				grade: r.grade ?? ''
			});
		default:
			return quantity('quantity', { en: r.quantity_en ?? '', ja: r.quantity_ja ?? '' });
	}
}

/** What the row counts, in words, for the location. */
function label(d: Dataset, r: Row): string {
	switch (d.entry.schema) {
		case 'response_category':
			return `${r.category}`;
		case 'adverse_reaction':
			return `${r.level === 'pt' ? r.pt_en : r.soc_en}, ${r.grade === 'all' ? 'all grades' : 'grade ≥3'}`;
		case 'survival_statistic':
			return `${r.endpoint} ${r.statistic?.replaceAll('_', ' ')}`;
		case 'response_rate':
			return 'ORR';
		case 'rmp_incidence':
			return `${r.trial_id ? `${r.trial_id}: ` : ''}${r.event_en}${r.grade ? ` (${r.grade})` : ''}`;
		default:
			return r.quantity_en ?? '';
	}
}

/** Whole numbers k (or N) for which k/N, or count/N, rounds to the printed percentage. */
function solutions(printed: string, fixed: number, solveFor: 'numerator' | 'denominator'): number[] {
	const d = decimalsOf(printed);
	const p = Number(printed);
	const half = 0.5 * 10 ** -d;
	const out: number[] = [];
	if (solveFor === 'numerator') {
		const lo = Math.max(0, Math.floor(((p - half) * fixed) / 100));
		const hi = Math.min(fixed, Math.ceil(((p + half) * fixed) / 100));
		for (let k = lo; k <= hi; k++) if (percentOf(k, fixed, d) === printed) out.push(k);
	} else if (p > 0) {
		// at least 1: a printed non-zero percentage with a count of 0 (a reader's file) must not try a denominator of 0
		const lo = Math.max(fixed, 1, Math.floor((fixed * 100) / (p + half)));
		const hi = Math.ceil((fixed * 100) / Math.max(p - half, 1e-9));
		for (let n = lo; n <= Math.min(hi, lo + 5000); n++) if (percentOf(fixed, n, d) === printed) out.push(n);
	}
	return out;
}

const list = (xs: number[]) => {
	if (xs.length === 0) return 'none';
	const { head, last } = shortList(xs);
	return last === null ? head.join(', ') : `${head.join(', ')} … ${last}`;
};

/** The arithmetic of a printed percentage, in English and as an explanation code with its parameters. */
function percentageExplanation(printed: string, count: number, n: number): { text: string; explanation: Explanation } {
	const d = decimalsOf(printed);
	const exact = ((100 * count) / n).toPrecision(6);
	const recomputed = percentOf(count, n, d);
	if (recomputed === printed)
		return {
			text: `${count}/${n} = ${exact}% → ${recomputed}.`,
			explanation: explain('percent_matches', { count, n, exact, recomputed })
		};
	const ks = solutions(printed, n, 'numerator');
	const ns = solutions(printed, count, 'denominator');
	const byCount =
		ks.length > 0
			? `${printed}% of ${n} would need a count of ${list(ks)}`
			: `no whole count out of ${n} rounds to ${printed}%`;
	const byDenominator =
		ns.length > 0
			? `${count} gives ${printed}% with a denominator of ${list(ns)}`
			: `no denominator gives ${printed}% with ${count}`;
	return {
		text: `${count}/${n} = ${exact}% rounds to ${recomputed}, not the printed ${printed}: ${byCount}; ${byDenominator}.`,
		explanation: explain('percent_slip', {
			count,
			n,
			exact,
			recomputed,
			printed,
			counts: ks.map(String),
			denominators: ns.map(String)
		})
	};
}

/**
 * The arithmetic of a printed percentage and, for a slip, the counts and denominators that would reproduce it.
 * @example explainPercentage('27.1', 19, 70) // '19/70 = 27.1429% → 27.1.'
 */
export function explainPercentage(printed: string, count: number, n: number): string {
	return percentageExplanation(printed, count, n).text;
}

function percentageCheck(
	d: Dataset,
	r: Row,
	count: number,
	n: number,
	printed: string,
	detailPrefix = '',
	prefixExplanation: readonly Explanation[] = []
): Check {
	const base = {
		id: checkId(d, r, 'percentage'),
		document: d.entry.document,
		location: `${place(d, r)}, ${label(d, r)}`,
		where: whereOf(d, r, quantityOf(d, r)),
		kind: 'percentage' as const,
		numerator: count,
		denominator: n,
		published: printed,
		stated_method: null,
		dataset: d.entry.id,
		source_line: Number(r.source_line)
	};
	// a reader's file can print a percentage of N = 0: there is nothing to divide by
	if (!(n > 0)) {
		return {
			...base,
			recomputed: null,
			method: null,
			status: 'not-recomputable',
			detail: `${detailPrefix}A percentage of ${count} out of N = ${n} is undefined.`,
			explanation: [...prefixExplanation, explain('percent_undefined', { count, n })]
		};
	}
	const recomputed = percentOf(count, n, decimalsOf(printed));
	const arithmetic = percentageExplanation(printed, count, n);
	return {
		...base,
		recomputed,
		method: 'count/denominator, rounded half up at the printed precision',
		method_explanation: describeMethod('percent_rounding', {}),
		status: recomputed === printed ? 'reproduced' : 'mismatch',
		detail: detailPrefix + arithmetic.text,
		explanation: [...prefixExplanation, arithmetic.explanation]
	};
}

/** Every printed percentage that has its count and its denominator (printed, or named by the passage: the profile's context denominators). */
export function percentageChecks(
	datasets: readonly Dataset[],
	derivedN: ReadonlyMap<string, DerivedN>,
	profile: Pick<VerificationProfile, 'context_denominators'>
): Check[] {
	const checks: Check[] = [];
	for (const d of datasets) {
		for (const r of d.rows) {
			let count: string | null = null;
			let printed: string | null = null;
			let n: string | null = null;
			switch (d.entry.schema) {
				case 'response_rate':
					[count, printed, n] = [plain(r.responders), plain(r.orr_percent), plain(r.n)];
					break;
				case 'rmp_incidence':
				case 'numeric_statement':
					[count, printed, n] = [plain(r.count), plain(r.percent), plain(r.denominator)];
					break;
				case 'rmp_survey_number':
					if (r.unit === '%') [count, printed, n] = [plain(r.count), plain(r.value), plain(r.denominator)];
					break;
				default:
					[count, printed, n] = [plain(r.count), plain(r.percent), plain(r.n)];
			}
			if (count === null || printed === null) continue;
			if (n !== null) {
				checks.push(percentageCheck(d, r, Number(count), Number(n), printed));
				continue;
			}
			const derived = derivedN.get(groupKey(d, r));
			if (derived) {
				checks.push(
					percentageCheck(d, r, Number(count), derived.n, printed, `N is not printed: ${derived.why}. `, [
						derivedExplanation(derived)
					])
				);
				continue;
			}
			const context = profile.context_denominators.find((c) => c.statements.includes(r.statement_id ?? ''));
			if (context) {
				const tries = context.candidates.map((c) => ({
					c,
					ok: percentOf(Number(count), c.n, decimalsOf(printed)) === printed
				}));
				const hit = tries.find((t) => t.ok) ?? tries[0]!;
				const others = tries
					.filter((t) => t !== hit)
					.map(
						(t) => `${count}/${t.c.n} (${t.c.population_en}) = ${percentOf(Number(count), t.c.n, decimalsOf(printed))}%`
					);
				const prefix = `The denominator is not printed here; line ${hit.c.line} names ${hit.c.n} ${hit.c.population_en}${others.length ? ` (${others.join('; ')})` : ''}. `;
				const rest = tries.filter((t) => t !== hit);
				const passage = explain('denominator_from_passage', {
					line: hit.c.line,
					n: hit.c.n,
					population: hit.c.population,
					population_en: hit.c.population_en,
					population_ja: hit.c.population_ja,
					count: count,
					other_ns: rest.map((t) => String(t.c.n)),
					other_populations: rest.map((t) => t.c.population),
					other_populations_en: rest.map((t) => t.c.population_en),
					other_populations_ja: rest.map((t) => t.c.population_ja),
					other_percents: rest.map((t) => percentOf(Number(count), t.c.n, decimalsOf(printed)))
				});
				checks.push(percentageCheck(d, r, Number(count), hit.c.n, printed, prefix, [passage]));
				continue;
			}
			checks.push({
				id: checkId(d, r, 'percentage'),
				document: d.entry.document,
				location: `${place(d, r)}, ${label(d, r)}`,
				where: whereOf(d, r, quantityOf(d, r)),
				kind: 'percentage',
				numerator: Number(count),
				denominator: null,
				published: printed,
				recomputed: null,
				method: null,
				stated_method: null,
				status: 'not-recomputable',
				detail: `The document prints ${count} and ${printed}% but no denominator here.`,
				explanation: [explain('percent_no_denominator', { count, printed })],
				dataset: d.entry.id,
				source_line: Number(r.source_line)
			});
		}
	}
	return checks;
}
