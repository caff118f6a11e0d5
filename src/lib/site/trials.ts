import { m } from '$lib/paraglide/messages';

/** The three trials of the guideline, in the order the guideline presents them; the slug is the page's path segment. */
export const TRIALS = [
	{ id: 'MM-001', slug: 'mm-001', blurb: m.trial_mm001 },
	{ id: 'CRB-401', slug: 'crb-401', blurb: m.trial_crb401 },
	{ id: 'MM-003', slug: 'mm-003', blurb: m.trial_mm003 }
] as const;

export type TrialId = (typeof TRIALS)[number]['id'];

/** Whether a catalog entry's trial field ("MM-001" or "MM-001; CRB-401; MM-003") names the trial. */
export const namesTrial = (field: string | null | undefined, trial: string) => (field ?? '').split(';').some((t) => t.trim() === trial);
