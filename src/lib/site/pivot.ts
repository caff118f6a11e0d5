import type { Row } from '$lib/data/parseDataset';
import { RESPONSE_CATEGORIES } from '$lib/data/schemas';
import { localized } from './localized';

/** A table laid out as the document prints it: row labels down, column labels across, printed cells. */
export interface PrintedTable {
	/** `group` spans adjacent columns in a first header row, as the document prints dose groups over their grades */
	readonly columns: readonly { key: string; label: string; sub?: string; group?: string }[];
	readonly rows: readonly { key: string; label: string; indent: number; cells: readonly string[] }[];
}

type Lang = 'ja' | 'en';
const t = (row: Row, base: string, lang: Lang) => row[`${base}_${lang}`] || row[`${base}_ja`] || '';

/** "19 (27.1)" as printed, or "0" when no percentage is printed. */
export function printedCell(count: string | undefined, percent: string | undefined): string {
	if (count === undefined || count === '') return percent ? `${percent}` : '';
	return percent ? `${count} (${percent})` : count;
}

function uniqueBy<T>(items: readonly T[], key: (x: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((x) => {
		const k = key(x);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

const groupKey = (r: Row) => `${r.group_id}|${r.arm_id ?? ''}`;

function groupColumns(rows: readonly Row[], lang: Lang, nLabel: (n: string) => string) {
	return uniqueBy(rows, groupKey).map((r) => ({
		key: groupKey(r),
		label: [t(r, 'group', lang), r.arm_id ? t(r, 'arm', lang) : ''].filter(Boolean).join(' · '),
		sub: nLabel(r.n ?? '')
	}));
}

/** The rows a best-response table prints under its categories: responders, ORR, its interval and the test. */
export interface RateLabels {
	readonly responders: string;
	readonly orr: string;
	readonly ci: (level: string) => string;
	readonly p: string;
}

/** Best-response counts: IMWG categories down, groups (and arms) across; then the ORR rows when given. */
export function pivotResponse(
	rows: readonly Row[],
	lang: Lang,
	nLabel: (n: string) => string,
	rates: readonly Row[] = [],
	labels?: RateLabels
): PrintedTable {
	const columns = groupColumns(rows, lang, nLabel);
	const index = new Map(rows.map((r) => [`${groupKey(r)}|${r.category}`, r]));
	const rate = new Map(rates.map((r) => [groupKey(r), r]));
	const rateRow = (key: string, label: string, cell: (r: Row) => string) =>
		rates.some((r) => cell(r) !== '')
			? [
					{
						key,
						label,
						indent: 0,
						cells: columns.map((c) => {
							const r = rate.get(c.key);
							return r ? cell(r) : '';
						})
					}
				]
			: [];
	const level = rates.find((r) => r.ci_level)?.ci_level ?? '95';
	const rateRows = labels
		? [
				...rateRow(
					'responders',
					labels.responders,
					(r) => `${r.responders}${r.responders_footnote_refs ? ` ${r.responders_footnote_refs}` : ''}`
				),
				...rateRow('orr', labels.orr, (r) => r.orr_percent ?? ''),
				...rateRow('ci', labels.ci(level), (r) => (r.ci_lower && r.ci_upper ? `[${r.ci_lower}, ${r.ci_upper}]` : '')),
				...rateRow('p', labels.p, (r) => r.p_value ?? '')
			]
		: [];
	return {
		columns,
		rows: [
			...RESPONSE_CATEGORIES.filter((c) => rows.some((r) => r.category === c)).map((c) => {
				const any = rows.find((r) => r.category === c);
				return {
					key: c,
					label: localized(lang, { ja: any?.category_ja ?? c, en: `${c} (${any?.category_en ?? ''})` }),
					indent: 0,
					cells: columns.map((col) => {
						const r = index.get(`${col.key}|${c}`);
						return r ? printedCell(r.count, r.percent) + (r.footnote_refs ? ` ${r.footnote_refs}` : '') : '';
					})
				};
			}),
			...rateRows
		]
	};
}

/** Adverse reactions: terms down in document order (PTs indented under their SOC), group × grade across. */
export function pivotAdverseReactions(
	rows: readonly Row[],
	lang: Lang,
	nLabel: (n: string) => string,
	gradeLabel: (g: string) => string
): PrintedTable {
	const groups = groupColumns(rows, lang, nLabel);
	const grades = uniqueBy(rows, (r) => r.grade ?? '').map((r) => r.grade ?? '');
	const columns = groups.flatMap((g) =>
		grades.map((gr) => ({ key: `${g.key}|${gr}`, label: gradeLabel(gr), group: `${g.label} (${g.sub})` }))
	);
	const termKey = (r: Row) => `${r.level}|${r.soc_ja}|${r.pt_ja ?? ''}`;
	const index = new Map(rows.map((r) => [`${termKey(r)}|${groupKey(r)}|${r.grade}`, r]));
	return {
		columns,
		rows: uniqueBy(rows, termKey).map((r) => ({
			key: termKey(r),
			label: r.level === 'pt' ? t(r, 'pt', lang) : t(r, 'soc', lang),
			indent: r.level === 'pt' ? 1 : 0,
			cells: columns.map((c) => {
				const hit = index.get(`${termKey(r)}|${c.key}`);
				return hit ? printedCell(hit.count, hit.percent) : '';
			})
		}))
	};
}

/** Numbers at risk: arms down, the (assumed) time grid across. */
export function pivotAtRisk(rows: readonly Row[], lang: Lang): PrintedTable {
	const times = uniqueBy(rows, (r) => r.index ?? '').sort((a, b) => Number(a.index) - Number(b.index));
	const columns = times.map((r) => ({ key: r.index ?? '', label: r.time_assumed ?? '' }));
	return {
		columns,
		rows: uniqueBy(rows, (r) => r.arm_id ?? '').map((arm) => ({
			key: arm.arm_id ?? '',
			label: t(arm, 'arm', lang),
			indent: 0,
			cells: columns.map((c) => rows.find((r) => r.arm_id === arm.arm_id && r.index === c.key)?.n_at_risk ?? '')
		}))
	};
}
