import { m } from '$lib/paraglide/messages';
import type { Locale } from '../i18n';
import { localized } from '../localized';
import type { Slide } from '../slides';

/**
 * The title's ending on one slide of a chart split over several: "(part 2 of 4)" after a space; Japanese "（2/4）"
 * carries its own spacing in its full-width brackets. Empty when the chart is not split.
 * @example partSuffix({ index: 2, count: 4 }, 'en') // ' (part 2 of 4)'
 */
export function partSuffix(part: Slide['part'], lang: Locale): string {
	if (!part) return '';
	const text = m.present_part({ current: String(part.index), total: String(part.count) }, { locale: lang });
	return localized(lang, { ja: '', en: ' ' }) + text;
}
