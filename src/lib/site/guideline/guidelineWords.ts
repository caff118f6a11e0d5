import { m } from '$lib/paraglide/messages';
import { tableName } from '../chartProvenance';
import type { Locale } from '../i18n';
import type { AlgorithmKey } from './algorithmSelection';
import type { EligibilityColumn, EligibilityTopic } from './eligibility';
import type { TimelineText } from './timelineView';

// The guideline reference page's words: topics, eligibility columns, algorithms and the timeline's phases.

/** Each eligibility topic's row heading. */
export const TOPIC_LABEL: Readonly<Record<EligibilityTopic, () => string>> = {
	prior_therapy: m.guide_topic_prior_therapy,
	prior_cellular: m.guide_topic_prior_cellular,
	measurable: m.guide_topic_measurable,
	bcma_expression: m.guide_topic_bcma_expression,
	ecog: m.guide_topic_ecog,
	plasma_cell: m.guide_topic_plasma_cell,
	cns: m.guide_topic_cns,
	other: m.guide_topic_other
};

/** Each algorithm's name (its table). */
export const ALGORITHM_LABEL: Readonly<Record<AlgorithmKey, () => string>> = {
	crs: m.guide_algo_crs,
	neurologic: m.guide_algo_neuro
};

/** The management columns of the algorithm tables. */
export const ALGORITHM_COLUMN_LABEL: Readonly<Record<string, () => string>> = {
	tocilizumab: m.algo_tocilizumab,
	corticosteroid: m.algo_corticosteroid,
	management: m.algo_management
};

/**
 * An eligibility column's heading: the trial and its table, or the approved population.
 * @example columnLabel({ key: 'MM-001', table: 'Table 1', approved: false }, 'ja') // 'MM-001 · 表 1'
 */
export const columnLabel = (c: Pick<EligibilityColumn, 'key' | 'table' | 'approved'>, lang: Locale): string =>
	c.approved ? m.guide_col_approved() : `${c.key} · ${tableName(c.table, lang)}`;

/**
 * The eligibility table's caption, with each column's item count.
 * @example eligibilityCaption({ mm001: 14, crb401: 17, mm003: 13, approved: 15 }) // 'Eligibility criteria by topic (MM-001 14 items, …)'
 */
export const eligibilityCaption = (counts: Readonly<Record<string, number>>): string =>
	m.guide_elig_caption({
		mm001: counts.mm001 ?? 0,
		crb401: counts.crb401 ?? 0,
		mm003: counts.mm003 ?? 0,
		approved: counts.approved ?? 0
	});

/**
 * The timeline's phases and sentences in the page's language; the numbers come in as printed.
 * @example timelineText().onset('1.0', '1', '12') // 'median 1.0 days (range 1–12)'
 */
export const timelineText = (): TimelineText => ({
	leukapheresis: m.guide_tl_leukapheresis(),
	bridging: m.guide_tl_bridging(),
	lymphodepletion: m.guide_tl_lymphodepletion(),
	infusion: m.guide_tl_infusion(),
	crs: (trial) => m.guide_tl_crs({ trial }),
	neuro: (trial) => m.guide_tl_neuro({ trial }),
	notPrinted: m.guide_tl_not_printed(),
	bridgingTrials: (days, trials) => m.guide_tl_bridging_trials({ days, trials }),
	lymphodepletionWhen: (start, days) => m.guide_tl_ld_when({ start, days }),
	infusionWhen: (minutes) => m.guide_tl_infusion_when({ minutes }),
	onset: (median, lower, upper) => m.guide_tl_onset({ median, lower, upper })
});
