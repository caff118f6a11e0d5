import type { SafetyTable, SafetyTerm } from '$lib/verify/safetyTables';
import { selectedTables, type SafetySelection } from './safetySelection';

// Which terms (all reactions, SOCs, PTs) the safety view shows, in the tables' order.

const termMaps = new WeakMap<SafetyTable, Map<string, SafetyTerm>>();

/**
 * A table's terms by key (computed once per table).
 * @example termsOf(table).get('pt:Nausea')?.ja // '悪心' (a table that prints it)
 */
export function termsOf(t: SafetyTable): Map<string, SafetyTerm> {
	let map = termMaps.get(t);
	if (!map) termMaps.set(t, (map = new Map(t.terms.map((x) => [x.key, x]))));
	return map;
}

/**
 * The terms to draw, in order: "All adverse reactions", then each SOC (in the order first printed) with its PTs
 * under it. With `shared` and more than one trial, only the terms every selected trial prints (PTs matched on the
 * English MedDRA name); with a SOC chosen, that SOC and its PTs.
 * @example visibleTerms(tables, defaultSelection(tables)).filter((t) => t.level === 'pt').length // 14 (the bundled tables)
 */
export function visibleTerms(tables: readonly SafetyTable[], sel: SafetySelection): SafetyTerm[] {
	const chosen = selectedTables(tables, sel);
	// maps, not .some() per term: a reader's table can hold tens of thousands of terms
	const all = new Map<string, SafetyTerm>();
	for (const t of chosen) for (const term of t.terms) if (!all.has(term.key)) all.set(term.key, term);
	const kept = [...all.values()].filter(
		(term) =>
			(!sel.shared || chosen.length < 2 || chosen.every((t) => termsOf(t).has(term.key))) &&
			(sel.soc === '' || term.soc === `soc:${sel.soc}`)
	);
	// PTs whose SOC row is filtered out still follow the SOC order, placed where their SOC would be
	const socOrder = [...new Set([...all.values()].filter((t) => t.level !== 'any').map((t) => t.soc))];
	const underSoc = new Map<string, SafetyTerm[]>(socOrder.map((soc) => [soc, []]));
	for (const t of kept) if (t.level !== 'any') underSoc.get(t.soc)?.[t.level === 'soc' ? 'unshift' : 'push'](t);
	return [...kept.filter((t) => t.level === 'any'), ...socOrder.flatMap((soc) => underSoc.get(soc) ?? [])];
}
