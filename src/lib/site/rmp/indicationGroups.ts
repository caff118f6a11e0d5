import type { IncidenceFigure } from './incidenceFigures';

/** The figures of one concern printed for one indication. */
export interface IndicationGroup {
	readonly key: string;
	readonly ja: string;
	readonly en: string;
	/** in document order */
	readonly figures: readonly IncidenceFigure[];
}

/**
 * A concern's figures grouped by indication, the groups in the order the document first names them.
 * @example indicationGroups(figures, 'infusion_reaction').map((g) => g.ja).slice(0, 3) // ['NHL', 'CLL', 'GPA/MPA']
 */
export function indicationGroups(figures: readonly IncidenceFigure[], concern: string): IndicationGroup[] {
	const groups = new Map<string, { key: string; ja: string; en: string; figures: IncidenceFigure[] }>();
	for (const f of figures) {
		if (f.concern !== concern) continue;
		let g = groups.get(f.indication);
		if (!g)
			groups.set(f.indication, (g = { key: f.indication, ja: f.indication_ja, en: f.indication_en, figures: [] }));
		g.figures.push(f);
	}
	return [...groups.values()];
}
