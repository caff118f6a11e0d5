import { error } from '@sveltejs/kit';
import { trialsOf } from '$lib/documents/profiles';
import {
	bundledDatasets,
	bundledForests,
	bundledProfiles,
	bundledReport,
	bundledSurvivalPanels
} from '$lib/server/datasets';
import { orrThreshold } from '$lib/site/orrThreshold';
import { orrIntervalRows } from '$lib/verify/orrIntervalRows';
import { responseTables } from '$lib/data/responseTables';
import { sourceRefs } from '$lib/site/chartProvenance';
import { namesTrial } from '$lib/site/trials';
import { labelFields } from '$lib/site/datasetLabel';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => trialsOf(bundledProfiles()).map((t) => ({ trial: t.slug }));

/** One trial: its datasets, ORR intervals, best-response tables and, where its document rebuilds them, the survival curves and the subgroup forest plot. */
export function load({ params }) {
	const trial = trialsOf(bundledProfiles()).find((t) => t.slug === params.trial);
	if (!trial) error(404, `No trial ${params.trial}`);
	const datasets = bundledDatasets();
	const summary = (d: (typeof datasets)[number]) => ({
		id: d.entry.id,
		table: d.entry.table,
		...labelFields(d.entry),
		cutoff: d.entry.cutoff ?? null,
		schema: d.entry.schema
	});
	const own = datasets.filter((d) => d.entry.trial === trial.id);
	const ofTrial = (id: string) => datasets.find((d) => d.entry.id === id)?.entry.trial === trial.id;
	return {
		trial: trial.id,
		about: trial,
		threshold: orrThreshold(datasets, trial.id),
		datasets: own.map(summary),
		shared: datasets.filter((d) => d.entry.trial !== trial.id && namesTrial(d.entry.trial, trial.id)).map(summary),
		cutoffs: [...new Set(own.map((d) => d.entry.cutoff).filter((c): c is string => !!c))].sort(),
		orr: orrIntervalRows(datasets, bundledReport().checks, trial.id),
		responseTables: responseTables(datasets, trial.id),
		panels: bundledSurvivalPanels().filter((p) => ofTrial(p.summaryDataset)),
		forests: bundledForests()
			.map((f) => ({ ...f, rows: f.rows.filter((r) => ofTrial(r.dataset)) }))
			.filter((f) => f.rows.length > 0),
		refs: sourceRefs(datasets)
	};
}
