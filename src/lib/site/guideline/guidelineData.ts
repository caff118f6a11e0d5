import type { Dataset } from '$lib/data/dataset';
import type { RowOf } from '$lib/data/typedRows';
import { criteriaTree, type CriteriaSection } from '../criteriaTree';
import { rowsById } from '../datasetById';
import type { AlgorithmKey } from './algorithmSelection';
import { ecogScale, type EcogGrade } from './ecogScale';
import { eligibilityGrid, type EligibilityGrid, type EligibilitySource } from './eligibility';
import { timelineData, type TimelineData, type TimelineFacts } from './treatmentTimeline';

/** The guideline reference page's model: everything it shows, shaped on the server from the bundled datasets. */
export interface GuidelineData {
	/** the document's page slug: /documents/<doc>/#L<line> */
	readonly doc: string;
	readonly eligibility: EligibilityGrid;
	/** the item count of each column, by the name the table's caption gives it */
	readonly eligibilityCaption: Readonly<Record<string, number>>;
	readonly ecog: readonly EcogGrade[];
	readonly facility: readonly CriteriaSection[];
	readonly algorithms: Readonly<Record<AlgorithmKey, readonly RowOf<'algorithm'>[]>>;
	readonly timeline: TimelineData;
	/** the trials the timeline's onset windows come from, as its export cites them */
	readonly timelineTrials: string;
}

/** Which datasets hold each part of the page, and where the timeline's numbers are printed (GUIDELINE_FACTS). */
export interface GuidelineFacts {
	readonly document: string;
	readonly eligibility: readonly EligibilitySource[];
	readonly eligibilityCaption: Readonly<Record<string, string>>;
	readonly ecog: string;
	readonly facility: string;
	readonly algorithms: Readonly<Record<AlgorithmKey, string>>;
	readonly timeline: TimelineFacts & { readonly trials: string };
}

/**
 * The page model: eligibility side by side, the ECOG scale, the facility checklist, the algorithms' rows and the
 * timeline's numbers; a missing dataset or number fails the build.
 * @example guidelineData(bundledDatasets(), GUIDELINE_FACTS).eligibilityCaption // { mm001: 14, crb401: 17, mm003: 13, approved: 15 }
 */
export function guidelineData(datasets: readonly Dataset[], facts: GuidelineFacts): GuidelineData {
	const eligibility = eligibilityGrid(datasets, facts.eligibility);
	const items = (key: string) => eligibility.columns.find((c) => c.key === key)?.items ?? 0;
	const algorithm = (key: AlgorithmKey) => rowsById(datasets, facts.algorithms[key], 'algorithm', 'guidelineData');
	return {
		doc: facts.document,
		eligibility,
		eligibilityCaption: Object.fromEntries(
			Object.entries(facts.eligibilityCaption).map(([name, key]) => [name, items(key)])
		),
		ecog: ecogScale(datasets, facts.ecog),
		facility: criteriaTree(rowsById(datasets, facts.facility, 'criteria', 'guidelineData')),
		algorithms: { crs: algorithm('crs'), neurologic: algorithm('neurologic') },
		timeline: timelineData(datasets, facts.timeline),
		timelineTrials: facts.timeline.trials
	};
}
