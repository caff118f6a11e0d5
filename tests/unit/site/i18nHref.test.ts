import { describe, expect, it } from 'vitest';
import { href } from '$lib/site/i18n';

describe('href', () => {
	it('keeps the trailing slash of a folder path in both languages', () => {
		expect(href('/datasets/', 'ja')).toBe('/datasets/');
		expect(href('/datasets/', 'en')).toBe('/en/datasets/');
	});
	it('keeps a query or a fragment after the slash, not before it', () => {
		expect(href('/safety/?trial=MM-001', 'en')).toBe('/en/safety/?trial=MM-001');
		expect(href('/safety/?trial=MM-001', 'ja')).toBe('/safety/?trial=MM-001');
		expect(href('/survival/#forest-title', 'en')).toBe('/en/survival/#forest-title');
		expect(href('/present/?trial=MM-003&slide=2', 'en')).toBe('/en/present/?trial=MM-003&slide=2');
	});
});
