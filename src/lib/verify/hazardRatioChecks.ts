import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import { normalQuantile } from '$lib/stats/special/normal';
import { decimalsOf, roundHalfUp } from '$lib/stats/printedPrecision';
import type { Check } from './check';
import { describeMethod, explain, quantity, statedSurvivalMethod, type Quantity } from './explanation';
import { checkId, place, whereOf } from './location';

const isPlain = (s: string | undefined): s is string => !!s && /^\d+(\.\d+)?$/.test(s);

function base(
	d: Dataset,
	r: Row,
	suffix: string,
	what: string,
	q: Quantity
): Pick<
	Check,
	| 'id'
	| 'document'
	| 'location'
	| 'where'
	| 'kind'
	| 'numerator'
	| 'denominator'
	| 'stated_method'
	| 'stated_method_explanation'
	| 'dataset'
	| 'source_line'
> {
	const statedCode = statedSurvivalMethod(r.method_stated);
	return {
		id: checkId(d, r, suffix),
		document: d.entry.document,
		location: `${place(d, r)}, ${r.endpoint} hazard ratio${what}`,
		where: whereOf(d, r, q),
		kind: 'hazard_ratio_ci',
		numerator: null,
		denominator: null,
		stated_method: r.method_stated || null,
		...(statedCode ? { stated_method_explanation: statedCode } : {}),
		dataset: d.entry.id,
		source_line: Number(r.source_line)
	};
}

/**
 * A Wald interval for a hazard ratio is symmetric on the log scale: the estimate is the geometric mean of the bounds
 * (Cox model; e.g. R survival::coxph). The printed estimate must equal √(lower·upper) at its precision.
 */
export function hazardRatioChecks(datasets: readonly Dataset[]): Check[] {
	const checks: Check[] = [];
	const hrs: { d: Dataset; r: Row }[] = [];
	for (const d of datasets.filter((x) => x.entry.schema === 'survival_statistic')) {
		for (const r of d.rows.filter((x) => x.statistic === 'hazard_ratio')) {
			hrs.push({ d, r });
			const published = `${r.estimate} [${r.ci_lower}, ${r.ci_upper}]`;
			if (!isPlain(r.estimate) || !isPlain(r.ci_lower) || !isPlain(r.ci_upper) || Number(r.ci_lower) === 0) {
				checks.push({
					...base(d, r, 'hr_symmetry', '', quantity('hazard_ratio', { endpoint: r.endpoint ?? '' })),
					published,
					recomputed: null,
					method: null,
					status: 'not-recomputable',
					detail: `The interval is degenerate (${published}): a log-scale check needs two positive finite bounds.`,
					explanation: [explain('hr_degenerate', { published })]
				});
				continue;
			}
			const mid = Math.sqrt(Number(r.ci_lower) * Number(r.ci_upper));
			const recomputed = roundHalfUp(mid, decimalsOf(r.estimate));
			// the bounds are themselves rounded: the estimate may sit anywhere their rounding allows
			const h = 0.5 * 10 ** -decimalsOf(r.ci_lower);
			const range = [
				Math.sqrt((Number(r.ci_lower) - h) * (Number(r.ci_upper) - h)),
				Math.sqrt((Number(r.ci_lower) + h) * (Number(r.ci_upper) + h))
			];
			const inRange =
				Number(r.estimate) >= Number(roundHalfUp(range[0]!, decimalsOf(r.estimate))) &&
				Number(r.estimate) <= Number(roundHalfUp(range[1]!, decimalsOf(r.estimate)));
			checks.push({
				...base(
					d,
					r,
					'hr_symmetry',
					`, ${r.ci_level}% CI on the log scale`,
					quantity('hr_log_symmetry', { endpoint: r.endpoint ?? '', level: r.ci_level ?? '' })
				),
				published,
				recomputed: `${recomputed} [${r.ci_lower}, ${r.ci_upper}]`,
				method: 'geometric mean of the bounds (log-symmetric Wald interval)',
				method_explanation: describeMethod('hr_geometric_mean', {}),
				status: recomputed === r.estimate ? 'reproduced' : inRange ? 'approximate' : 'mismatch',
				detail: `√(${r.ci_lower} × ${r.ci_upper}) = ${mid.toPrecision(6)} → ${recomputed}; printed ${r.estimate}. Rounding of the bounds allows ${range[0]!.toPrecision(5)}–${range[1]!.toPrecision(5)}.`,
				explanation: [
					explain('hr_geometric_mean', {
						lower: r.ci_lower,
						upper: r.ci_upper,
						mid: mid.toPrecision(6),
						recomputed,
						printed: r.estimate
					}),
					explain('hr_rounding_range', { low: range[0]!.toPrecision(5), high: range[1]!.toPrecision(5) })
				]
			});
		}
	}
	// re-express each non-95% interval at 95% and compare with a 95% interval printed for the same endpoint, population and cut-off
	for (const { d, r } of hrs) {
		if (
			!isPlain(r.ci_level) ||
			r.ci_level === '95' ||
			!isPlain(r.estimate) ||
			!isPlain(r.ci_lower) ||
			!isPlain(r.ci_upper)
		)
			continue;
		const level = Number(r.ci_level) / 100;
		const se =
			(Math.log(Number(r.ci_upper)) - Math.log(Number(r.ci_lower))) / (2 * normalQuantile(1 - (1 - level) / 2));
		const z95 = normalQuantile(0.975);
		const dl = decimalsOf(r.ci_lower);
		const lo = roundHalfUp(Number(r.estimate) * Math.exp(-z95 * se), dl);
		const hi = roundHalfUp(Number(r.estimate) * Math.exp(z95 * se), dl);
		const twin = hrs.find(
			(o) =>
				o.r !== r &&
				o.r.ci_level === '95' &&
				o.r.endpoint === r.endpoint &&
				o.r.group_id === r.group_id &&
				o.d.entry.cutoff === d.entry.cutoff &&
				o.r.estimate === r.estimate
		);
		const recomputed = `${r.estimate} [${lo}, ${hi}]`;
		const z = normalQuantile(1 - (1 - level) / 2).toFixed(4);
		const agree = !!twin && twin.r.ci_lower === lo && twin.r.ci_upper === hi;
		checks.push({
			...base(
				d,
				r,
				'hr_95',
				`, ${r.ci_level}% CI re-expressed at 95%`,
				quantity('hr_re_expressed', { endpoint: r.endpoint ?? '', level: r.ci_level })
			),
			published: twin
				? `${twin.r.estimate} [${twin.r.ci_lower}, ${twin.r.ci_upper}]`
				: `${r.estimate} [${r.ci_lower}, ${r.ci_upper}] (${r.ci_level}%)`,
			recomputed,
			method: `log SE = (log ${r.ci_upper} − log ${r.ci_lower}) / (2 × ${z}) = ${se.toFixed(5)}; 95%: exp(log ${r.estimate} ± 1.9600 × SE)`,
			method_explanation: describeMethod('hr_re_express', {
				upper: r.ci_upper,
				lower: r.ci_lower,
				z,
				se: se.toFixed(5),
				estimate: r.estimate
			}),
			status: twin ? (twin.r.ci_lower === lo && twin.r.ci_upper === hi ? 'reproduced' : 'mismatch') : 'approximate',
			detail: twin
				? `${twin.d.entry.table} prints the same hazard ratio with a 95% interval [${twin.r.ci_lower}, ${twin.r.ci_upper}]; re-expressing the ${r.ci_level}% interval gives [${lo}, ${hi}]${twin.r.ci_lower === lo && twin.r.ci_upper === hi ? ': the two tables agree' : ''}.`
				: `The ${r.ci_level}% interval corresponds to a 95% interval of [${lo}, ${hi}] (no 95% interval is printed to compare).`,
			explanation: [
				twin
					? explain('hr_95_twin', {
							table: twin.d.entry.table,
							lower: twin.r.ci_lower ?? '',
							upper: twin.r.ci_upper ?? '',
							level: r.ci_level,
							recomputed_lower: lo,
							recomputed_upper: hi,
							agree
						})
					: explain('hr_95_alone', { level: r.ci_level, lower: lo, upper: hi })
			],
			dataset: d.entry.id,
			source_line: Number(r.source_line)
		});
	}
	return checks;
}
