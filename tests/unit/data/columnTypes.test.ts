import { describe, expect, it } from 'vitest';
import { checkCell, printedValue } from '$lib/data/columnTypes';

describe('checkCell', () => {
	it.each(['73.4', '100', 'NE', '<0.0001', '5.21 × 10⁷', '0.000', '-1'])('accepts the printed number %s', (v) => {
		expect(checkCell({ kind: 'printed' }, v)).toBeNull();
	});
	it.each(['73,4', 'n/a', '', '1e7', '12 %'])('rejects %j as a printed number', (v) => {
		expect(checkCell({ kind: 'printed' }, v)).not.toBeNull();
	});
	it('checks counts, percentages, lines and dates', () => {
		expect(checkCell({ kind: 'count' }, '0')).toBeNull();
		expect(checkCell({ kind: 'count' }, '1.5')).toMatch(/whole number/);
		expect(checkCell({ kind: 'percent' }, '100.0')).toBeNull();
		expect(checkCell({ kind: 'percent' }, '101')).toMatch(/no larger than 100/);
		expect(checkCell({ kind: 'line' }, '0')).toMatch(/line number/);
		expect(checkCell({ kind: 'date' }, '2019-10-16')).toBeNull();
		expect(checkCell({ kind: 'date' }, '2019/10/16')).toMatch(/YYYY-MM-DD/);
		expect(checkCell({ kind: 'id' }, 'd150_450')).toBeNull();
		expect(checkCell({ kind: 'id' }, 'D150')).not.toBeNull();
	});
});

describe('printedValue', () => {
	it('reads plain decimals and refuses everything else', () => {
		expect(printedValue('73.4')).toBe(73.4);
		expect(printedValue('100')).toBe(100);
		expect(printedValue('NE')).toBeNull();
		expect(printedValue('<0.0001')).toBeNull();
		expect(printedValue('5.21 × 10⁷')).toBeNull();
	});
});
