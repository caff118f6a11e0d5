import { describe, expect, it } from 'vitest';
import { INTERVAL_CHOICES, methodLabel } from '$lib/site/chartLabels';

describe('the interval chart’s method choices', () => {
	it('offer the footnote’s method, then the registry’s methods without variants, in the page’s order', () => {
		expect(INTERVAL_CHOICES).toEqual(['stated', 'clopper-pearson', 'wald', 'wilson', 'agresti-coull', 'jeffreys']);
		expect(INTERVAL_CHOICES.slice(1).map(methodLabel)).toEqual([
			'Clopper–Pearson',
			'Wald',
			'Wilson',
			'Agresti–Coull',
			'Jeffreys'
		]);
	});
});
