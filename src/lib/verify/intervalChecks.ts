import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import type { VerificationProfile } from '$lib/documents/profile';
import type { Check, CheckStatus } from './check';
import { derivedExplanation, type DerivedN } from './countChecks';
import { explain, quantity, type Explanation } from './explanation';
import { inferInterval, methodId } from './inferInterval';
import { checkId, groupKey, place, whereOf } from './location';

/** Where the counts of an interval come from when its own row does not print them: English and as a code. */
interface CountsFrom {
	readonly text: string;
	readonly explanation: Explanation | null;
}

function intervalCheck(
	d: Dataset,
	r: Row,
	x: number,
	n: number,
	level: string,
	lower: string,
	upper: string,
	statedText: string | null,
	countsFrom: CountsFrom
): Check {
	const stated = methodId(statedText);
	const base = {
		id: checkId(d, r, 'ci'),
		document: d.entry.document,
		location: `${place(d, r)}, ${level}% CI of the ORR`,
		where: whereOf(d, r, quantity('orr_ci', { level })),
		kind: 'proportion_ci' as const,
		numerator: x,
		denominator: n,
		published: `[${lower}, ${upper}]`,
		stated_method: stated,
		dataset: d.entry.id,
		source_line: Number(r.source_line)
	};
	// a reader's file may print "NE" or "<0.01" as a bound, or a level outside (0, 100): say so instead of computing
	const plain = (v: string) => /^-?\d+(\.\d+)?$/.test(v);
	if (
		!plain(lower) ||
		!plain(upper) ||
		!plain(level) ||
		!(Number(level) > 0 && Number(level) < 100) ||
		!(n > 0) ||
		x > n
	) {
		return {
			...base,
			recomputed: null,
			method: null,
			status: 'not-recomputable',
			detail: `An interval is recomputed from plain numbers: bounds such as 6.8 and 93.2, a level between 0 and 100 and ${x} of ${n} responders; found [${lower}, ${upper}] at ${level}%.`,
			explanation: [explain('interval_not_plain', { lower, upper, level, x, n })]
		};
	}
	const inf = inferInterval(x, n, Number(level), lower, upper, stated);
	let status: CheckStatus;
	const sentences: string[] = [];
	const explanation: Explanation[] = [];
	const others = Object.entries(inf.all)
		.map(([m, v]) => `${m} ${v}`)
		.join('; ');
	if (inf.reproducing.length === 0) {
		status = 'mismatch';
		sentences.push(
			`No method reproduces [${lower}, ${upper}] for ${x}/${n} at ${level}%${stated ? ` (the footnote states ${stated})` : ''}. Each method gives: ${others}.`
		);
		explanation.push(
			explain('interval_none_reproduces', {
				lower,
				upper,
				x,
				n,
				level,
				stated: stated ?? '',
				methods: Object.keys(inf.all),
				values: Object.values(inf.all)
			})
		);
	} else if (stated && inf.reproducing.includes(stated)) {
		status = 'reproduced';
		const also = inf.reproducing.filter((m) => m !== stated);
		sentences.push(
			`The stated ${stated} interval reproduces it${inf.reproducing.length > 1 ? `, as do ${also.join(', ')}` : ''}.`
		);
		explanation.push(explain('interval_stated_reproduces', { stated, also }));
	} else if (stated) {
		status = 'reproduced-other-method';
		sentences.push(
			`The footnote states ${stated}, which gives ${inf.all[stated]}; the printed interval is reproduced by ${inf.reproducing.join(', ')} instead.`
		);
		explanation.push(
			explain('interval_other_method', { stated, stated_gives: inf.all[stated], reproducing: inf.reproducing })
		);
	} else {
		status = 'reproduced';
		sentences.push(
			`No method is stated; ${inf.reproducing.join(', ')} reproduce${inf.reproducing.length === 1 ? 's' : ''} it.`
		);
		explanation.push(explain('interval_no_stated', { reproducing: inf.reproducing }));
	}
	sentences.push(...inf.warnings, countsFrom.text);
	explanation.push(...inf.warning_explanations, ...(countsFrom.explanation ? [countsFrom.explanation] : []));
	return {
		...base,
		recomputed: inf.recomputed,
		method: inf.reproducing.length > 0 ? inf.method : null,
		status,
		detail: sentences.filter(Boolean).join(' '),
		explanation,
		reproducing_methods: inf.reproducing,
		by_method: inf.all,
		...(inf.flags.length > 0 ? { flags: inf.flags } : {})
	};
}

/** Every printed proportion interval: the ORR rows of the tables and the ORR sentences of the text the profile links to a table. */
export function intervalChecks(
	datasets: readonly Dataset[],
	derivedN: ReadonlyMap<string, DerivedN>,
	profile: Pick<VerificationProfile, 'statement_intervals'>
): Check[] {
	const checks: Check[] = [];
	for (const d of datasets) {
		if (d.entry.schema === 'response_rate') {
			for (const r of d.rows) {
				if (!r.ci_lower || !r.ci_upper) continue;
				const derived = r.n ? null : derivedN.get(groupKey(d, r));
				const n = r.n ? Number(r.n) : (derived?.n ?? null);
				if (n === null) continue;
				checks.push(
					intervalCheck(
						d,
						r,
						Number(r.responders),
						n,
						r.ci_level || '95',
						r.ci_lower,
						r.ci_upper,
						r.ci_method_stated === 'not stated' ? null : (r.ci_method_stated ?? null),
						derived
							? { text: `N is not printed: ${derived.why}.`, explanation: derivedExplanation(derived) }
							: { text: '', explanation: null }
					)
				);
			}
		}
		if (d.entry.schema === 'numeric_statement') {
			for (const r of d.rows) {
				const link = profile.statement_intervals.find((x) => x.statement === r.statement_id);
				if (!link || !r.range_lower || !r.range_upper) continue;
				const source = datasets.find((x) => x.entry.id === link.dataset)?.rows.find((x) => x.group_id === link.group);
				if (!source?.n) continue;
				const table = datasets.find((x) => x.entry.id === link.dataset)!.entry.table;
				const counts = {
					text: `Counts ${source.responders}/${source.n} from ${link.dataset} (line ${source.source_line}).`,
					explanation: explain('counts_from', {
						x: source.responders ?? '',
						n: source.n,
						dataset: link.dataset,
						table,
						line: source.source_line ?? ''
					})
				};
				checks.push(
					intervalCheck(
						d,
						r,
						Number(source.responders),
						Number(source.n),
						'95',
						r.range_lower,
						r.range_upper,
						link.stated_method,
						counts
					)
				);
			}
		}
	}
	return checks;
}
