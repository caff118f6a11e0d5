import { describe, expect, it } from 'vitest';
import { decimalsOf, percentMatches, percentOf, ratioAtPrecision, roundHalfUp } from '$lib/stats/printedPrecision';

describe('decimalsOf', () => {
	it('reads the precision from the printed string', () => {
		expect(decimalsOf('73.4')).toBe(1);
		expect(decimalsOf('100')).toBe(0);
		expect(decimalsOf('100.0')).toBe(1);
		expect(decimalsOf('0.000')).toBe(3);
	});
	it('refuses strings that are not plain numbers', () => {
		expect(() => decimalsOf('NE')).toThrow(RangeError);
		expect(() => decimalsOf('<0.0001')).toThrow(RangeError);
	});
});

describe('percentOf', () => {
	it('reproduces printed percentages of the guideline', () => {
		expect(percentOf(19, 70, 1)).toBe('27.1'); // Table 2, line 122
		expect(percentOf(94, 128, 1)).toBe('73.4'); // Table 2 ORR
		expect(percentOf(4, 4, 1)).toBe('100.0');
		expect(percentOf(3, 3, 0)).toBe('100');
		expect(percentOf(0, 62, 1)).toBe('0.0');
	});
	it('rounds exact ties half up, where binary floating point would not', () => {
		expect(percentOf(1, 8, 0)).toBe('13'); // 12.5
		expect(percentOf(1, 8, 1)).toBe('12.5');
		expect(percentOf(1, 16, 1)).toBe('6.3'); // 6.25
		expect(percentOf(1, 16, 2)).toBe('6.25');
		// 1.005 is not representable in binary: toFixed(2) gives "1.00"; the exact tie rounds up
		expect(ratioAtPrecision(1005n, 1000n, 2)).toBe('1.01');
		expect((1.005).toFixed(2)).toBe('1.00');
	});
	it('finds the slips the documents contain', () => {
		expect(percentOf(164, 222, 1)).toBe('73.9'); // printed "74.0" at guideline line 272
		expect(percentOf(15, 225, 1)).toBe('6.7'); // printed "6.8" at guideline line 530
	});
	it('rejects impossible inputs', () => {
		expect(() => percentOf(1, 0, 1)).toThrow(RangeError);
		expect(() => percentOf(-1, 4, 1)).toThrow(RangeError);
		expect(() => percentOf(1, 4, 1.5)).toThrow(RangeError);
	});
});

describe('percentMatches', () => {
	it('compares at the printed precision', () => {
		expect(percentMatches('27.1', 19, 70)).toBe(true);
		expect(percentMatches('27.14', 19, 70)).toBe(true);
		expect(percentMatches('27', 19, 70)).toBe(true);
		expect(percentMatches('27.2', 19, 70)).toBe(false);
		expect(percentMatches('74.0', 164, 222)).toBe(false);
	});
});

describe('percentOf against Python decimal ROUND_HALF_UP (tests/fixtures/percent_half_up.json)', () => {
	it('agrees on every case, ties included', async () => {
		const { cases } = (await import('../../fixtures/percent_half_up.json')).default as unknown as {
			cases: [number, number, number, string][];
		};
		expect(cases.length).toBeGreaterThanOrEqual(4000);
		const wrong = cases.filter(([x, n, d, want]) => percentOf(x, n, d) !== want);
		expect(wrong).toEqual([]);
	});
});

describe('roundHalfUp (exact decimal value of a double)', () => {
	it('rounds ties up and never uses the binary artefacts of toFixed', () => {
		expect(roundHalfUp(6.75, 1)).toBe('6.8');
		expect(roundHalfUp(0.125, 2)).toBe('0.13');
		// 1.005 is stored as 1.00499999999999989…: its exact value rounds down, as it should
		expect(roundHalfUp(1.005, 2)).toBe('1.00');
		expect(roundHalfUp(93.2, 1)).toBe('93.2');
		expect(roundHalfUp(100, 0)).toBe('100');
		expect(roundHalfUp(0.000049, 4)).toBe('0.0000');
		expect(roundHalfUp(-0.04, 1)).toBe('-0.0');
		expect(roundHalfUp(5.21e7, 0)).toBe('52100000');
	});
	it('agrees with Python decimal on the exact values of the fixture ratios', async () => {
		const { cases } = (await import('../../fixtures/percent_half_up.json')).default as unknown as {
			cases: [number, number, number, string][];
		};
		// x/n·100 as a double is not the exact ratio, so only non-tie cases must agree: compare where the exact ratio is no tie
		const nonTies = cases.filter(
			([x, n, d]) =>
				(BigInt(x) * 100n * 10n ** BigInt(d) * 2n) % BigInt(n) !== 0n ||
				(BigInt(x) * 100n * 10n ** BigInt(d)) % BigInt(n) === 0n
		);
		const wrong = nonTies.filter(([x, n, d, want]) => roundHalfUp((100 * x) / n, d) !== want);
		expect(nonTies.length).toBeGreaterThan(3000);
		expect(wrong).toEqual([]);
	});
});
