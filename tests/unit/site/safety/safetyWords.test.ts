import { describe, expect, it } from 'vitest';
import { ciText } from '$lib/site/safety/safetyWords';
import { find } from './safetyFixture';

describe('safety words', () => {
	it('prints a Clopper–Pearson interval at one decimal (MM-001 overall CRS, all grades: 116/137)', () => {
		expect(ciText(find('gl_t11_mm001_adverse_reactions/overall/pt/Cytokine_release_syndrome/all/percentage'))).toBe(
			'[77.5, 90.3]'
		);
		expect(ciText({ lower: 0, upper: 60.23646356164747 })).toBe('[0.0, 60.2]');
	});
});
