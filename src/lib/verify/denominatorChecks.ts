import { groupBy } from '$lib/util/groupBy';
import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import { isDatasetOf, type DatasetOf, type RowOf } from '$lib/data/typedRows';
import { decimalsOf, percentOf } from '$lib/stats/printedPrecision';
import type { Check } from './check';
import { describeMethod, explain, quantity } from './explanation';
import { checkId, whereOf } from './location';

/** The study, arm and phase a quotation belongs to: quotations with the same key should share one denominator. */
export const quotedStudy = (r: Row): string =>
	[r.trial_id || r.population_ja || '', r.arm_ja ?? '', r.phase_ja ?? ''].join('|');

/** One printed figure "x% (a/b)" at one line: several rows (events) can share it ("それぞれ 4.2%（1/24 例）"). */
export const printedFigure = (r: Row): string => `${r.source_line}|${r.percent}|${r.count}|${r.denominator}`;

/**
 * One study quoted in several places should keep one denominator for the same arm and phase. A quotation whose
 * denominator differs from at least two agreeing others is reported as a mismatch, otherwise as approximate
 * (it may be a subset the text does not name).
 */
export function denominatorChecks(datasets: readonly Dataset[]): Check[] {
	const quotes: { d: DatasetOf<'rmp_incidence'>; r: RowOf<'rmp_incidence'>; denominator: string }[] = datasets
		.filter((x) => isDatasetOf(x, 'rmp_incidence'))
		.flatMap((d) => d.rows.flatMap((r) => (r.denominator ? [{ d, r, denominator: r.denominator }] : [])));
	const groups = groupBy(quotes, (q) => quotedStudy(q.r));
	const checks: Check[] = [];
	for (const group of groups.values()) {
		const lines = new Map<string, Set<number>>();
		for (const { r, denominator } of group)
			lines.set(denominator, (lines.get(denominator) ?? new Set()).add(Number(r.source_line)));
		const [majority] = [...lines].sort((a, b) => b[1].size - a[1].size);
		if (lines.size < 2 || majority === undefined) continue;
		// one printed figure can cover several events ("それぞれ 4.2%（1/24 例）"): one check per figure
		const seen = new Set<string>();
		for (const { d, r, denominator } of group) {
			if (r.denominator === majority[0]) continue;
			const figure = printedFigure(r);
			if (seen.has(figure)) continue;
			seen.add(figure);
			const covered = group.filter((q) => printedFigure(q.r) === figure).map((q) => q.r);
			const events = covered.map((x) => x.event_en);
			const otherLines = [...lines].filter(([n]) => n !== r.denominator);
			const others = otherLines.map(([n, ls]) => `${n} (line${ls.size > 1 ? 's' : ''} ${[...ls].join(', ')})`);
			const study = {
				en: r.trial_id || (r.population_en ?? ''),
				ja: r.trial_id || r.population_ja || (r.population_en ?? '')
			};
			const alt = percentOf(Number(r.count), Number(majority[0]), decimalsOf(r.percent));
			const clear = majority[1].size >= 2 && !majority[1].has(Number(r.source_line));
			checks.push({
				id: checkId(d, r, 'denominator'),
				document: d.entry.document,
				location: `RMP section 1.1, line ${r.source_line}, ${r.trial_id || (r.population_en ?? '').slice(0, 60)}: ${events.join(', ')}`,
				where: whereOf(
					d,
					r,
					quantity('quoted_figure', {
						events_en: covered.map((x) => x.event_en ?? ''),
						events_ja: covered.map((x) => x.event_ja || (x.event_en ?? ''))
					}),
					study
				),
				kind: 'denominator_consistency',
				numerator: Number(r.count),
				denominator: Number(r.denominator),
				published: `${r.percent}% (${r.count}/${r.denominator})`,
				recomputed: `${alt}% (${r.count}/${majority[0]})`,
				method: 'the same study, arm and phase quoted elsewhere in the document',
				method_explanation: describeMethod('same_study_elsewhere', {}),
				stated_method: null,
				status: clear ? 'mismatch' : 'approximate',
				detail: `This study is quoted with ${others.join('; ')} patients elsewhere, but with ${r.denominator} here: ${r.count}/${r.denominator} = ${r.percent}%, while ${r.count}/${majority[0]} would be ${alt}%.${clear ? '' : ' It may be a subset the text does not name.'}`,
				explanation: [
					explain('denominator_differs', {
						other_ns: otherLines.map(([n]) => n),
						other_lines: otherLines.map(([, ls]) => [...ls].join(',')),
						denominator,
						count: r.count ?? '',
						percent: r.percent ?? '',
						majority: majority[0],
						alternative: alt
					}),
					...(clear ? [] : [explain('denominator_maybe_subset', {})])
				],
				dataset: d.entry.id,
				source_line: Number(r.source_line)
			});
		}
	}
	return checks;
}
