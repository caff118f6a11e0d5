import { m } from '$lib/paraglide/messages';
import type { Locale } from './i18n';
import { localized, type Bilingual } from './localized';

/**
 * How a rebuilt curve's at-risk times were set, in the page's words: printed, or an assumed grid.
 * @example gridWords({ grid: 'assumed', gridStep: 3 }) // 'on an assumed 3-month time axis'
 */
export const gridWords = (panel: { grid: 'printed' | 'assumed'; gridStep: number }): string =>
	panel.grid === 'assumed' ? m.survival_grid_assumed({ step: String(panel.gridStep) }) : m.survival_grid_printed();

/**
 * The sentence under a rebuilt hazard ratio: how the document computed its own (when it says) beside the rebuilt one.
 * @example hrNote({ hr: { method: null } }, 'en') // 'The document does not say how its hazard ratio was computed; …'
 */
export const hrNote = (panel: { hr: { method: Bilingual | null } }, lang: Locale): string =>
	panel.hr.method
		? m.survival_hr_note_stated({ method: localized(lang, panel.hr.method) })
		: m.survival_hr_note_unstated();
