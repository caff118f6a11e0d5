import type { Row } from '$lib/data/parseDataset';
import type { ResponseBar } from '$lib/charts/responseLayout';
import type { Locale } from './i18n';
import { groupBy } from '$lib/util/groupBy';

/**
 * The stacked bars of one best-response table: one bar per cohort (group × arm) in printed order, N as printed (or the
 * sum of its categories when the table prints none), the ORR as printed from the companion rates.
 * @example responseBars(table.rows, table.rates, 'en')[0].orr // "73.4"
 */
export function responseBars(rows: readonly Row[], rates: readonly Row[], lang: Locale): ResponseBar[] {
	const groups = groupBy(rows, (r) => `${r.group_id}|${r.arm_id ?? ''}`);
	return [...groups.entries()].map(([k, rs]) => {
		const first = rs[0]!;
		const rate = rates.find((x) => `${x.group_id}|${x.arm_id ?? ''}` === k);
		const n = first.n ? Number(first.n) : rs.reduce((s, r) => s + Number(r.count), 0);
		const pick = (base: string) => first[`${base}_${lang}`] ?? '';
		return {
			id: k,
			label: [pick('group'), first.arm_id ? pick('arm') : ''].filter(Boolean).join(' · '),
			n,
			orr: rate?.orr_percent ?? '',
			segments: rs.map((r) => ({ category: r.category ?? '', count: Number(r.count), percent: r.percent ?? '' }))
		};
	});
}
