import { error } from '@sveltejs/kit';
import { bundledDatasets, bundledRebuilds, bundledReport } from '$lib/server/datasets';
import { orrIntervalRows, responseTables } from '$lib/site/efficacyData';
import { sourceRefs } from '$lib/site/chartProvenance';
import { forestRows, survivalPanels } from '$lib/site/survivalPanels';
import { TRIALS, namesTrial } from '$lib/site/trials';
import { labelFields } from '$lib/site/datasetLabel';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => TRIALS.map((t) => ({ trial: t.slug }));

/** One trial: its datasets, ORR intervals, best-response tables and, for MM-003, the rebuilt survival and the forest plot. */
export function load({ params }) {
	const trial = TRIALS.find((t) => t.slug === params.trial);
	if (!trial) error(404, `No trial ${params.trial}`);
	const datasets = bundledDatasets();
	const summary = (d: (typeof datasets)[number]) => ({ id: d.entry.id, table: d.entry.table, ...labelFields(d.entry), cutoff: d.entry.cutoff ?? null, schema: d.entry.schema });
	const own = datasets.filter((d) => d.entry.trial === trial.id);
	const mm003 = trial.id === 'MM-003';
	return {
		trial: trial.id,
		datasets: own.map(summary),
		shared: datasets.filter((d) => d.entry.trial !== trial.id && namesTrial(d.entry.trial, trial.id)).map(summary),
		cutoffs: [...new Set(own.map((d) => d.entry.cutoff).filter((c): c is string => !!c))].sort(),
		orr: orrIntervalRows(datasets, bundledReport().checks, trial.id),
		responseTables: responseTables(datasets, trial.id),
		panels: mm003 ? survivalPanels(datasets, bundledRebuilds()) : [],
		forest: mm003 ? forestRows(datasets) : [],
		refs: sourceRefs(datasets)
	};
}
