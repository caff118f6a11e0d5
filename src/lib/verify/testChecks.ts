import type { Dataset } from '$lib/data/dataset';
import { isDatasetOf } from '$lib/data/typedRows';
import { oneSampleTest, type OneSampleTest } from '$lib/stats/binomial';
import { roundHalfUp } from '$lib/stats/printedPrecision';
import type { Check } from './check';
import { explain, quantity } from './explanation';
import { checkId, place, whereOf } from './location';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 5.69e-8 → "5.7 × 10⁻⁸" */
export function scientific(p: number): string {
	if (p === 0) return '0';
	const [m, e] = p.toExponential(1).split('e');
	const exp = Number(e);
	if (exp >= -3) return p.toPrecision(2);
	return `${m} × 10⁻${String(-exp)
		.split('')
		.map((c) => SUPERSCRIPT[Number(c)])
		.join('')}`;
}

/** A computed p-value written at the precision of a printed one: "<0.0001" stays an inequality when p is below it. */
export function pAtPrintedPrecision(printed: string, p: number): string {
	const lt = /^<\s*(\d+(\.\d+)?)$/.exec(printed);
	if (lt) return p < Number(lt[1]) ? printed : roundHalfUp(p, lt[1]!.split('.')[1]?.length ?? 0);
	return roundHalfUp(p, printed.split('.')[1]?.length ?? 0);
}
const matches = (printed: string, p: number) => pAtPrintedPrecision(printed, p) === printed;

const TESTS: readonly { id: OneSampleTest; name: string }[] = [
	{ id: 'normal', name: 'normal approximation' },
	{ id: 'normal-cc', name: 'normal approximation with continuity correction' },
	{ id: 'exact', name: 'exact binomial' }
];

/** The one-sample test p-values printed beside an ORR, against the threshold the footnote states. */
export function testChecks(datasets: readonly Dataset[]): Check[] {
	const checks: Check[] = [];
	for (const d of datasets.filter((x) => isDatasetOf(x, 'response_rate'))) {
		for (const r of d.rows) {
			const printedP = r.p_value;
			if (!printedP || !r.threshold_percent || !r.n) continue;
			const x = Number(r.responders);
			const n = Number(r.n);
			const p0 = Number(r.threshold_percent) / 100;
			const alternative = r.p_value_sided === 'two-sided' ? 'two-sided' : 'greater';
			const stated: OneSampleTest | null = /正規|normal/i.test(r.test_stated ?? '')
				? 'normal'
				: /exact|正確/i.test(r.test_stated ?? '')
					? 'exact'
					: null;
			const results = TESTS.map((t) => ({ ...t, p: oneSampleTest(t.id, x, n, p0, alternative) }));
			const reproducing = results.filter((t) => matches(printedP, t.p)).map((t) => t.id);
			const main = results.find((t) => t.id === stated) ?? results[0]!;
			const status =
				reproducing.length === 0
					? 'mismatch'
					: stated && !reproducing.includes(stated)
						? 'reproduced-other-method'
						: 'reproduced';
			checks.push({
				id: checkId(d, r, 'p_value'),
				document: d.entry.document,
				location: `${place(d, r)}, ${alternative} p-value against ${r.threshold_percent}%`,
				where: whereOf(d, r, quantity('p_value', { sided: alternative, threshold: r.threshold_percent })),
				kind: 'p_value',
				numerator: x,
				denominator: n,
				published: r.p_value,
				recomputed: pAtPrintedPrecision(r.p_value, main.p),
				method: main.id,
				stated_method: stated,
				status,
				detail: `H0: ORR ≤ ${r.threshold_percent}% with ${x}/${n}: ${results.map((t) => `${t.name} p = ${scientific(t.p)}`).join('; ')}. Printed ${r.p_value}.`,
				explanation: [
					explain('p_values', {
						threshold: r.threshold_percent,
						x,
						n,
						tests: results.map((t) => t.id),
						p_values: results.map((t) => scientific(t.p))
					}),
					explain('p_value_printed', { printed: r.p_value })
				],
				reproducing_methods: reproducing,
				dataset: d.entry.id,
				source_line: Number(r.source_line)
			});
		}
	}
	return checks;
}
