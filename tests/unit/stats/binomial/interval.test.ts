import { describe, expect, it } from 'vitest';
import {
	confidenceInterval,
	INTERVAL_METHOD_INFO,
	INTERVAL_METHODS,
	PRINCIPAL_INTERVAL_METHODS
} from '$lib/stats/binomial';

describe('the interval-method registry', () => {
	it('lists the methods of their own, without variants, in registry order', () => {
		expect(PRINCIPAL_INTERVAL_METHODS).toEqual(['clopper-pearson', 'wald', 'wilson', 'agresti-coull', 'jeffreys']);
		expect(
			INTERVAL_METHODS.filter((id) => INTERVAL_METHOD_INFO[id].variantOf !== null).map((id) => [
				id,
				INTERVAL_METHOD_INFO[id].variantOf
			])
		).toEqual([
			['wald-truncated', 'wald'],
			['wilson-cc', 'wilson'],
			['mid-p', 'clopper-pearson']
		]);
	});
	it('marks the two intervals from binomial tails as exact', () => {
		expect(INTERVAL_METHODS.filter((id) => INTERVAL_METHOD_INFO[id].exact)).toEqual(['clopper-pearson', 'mid-p']);
	});
	it('says which methods keep their bounds in [0, 1]: only the plain Wald interval leaves it (1 of 10: lower −0.086)', () => {
		for (const id of INTERVAL_METHODS) {
			const leaves = [0, 1, 2, 8, 9, 10].some((x) => {
				const ci = confidenceInterval(id, x, 10, 0.95);
				return ci.lower < 0 || ci.upper > 1;
			});
			expect(leaves, id).toBe(!INTERVAL_METHOD_INFO[id].withinUnit);
		}
		expect(confidenceInterval('wald', 1, 10, 0.95).lower).toBeCloseTo(-0.0859, 4);
	});
});
