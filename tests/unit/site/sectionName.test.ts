import { describe, expect, it } from 'vitest';
import { isNamedSection, sectionName } from '$lib/site/sectionName';

describe('sectionName', () => {
	it('keeps numbered sections as printed', () => {
		expect(sectionName('3.1', 'ja')).toBe('3.1');
		expect(sectionName('1; 2; 3.1–3.3', 'en')).toBe('1; 2; 3.1–3.3');
		expect(isNamedSection('3.1')).toBe(false);
	});
	it('words the common unnumbered sections in the page’s language', () => {
		expect(sectionName('overview', 'ja')).toBe('品目の概要');
		expect(sectionName('abstract', 'ja')).toBe('抄録');
		expect(sectionName('results', 'ja')).toBe('結果');
		expect(sectionName('results', 'en')).toBe('Results');
		expect(isNamedSection('abstract')).toBe(true);
		// not a section code: an inherited property name is not a section
		expect(sectionName('constructor', 'en')).toBe('constructor');
	});
});
