import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import type { ReconstructionProfile } from '$lib/documents/profile';
import { decimalsOf, roundHalfUp } from '$lib/stats/printedPrecision';
import type { Check } from './check';
import { describeMethod, explain, quantity, statedSurvivalMethod, type Explanation, type MethodExplanation, type Quantity } from './explanation';
import { checkId, place, whereOf } from './location';
import { endpointStatistics, rebuildEndpoints } from './reconstructions';
import { pAtPrintedPrecision, scientific } from './testChecks';

const NE = (x: number, d: number) => (Number.isNaN(x) ? 'NE' : roundHalfUp(x, d));
const decimals = (s: string | undefined, fallback: number) => (s && /^\d+(\.\d+)?$/.test(s) ? decimalsOf(s) : fallback);
const stated = (r: Row) => {
	const m = statedSurvivalMethod(r.method_stated);
	return m ? { stated_method_explanation: m } : {};
};
const statistic = (r: Row): Quantity =>
	quantity('survival_statistic', { endpoint: r.endpoint ?? '', statistic: r.statistic ?? '', statistic_ja: r.statistic_ja ?? '', time_point: r.time_point ?? '' });

/**
 * Survival statistics recomputed from patient data rebuilt in table mode (always "approximate": the curve is a
 * reconstruction, the time grid an assumption); the others are listed for lack of patient-level data.
 */
export function survivalPending(datasets: readonly Dataset[], specs: readonly ReconstructionProfile[]): Check[] {
	const checks: Check[] = [];
	const rebuilt = rebuildEndpoints(datasets, specs);
	const covered = new Set<string>();
	for (const e of rebuilt) {
		const d = datasets.find((x) => x.entry.id === e.spec.summaryDataset)!;
		const stats = endpointStatistics(e);
		const how = `Recomputed from patient data rebuilt in table mode from the numbers at risk (${e.spec.atRiskDataset}, on the assumed ${e.spec.gridMonths}-month grid), the event totals and the medians: approximate by construction.`;
		const atRiskTable = datasets.find((x) => x.entry.id === e.spec.atRiskDataset)?.entry.table ?? '';
		const rebuilt = explain('survival_rebuilt', { at_risk_dataset: e.spec.atRiskDataset, at_risk_table: atRiskTable, grid_months: e.spec.gridMonths });
		const push = (r: Row, published: string, recomputed: string, method: string, methodExplanation: MethodExplanation, detail: string, explanation: readonly Explanation[]) => {
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
				explanation: [...explanation, rebuilt],
				dataset: d.entry.id,
				source_line: Number(r.source_line)
			});
		};
		for (const r of d.rows) {
			if (r.statistic === 'median' && r.arm_id && stats.medians[r.arm_id]) {
				const m = stats.medians[r.arm_id]!;
				const dp = decimals(r.estimate, 1);
				push(r, `${r.estimate} [${r.ci_lower}, ${r.ci_upper}]`, `${NE(m.estimate, dp)} [${NE(m.lower, dp)}, ${NE(m.upper, dp)}]`, 'Kaplan–Meier median, Brookmeyer–Crowley interval on the log scale (R survfit default; the guideline states no method)', describeMethod('km_median_bc', {}), 'The median is met by construction; its interval depends on the rebuilt curve around it.', [explain('survival_median_by_construction', {})]);
			}
			if (r.statistic === 'hazard_ratio') {
				const level = Number(r.ci_level || '95') / 100;
				const ci = stats.cox.ci(level);
				const ci95 = stats.cox.ci(0.95);
				const dp = decimals(r.ci_lower, 3);
				push(
					r,
					`${r.estimate} [${r.ci_lower}, ${r.ci_upper}]`,
					`${roundHalfUp(stats.cox.hr, dp)} [${roundHalfUp(ci.lower, dp)}, ${roundHalfUp(ci.upper, dp)}]`,
					`unstratified Cox model, Efron ties, Wald ${r.ci_level || '95'}% interval`,
					describeMethod('cox_unstratified', { level: r.ci_level || '95' }),
					`The published hazard ratio is stratified (age, number of prior regimens, high-risk cytogenetics); this one is not, and the stratification factors are not in the document. 95% interval: [${roundHalfUp(ci95.lower, dp)}, ${roundHalfUp(ci95.upper, dp)}].`,
					[explain('survival_hr_stratified', {}), explain('survival_interval_95', { lower: roundHalfUp(ci95.lower, dp), upper: roundHalfUp(ci95.upper, dp) })]
				);
			}
			if (r.statistic === 'p_value') {
				push(
					r,
					r.estimate ?? '',
					pAtPrintedPrecision(r.estimate ?? '', stats.logRankP / 2),
					'unstratified log-rank test, one-sided (half the two-sided p, in the direction observed)',
					describeMethod('logrank_one_sided', {}),
					`The published p-value comes from a stratified log-rank test; this one (p = ${scientific(stats.logRankP / 2)}) does not use the strata.`,
					[explain('survival_p_stratified', { p: scientific(stats.logRankP / 2) })]
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
				detail: `Needs patient-level survival data that the document does not give for this population (no numbers at risk are printed for it)${r.statistic === 'hazard_ratio' ? '; the printed ratio is stratified' : ''}.`,
				explanation: [explain('survival_needs_patient_data', { stratified: r.statistic === 'hazard_ratio' })],
				dataset: d.entry.id,
				source_line: Number(r.source_line)
			});
		}
	}
	return checks;
}
