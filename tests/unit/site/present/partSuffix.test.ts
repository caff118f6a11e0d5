import { describe, expect, it } from 'vitest';
import { partSuffix } from '$lib/site/present/partSuffix';

describe('partSuffix', () => {
	it('is empty on a slide whose chart is not split', () => {
		expect(partSuffix(null, 'en')).toBe('');
		expect(partSuffix(null, 'ja')).toBe('');
	});
	it('follows the English title after a space', () => {
		expect(partSuffix({ index: 2, count: 4 }, 'en')).toBe(' (part 2 of 4)');
	});
	it('follows the Japanese title directly: the full-width brackets carry their own spacing', () => {
		expect(partSuffix({ index: 1, count: 3 }, 'ja')).toBe('（1/3）');
	});
});
