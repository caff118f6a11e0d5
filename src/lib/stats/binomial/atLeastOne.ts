import { checkProbability } from './validate';

/**
 * Probability of observing at least one event among n patients when each has probability p: 1 − (1 − p)ⁿ.
 * @example probAtLeastOne(0.015, 125) // 0.8488… — RMP pemphigus survey: "80%の確率で1例以上"
 */
export function probAtLeastOne(p: number, n: number): number {
	checkProbability(p, 'p', false);
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
	return -Math.expm1(n * Math.log1p(-p));
}

/**
 * The smallest n with probAtLeastOne(p, n) ≥ target.
 * @example minNForAtLeastOne(0.1, 0.95) // 29 — RMP CLL survey
 */
export function minNForAtLeastOne(p: number, target: number): number {
	checkProbability(p);
	checkProbability(target, 'target');
	let n = Math.max(1, Math.ceil(Math.log1p(-target) / Math.log1p(-p)));
	// the closed form can land one off in floating point: settle it against the definition
	while (n > 1 && probAtLeastOne(p, n - 1) >= target) n--;
	while (probAtLeastOne(p, n) < target) n++;
	return n;
}

/** Expected number of events among n patients: n·p. */
export function expectedCount(p: number, n: number): number {
	checkProbability(p, 'p', false);
	return n * p;
}
