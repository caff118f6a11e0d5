import type { Dataset } from '$lib/data/dataset';
import { profileBySlug } from '$lib/documents/profiles';
import { bundledDatasets, bundledProfiles } from '$lib/server/datasets';
import type { DatasetSummary } from '$lib/site/summary';
import type { Trial } from '$lib/site/trials';

interface DocumentTrials {
	readonly slug: string;
	readonly name_ja: string;
	readonly name_en: string;
	readonly trials: readonly Trial[];
}

export function load(): {
	datasets: DatasetSummary[];
	names: { name_ja: string; name_en: string }[];
	documents: DocumentTrials[];
	rmpDatasets: DatasetSummary[];
} {
	const summary = (d: Dataset): DatasetSummary => ({ entry: d.entry, rowCount: d.rows.length });
	// the RMP has a page of its own (/rmp/), which the home page introduces with the RMP's datasets
	const rmp = profileBySlug(bundledProfiles(), 'rmp');
	return {
		datasets: bundledDatasets().map(summary),
		names: bundledProfiles().map((p) => ({ name_ja: p.name_ja, name_en: p.name_en })),
		// each document's trials under its name, in the documents' order
		documents: bundledProfiles()
			.filter((p) => p.pages.trials.length > 0)
			.map((p) => ({ slug: p.slug, name_ja: p.name_ja, name_en: p.name_en, trials: p.pages.trials })),
		rmpDatasets: bundledDatasets()
			.filter((d) => d.entry.document === rmp?.file)
			.map(summary)
	};
}
