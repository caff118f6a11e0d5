/** A trial as a page shows it: from its document's profile (src/lib/documents/<slug>/document.json, pages.trials). */
export type { TrialProfile as Trial } from '$lib/documents/profile';

/** Whether a catalog entry's trial field ("MM-001" or "MM-001; CRB-401; MM-003") names the trial. */
export const namesTrial = (field: string | null | undefined, trial: string) =>
	(field ?? '').split(';').some((t) => t.trim() === trial);
