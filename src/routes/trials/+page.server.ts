import { trialsOf } from '$lib/documents/profiles';
import { bundledDatasets, bundledProfiles, bundledReport } from '$lib/server/datasets';
import { orrIntervalRows } from '$lib/verify/orrIntervalRows';

/** The documents' trials with their cut-offs, dataset counts and headline response rates as printed. */
export function load() {
	const datasets = bundledDatasets();
	return {
		trials: trialsOf(bundledProfiles()).map((t) => {
			const own = datasets.filter((d) => d.entry.trial === t.id);
			return {
				id: t.id,
				slug: t.slug,
				summary_ja: t.summary_ja,
				summary_en: t.summary_en,
				datasets: own.length,
				cutoffs: [...new Set(own.map((d) => d.entry.cutoff).filter((c): c is string => !!c))].sort(),
				orr: orrIntervalRows(datasets, bundledReport().checks, t.id).map((r) => {
					const entry = datasets.find((d) => d.entry.id === r.dataset)?.entry;
					return {
						id: r.id,
						label_ja: r.label_ja,
						label_en: r.label_en,
						table: entry?.table ?? '',
						cutoff: entry?.cutoff ?? '',
						orr: r.estimateText,
						ci: r.printedText,
						status: r.status
					};
				})
			};
		})
	};
}
