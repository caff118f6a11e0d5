import { pick, type Locale } from '../i18n';
import { statusRank } from '../statusRank';
import type { SortDir } from '../tableSort';
import type { IncidenceFigure } from './incidenceFigures';
import type { IndicationGroup } from './indicationGroups';
import type { RmpSortKey } from './rmpSelection';

/** A figure with its place in the plot's order and its indication's place among the groups. */
interface Placed {
	readonly figure: IncidenceFigure;
	readonly position: number;
	readonly group: number;
}

/** A flagged denominator ranks with its own status; the worse of the two decides. */
const figureRank = (f: IncidenceFigure) =>
	f.denominatorFlag ? Math.min(statusRank(f.status), statusRank(f.denominatorFlag.status)) : statusRank(f.status);

/**
 * The table's rows: the selection's figures grouped as the plot, or sorted by a column (ties keep that order).
 * A figure printed without a count sorts after every figure that has one, whichever the direction.
 * @example sortFigures(groups, 'status', 'asc', 'en')[0].id // 'rmp_inc_a_108' (cytopenias: the flagged denominator first)
 */
export function sortFigures(
	groups: readonly IndicationGroup[],
	key: RmpSortKey | null,
	dir: SortDir,
	lang: Locale
): IncidenceFigure[] {
	let position = 0;
	const placed: Placed[] = groups.flatMap((g, group) =>
		g.figures.map((figure) => ({ figure, group, position: position++ }))
	);
	if (!key) return placed.map((p) => p.figure);
	const text = (a: string, b: string) => a.localeCompare(b, lang);
	const sign = dir === 'asc' ? 1 : -1;
	const missingLast = (a: number | null, b: number | null, by: (a: number, b: number) => number) =>
		a === null ? (b === null ? 0 : 1) : b === null ? -1 : sign * by(a, b);
	const minus = (x: number, y: number) => x - y;
	const asNumber = (v: string | null) => (v === null ? null : Number(v));
	const cmp: Record<RmpSortKey, (a: Placed, b: Placed) => number> = {
		indication: (a, b) => sign * (a.group - b.group),
		study: (a, b) => sign * text(pick(a.figure, 'study', lang), pick(b.figure, 'study', lang)),
		event: (a, b) => sign * text(pick(a.figure, 'event', lang), pick(b.figure, 'event', lang)),
		grade: (a, b) => sign * text(a.figure.grade, b.figure.grade),
		count: ({ figure: a }, { figure: b }) =>
			missingLast(a.count, b.count, minus) || missingLast(a.denominator, b.denominator, minus),
		printed: (a, b) => sign * (Number(a.figure.printed) - Number(b.figure.printed)),
		recomputed: (a, b) => missingLast(asNumber(a.figure.recomputed), asNumber(b.figure.recomputed), minus),
		ci: ({ figure: a }, { figure: b }) =>
			missingLast(a.ci?.lower ?? null, b.ci?.lower ?? null, minus) ||
			missingLast(a.ci?.upper ?? null, b.ci?.upper ?? null, minus),
		status: (a, b) => sign * (figureRank(a.figure) - figureRank(b.figure)),
		line: (a, b) => sign * (a.figure.line - b.figure.line)
	};
	return placed.sort((a, b) => cmp[key](a, b) || a.position - b.position).map((p) => p.figure);
}
