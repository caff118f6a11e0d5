import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import { decimalsOf, roundHalfUp } from '$lib/stats/printedPrecision';
import type { Check } from './check';
import {
	describeMethod,
	explain,
	quantity,
	statedSurvivalMethod,
	type Explanation,
	type MethodExplanation,
	type Quantity
} from './explanation';
import { checkId, place, whereOf } from './location';
import type { RebuiltEndpoint } from '$lib/survival/bundledEndpoints';
import type { AnalysisComparison } from '$lib/survival/compareArms';
import { pAtPrintedPrecision, scientific } from './testChecks';

const NE = (x: number | null, d: number) => (x === null ? 'NE' : roundHalfUp(x, d));
const decimals = (s: string | undefined, fallback: number) => (s && /^\d+(\.\d+)?$/.test(s) ? decimalsOf(s) : fallback);
const stated = (r: Row) => {
	const m = statedSurvivalMethod(r.method_stated);
	return m ? { stated_method_explanation: m } : {};
};
/** Whether the document states the comparison as stratified: the row's stated method, or its table's hazard-ratio row's (a p-value row states none of its own). */
function stratified(d: Dataset, r: Row): boolean {
	const hr = d.rows.find(
		(x) => x.statistic === 'hazard_ratio' && x.group_id === r.group_id && x.endpoint === r.endpoint
	);
	return /stratif|層別/i.test(`${r.method_stated ?? ''} ${hr?.method_stated ?? ''}`);
}
const statistic = (r: Row): Quantity =>
	quantity('survival_statistic', {
		endpoint: r.endpoint ?? '',
		statistic: r.statistic ?? '',
		statistic_ja: r.statistic_ja ?? '',
		time_point: r.time_point ?? ''
	});

/** The rebuilt Cox interval at a printed level: the one at the hazard ratio's printed level, or the 95% one; null for another level. */
function intervalAt(
	cox: NonNullable<AnalysisComparison['cox']>,
	level: number
): { lower: number | null; upper: number | null } | null {
	if (cox.atPrintedLevel?.level === level) return cox.atPrintedLevel;
	return level === 95 ? cox : null;
}

/**
 * Survival statistics recomputed from patient data rebuilt in table mode (always "approximate": the curve is a
 * reconstruction, and the time grid an assumption unless the document prints it); the others are listed for lack of patient-level data. `rebuilt`: the
 * endpoints the caller rebuilt once from the same datasets (survival/bundledEndpoints' rebuildEndpoints).
 * @example survivalPending(datasets, rebuildEndpoints(datasets, RECONSTRUCTIONS)).filter((c) => c.status === 'approximate').length
 */
export function survivalPending(datasets: readonly Dataset[], rebuilt: readonly RebuiltEndpoint[]): Check[] {
	const checks: Check[] = [];
	const covered = new Set<string>();
	for (const e of rebuilt) {
		const d = datasets.find((x) => x.entry.id === e.spec.summaryDataset);
		if (!d) continue;
		const comparison = e.rebuild.comparison;
		const medians = new Map(e.rebuild.arms.map((a) => [a.id, a.medianCheck.rebuilt]));
		const grid = e.spec.gridMonths;
		const times =
			e.spec.grid === 'assumed' ? `on the assumed ${grid}-month grid` : `at its printed times, every ${grid} months`;
		const how = `Recomputed from patient data rebuilt in table mode from the numbers at risk (${e.spec.atRiskDataset}, ${times}), the event totals and the medians: approximate by construction.`;
		const atRiskTable = datasets.find((x) => x.entry.id === e.spec.atRiskDataset)?.entry.table ?? '';
		const rebuiltNote = explain('survival_rebuilt', {
			at_risk_dataset: e.spec.atRiskDataset,
			at_risk_table: atRiskTable,
			grid_months: grid,
			grid: e.spec.grid
		});
		const push = (
			r: Row,
			published: string,
			recomputed: string,
			method: string,
			methodExplanation: MethodExplanation,
			detail: string,
			explanation: readonly Explanation[]
		) => {
			covered.add(`${d.entry.id}|${r.source_line}|${r.arm_id}|${r.statistic}`);
			checks.push({
				id: checkId(d, r, 'survival'),
				document: d.entry.document,
				location: `${place(d, r)}, ${r.endpoint} ${r.statistic?.replaceAll('_', ' ')}`,
				where: whereOf(d, r, statistic(r)),
				kind: 'survival',
				numerator: null,
				denominator: null,
				published,
				recomputed,
				method,
				method_explanation: methodExplanation,
				stated_method: r.method_stated || null,
				...stated(r),
				status: 'approximate',
				detail: `${detail} ${how}`,
				explanation: [...explanation, rebuiltNote],
				dataset: d.entry.id,
				source_line: Number(r.source_line)
			});
		};
		for (const r of d.rows) {
			const m = r.statistic === 'median' && r.arm_id ? medians.get(r.arm_id) : undefined;
			if (m) {
				const dp = decimals(r.estimate, 1);
				push(
					r,
					`${r.estimate} [${r.ci_lower}, ${r.ci_upper}]`,
					`${NE(m.estimate, dp)} [${NE(m.lower, dp)}, ${NE(m.upper, dp)}]`,
					'Kaplan–Meier median, Brookmeyer–Crowley interval on the log scale (R survfit default; the document states no method)',
					describeMethod('km_median_bc', {}),
					'The median is met by construction; its interval depends on the rebuilt curve around it.',
					[explain('survival_median_by_construction', {})]
				);
			}
			const cox = comparison?.cox;
			const ci = r.statistic === 'hazard_ratio' && cox ? intervalAt(cox, Number(r.ci_level || '95')) : null;
			if (cox && ci) {
				const ci95 = cox;
				const dp = decimals(r.ci_lower, 3);
				push(
					r,
					`${r.estimate} [${r.ci_lower}, ${r.ci_upper}]`,
					`${NE(cox.hr, dp)} [${NE(ci.lower, dp)}, ${NE(ci.upper, dp)}]`,
					`unstratified Cox model, Efron ties, Wald ${r.ci_level || '95'}% interval`,
					describeMethod('cox_unstratified', { level: r.ci_level || '95' }),
					`${stratified(d, r) ? 'The published hazard ratio is stratified (see the stated method); this one is not, and the strata are not in the document. ' : ''}95% interval: [${NE(ci95.lower, dp)}, ${NE(ci95.upper, dp)}].`,
					[
						...(stratified(d, r) ? [explain('survival_hr_stratified', {})] : []),
						explain('survival_interval_95', { lower: NE(ci95.lower, dp), upper: NE(ci95.upper, dp) })
					]
				);
			}
			if (r.statistic === 'p_value' && comparison) {
				// a one-sided p is half the two-sided one, in the direction observed
				const oneSided = r.sided === 'one-sided';
				const p = oneSided ? comparison.logRank.p / 2 : comparison.logRank.p;
				push(
					r,
					r.estimate ?? '',
					pAtPrintedPrecision(r.estimate ?? '', p),
					oneSided
						? 'unstratified log-rank test, one-sided (half the two-sided p, in the direction observed)'
						: 'unstratified log-rank test, two-sided',
					describeMethod(oneSided ? 'logrank_one_sided' : 'logrank_two_sided', {}),
					stratified(d, r)
						? `The published p-value comes from a stratified log-rank test; this one (p = ${scientific(p)}) does not use the strata.`
						: `The log-rank p-value of the rebuilt data is ${scientific(p)}.`,
					[
						stratified(d, r)
							? explain('survival_p_stratified', { p: scientific(p) })
							: explain('survival_p_value', { p: scientific(p) })
					]
				);
			}
		}
	}
	for (const d of datasets.filter((x) => x.entry.schema === 'survival_statistic')) {
		for (const r of d.rows) {
			if (!['median', 'p_value', 'landmark_survival', 'hazard_ratio'].includes(r.statistic ?? '')) continue;
			if (covered.has(`${d.entry.id}|${r.source_line}|${r.arm_id}|${r.statistic}`)) continue;
			const value = r.ci_lower ? `${r.estimate} [${r.ci_lower}, ${r.ci_upper}]` : (r.estimate ?? '');
			checks.push({
				id: checkId(d, r, 'survival'),
				document: d.entry.document,
				location: `${place(d, r)}, ${r.endpoint} ${r.statistic?.replaceAll('_', ' ')}${r.time_point ? ` at ${r.time_point} months` : ''}`,
				where: whereOf(d, r, statistic(r)),
				kind: 'survival',
				numerator: null,
				denominator: null,
				published: value,
				recomputed: null,
				method: null,
				stated_method: r.method_stated || null,
				...stated(r),
				status: 'not-recomputable',
				detail: `Needs patient-level survival data that the document does not give for this population (no numbers at risk are printed for it)${r.statistic === 'hazard_ratio' && stratified(d, r) ? '; the printed ratio is stratified' : ''}.`,
				explanation: [
					explain('survival_needs_patient_data', { stratified: r.statistic === 'hazard_ratio' && stratified(d, r) })
				],
				dataset: d.entry.id,
				source_line: Number(r.source_line)
			});
		}
	}
	return checks;
}
