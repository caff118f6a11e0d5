import { describe, expect, it } from 'vitest';
import { isoFromJapaneseDate } from '$lib/util/japaneseDate';

describe('isoFromJapaneseDate', () => {
	it('reads dates printed with and without spaces', () => {
		expect(isoFromJapaneseDate('2028年3月31日')).toBe('2028-03-31');
		expect(isoFromJapaneseDate('2022 年 12 月 1 日')).toBe('2022-12-01');
	});
	it('refuses what is not exactly one real date', () => {
		expect(isoFromJapaneseDate('半年')).toBeNull();
		expect(isoFromJapaneseDate('2023年2月29日')).toBeNull();
		expect(isoFromJapaneseDate('2019年6月3日より')).toBeNull();
		expect(isoFromJapaneseDate('')).toBeNull();
	});
});
