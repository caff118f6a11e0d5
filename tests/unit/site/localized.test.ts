import { describe, expect, it } from 'vitest';
import { localized } from '$lib/site/localized';

describe('localized', () => {
	it('picks the text of the page language', () => {
		const survey = { ja: '調査', en: 'Survey' };
		expect(localized('ja', survey)).toBe('調査');
		expect(localized('en', survey)).toBe('Survey');
	});
	it('picks any kind of value, and keeps an empty text empty (no fallback to the other language)', () => {
		expect(localized('en', { ja: 1, en: 2 })).toBe(2);
		expect(localized('en', { ja: '実施中', en: '' })).toBe('');
	});
});
