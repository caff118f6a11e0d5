import type { IncidenceGroupInput } from '$lib/charts/incidenceLayout';
import type { Locale } from '../i18n';
import { localized } from '../localized';
import { ciText, countText, eventText, studyText } from './figureText';
import type { IndicationGroup } from './indicationGroups';

/** The plot's words that depend on a figure: a serious event, and a percentage printed without a count. */
export interface PlotWords {
	readonly serious: string;
	readonly percentOnly: string;
}

/**
 * The dot plot's input: one group per indication, one item per figure (no interval for a percentage printed alone).
 * @example plotGroups(indicationGroups(figures, 'infusion_reaction'), 'en', words)[0].label // 'NHL (…)' with its figure count
 */
export function plotGroups(groups: readonly IndicationGroup[], lang: Locale, words: PlotWords): IncidenceGroupInput[] {
	return groups.map((g) => ({
		id: g.key,
		label: `${localized(lang, g)} (${g.figures.length})`,
		items: g.figures.map((f) => {
			const label = eventText(f, lang, words.serious);
			const sub = studyText(f, lang);
			return {
				id: f.id,
				label,
				sublabel: sub,
				printed: f.printed,
				point:
					f.ci && f.count !== null && f.denominator !== null
						? { percent: (100 * f.count) / f.denominator, lower: f.ci.lower, upper: f.ci.upper }
						: null,
				hollow: f.comparator,
				flagged: f.denominatorFlag !== null,
				tip: `${sub} · ${label}: ${f.printed}%${f.ci ? ` (${countText(f)}) ${ciText(f)}` : ` — ${words.percentOnly}`}`
			};
		})
	}));
}
