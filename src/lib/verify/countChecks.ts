import { groupBy } from '$lib/util/groupBy';
import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import { RESPONDER_CATEGORIES } from '$lib/data/schemas';
import type { VerificationProfile } from '$lib/documents/profile';
import type { Check } from './check';
import { describeMethod, explain, quantity, type Explanation, type Quantity } from './explanation';
import { checkId, groupKey, place, sibling, whereOf } from './location';

const num = (s: string | undefined) => Number(s);

/** One part of a sum: its label in both languages (the Japanese one from the data, else the English one) and its value. */
interface Part {
	readonly label: string;
	readonly label_ja: string;
	readonly value: number;
}

function sumCheck(
	d: Dataset,
	r: Row,
	suffix: string,
	what: string,
	q: Quantity,
	parts: readonly Part[],
	published: string,
	printedTotal: boolean
): Check {
	const total = parts.reduce((s, p) => s + p.value, 0);
	const ok = String(total) === published;
	return {
		id: checkId(d, r, suffix),
		document: d.entry.document,
		location: `${place(d, r)}, ${what}`,
		where: whereOf(d, r, q),
		kind: 'count_sum',
		numerator: total,
		denominator: null,
		published,
		recomputed: String(total),
		method: 'sum',
		method_explanation: describeMethod('sum', {}),
		stated_method: null,
		status: ok ? 'reproduced' : 'mismatch',
		detail: `${parts.map((p) => `${p.label} ${p.value}`).join(' + ')} = ${total}${printedTotal ? (ok ? '' : `, but ${published} is printed`) : ''}.`,
		explanation: [
			explain('sum', {
				labels_en: parts.map((p) => p.label),
				labels_ja: parts.map((p) => p.label_ja),
				values: parts.map((p) => String(p.value)),
				total,
				printed: printedTotal ? published : '',
				matches: ok || !printedTotal
			})
		],
		dataset: d.entry.id,
		source_line: Number(r.source_line)
	};
}

/** The N of a group that prints none, why (in English), and the lines of the categories it adds up. */
export interface DerivedN {
	readonly n: number;
	readonly why: string;
	readonly lines: readonly [string, string];
}

/** The N of each best-response group that prints none: the sum of its categories (Table 3, 全体集団). */
export function derivedGroupSizes(datasets: readonly Dataset[]): Map<string, DerivedN> {
	const out = new Map<string, DerivedN>();
	for (const d of datasets.filter((x) => x.entry.schema === 'response_category')) {
		for (const [key, rows] of groupBy(d.rows, (r) => groupKey(d, r))) {
			if (rows[0]?.n) continue;
			const n = rows.reduce((s, r) => s + num(r.count), 0);
			const lines = [String(rows[0]?.source_line), String(rows.at(-1)?.source_line)] as const;
			out.set(key, {
				n,
				why: `${n} is the sum of the column's response categories (lines ${lines[0]}–${lines[1]})`,
				lines
			});
		}
	}
	return out;
}

/**
 * The sentence "N is not printed: 137 is the sum of the column's response categories (lines 146–159)" as a code.
 * @example derivedExplanation({ n: 137, why: '…', lines: ['146', '159'] }).code // 'n_is_category_sum'
 */
export const derivedExplanation = (derived: DerivedN): Explanation =>
	explain('n_is_category_sum', { n: derived.n, first_line: derived.lines[0], last_line: derived.lines[1] });

/** Count sums: categories to N, responders, PFS events, and the pooled columns and subgroups the profile names. */
export function countChecks(
	datasets: readonly Dataset[],
	profile: Pick<VerificationProfile, 'pooled_columns' | 'subgroup_sums'>
): Check[] {
	const checks: Check[] = [];
	for (const d of datasets) {
		if (d.entry.schema === 'response_category') {
			const groups = groupBy(d.rows, (r) => groupKey(d, r));
			const rates = sibling(datasets, d, 'response_rate');
			for (const rows of groups.values()) {
				const first = rows[0]!;
				if (first.n)
					checks.push(
						sumCheck(
							d,
							first,
							'categories_sum',
							'response categories sum to N',
							quantity('categories_sum', {}),
							rows.map((r) => ({ label: r.category ?? '', label_ja: r.category ?? '', value: num(r.count) })),
							first.n,
							true
						)
					);
				const rate = rates?.rows.find(
					(x) => x.group_id === first.group_id && (x.arm_id ?? '') === (first.arm_id ?? '')
				);
				if (rate && rates) {
					// the responder categories this table has, in its order: sCR, CR, VGPR, PR (IMWG) or CR, PR (RECIST)
					const parts = rows
						.filter((r) => (RESPONDER_CATEGORIES as readonly string[]).includes(r.category ?? ''))
						.map((r) => ({ label: r.category ?? '', label_ja: r.category ?? '', value: num(r.count) }));
					checks.push({
						...sumCheck(
							rates,
							rate,
							'responders_sum',
							`responders = ${parts.map((p) => p.label).join(' + ')}`,
							quantity('responders_sum', { categories: parts.map((p) => p.label) }),
							parts,
							rate.responders ?? '',
							true
						)
					});
				}
			}
		}
		if (d.entry.schema === 'survival_statistic') {
			for (const arm of new Set(d.rows.map((r) => `${r.group_id}|${r.arm_id}`))) {
				const rows = d.rows.filter((r) => `${r.group_id}|${r.arm_id}` === arm);
				const events = rows.find((r) => r.statistic === 'events');
				const pd = rows.find((r) => r.statistic === 'progression');
				const death = rows.find((r) => r.statistic === 'death_before_progression');
				if (events && pd && death) {
					const parts = [
						{ label: 'PD', label_ja: pd.statistic_ja || 'PD', value: num(pd.count) },
						{ label: 'deaths before PD', label_ja: death.statistic_ja || 'deaths before PD', value: num(death.count) }
					];
					checks.push(
						sumCheck(
							d,
							events,
							'events_sum',
							'PFS events = progression + death before progression',
							quantity('events_sum', { endpoint: events.endpoint ?? 'PFS' }),
							parts,
							events.count ?? '',
							true
						)
					);
				}
			}
		}
		for (const rule of profile.pooled_columns.filter((p) => p.dataset === d.entry.id)) {
			const key = (r: Row) =>
				d.entry.schema === 'adverse_reaction'
					? `${r.level}|${r.soc_ja}|${r.pt_ja ?? ''}|${r.grade}`
					: `${r.category}|${r.arm_id ?? ''}`;
			for (const r of d.rows.filter((x) => x.group_id === rule.pooled)) {
				const parts = rule.parts.map((g) => {
					const hit = d.rows.find((x) => x.group_id === g && key(x) === key(r));
					return { label: hit?.group_en ?? g, label_ja: hit?.group_ja || hit?.group_en || g, value: num(hit?.count) };
				});
				const ae = d.entry.schema === 'adverse_reaction';
				const what = `${ae ? (r.level === 'pt' ? r.pt_en : r.soc_en) + (r.grade === 'all' ? ', all grades' : ', grade ≥3') : r.category}: pooled column = sum of its cohorts`;
				const item = ae
					? {
							item_en: (r.level === 'pt' ? r.pt_en : r.soc_en) ?? '',
							item_ja: (r.level === 'pt' ? r.pt_ja : r.soc_ja) ?? '',
							grade: r.grade === 'all' ? ('all' as const) : ('3plus' as const)
						}
					: { item_en: r.category ?? '', item_ja: r.category ?? '', grade: '' as const };
				checks.push(sumCheck(d, r, `pooled_${key(r)}`, what, quantity('pooled_sum', item), parts, r.count ?? '', true));
			}
		}
	}
	// subgroups that partition a total group (e.g. prior regimens 2, 3, 4 of each ITT arm): their N and events add up
	for (const rule of profile.subgroup_sums) {
		const d = datasets.find((x) => x.entry.id === rule.dataset);
		if (!d) continue;
		for (const arm of rule.arms) {
			const find = (group: string) =>
				d.rows.find((r) => r.group_id === group && r.arm_id === arm && r.statistic === rule.statistic);
			const total = find(rule.total);
			const parts = rule.parts.map(find);
			if (!total || !parts.every((p): p is Row => p !== undefined)) continue;
			const named = (p: Row, value: string | undefined) => ({
				label: p.group_en ?? p.group_id ?? '',
				label_ja: p.group_ja || p.group_en || p.group_id || '',
				value: num(value)
			});
			checks.push(
				sumCheck(
					d,
					total,
					'subgroups_n',
					'subgroup N add up to the ITT arm',
					quantity('subgroups_n', {}),
					parts.map((p) => named(p, p.n)),
					total.n ?? '',
					true
				)
			);
			checks.push(
				sumCheck(
					d,
					total,
					'subgroups_events',
					`subgroup ${total.endpoint ? `${total.endpoint} ` : ''}${rule.statistic} add up to the ITT arm`,
					quantity('subgroups_events', {}),
					parts.map((p) => named(p, p.count)),
					total.count ?? '',
					true
				)
			);
		}
	}
	return checks;
}
