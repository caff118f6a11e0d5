import { describe, expect, it } from 'vitest';
import { itemCode } from '$lib/site/itemCode';

describe('itemCode', () => {
	it('keeps printed numbers and words 表 on English pages', () => {
		expect(itemCode('表 14 (1)', 'en')).toBe('Table 14 (1)');
		expect(itemCode('表 14 (1)', 'ja')).toBe('表 14 (1)');
		expect(itemCode('①-2', 'en')).toBe('①-2');
	});
	it('words item kinds given by id', () => {
		expect(itemCode('safety_concern', 'ja')).toBe('安全性検討事項');
		expect(itemCode('safety_concern', 'en')).toBe('Safety concern');
		expect(itemCode('routine', 'ja')).toBe('通常のリスク最小化活動');
	});
});
