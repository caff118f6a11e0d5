import { describe, expect, it } from 'vitest';
import { dodge, estimateTextWidth, fitText, wrapText } from '$lib/charts/textMetrics';
import { centredOn, textBlock } from '$lib/charts/textBlock';
import { chartSize, chartType } from '$lib/charts/typography';
import { maxOf } from '$lib/util/extremes';

const measure = estimateTextWidth;

describe('estimateTextWidth', () => {
	it('gives full-width characters 1 em and Latin text less, bold a little more', () => {
		expect(measure('外国人', 10)).toBe(30);
		expect(measure('iii', 10)).toBeCloseTo(10.2, 6);
		expect(measure('MM-001', 13)).toBeGreaterThan(measure('mm-001', 13) - 1);
		expect(measure('abc', 13, 700)).toBeCloseTo(measure('abc', 13) * 1.06, 9);
		// DejaVu Sans, the wide reference: "standard regimens" at 13 px is 122.4 px there (Chromium canvas); the table is within 8% of it
		expect(measure('standard regimens', 13)).toBeGreaterThan(122.4 * 0.97);
		expect(measure('standard regimens', 13)).toBeLessThan(122.4 * 1.08);
	});
});

describe('fitText and wrapText', () => {
	it('shortens with an ellipsis only when needed', () => {
		expect(fitText('ide-cel', 200, 13, measure)).toBe('ide-cel');
		const cut = fitText('Foreign cohort, 150×10⁶–450×10⁶ CAR+ T cells', 120, 13, measure);
		expect(cut.endsWith('…')).toBe(true);
		expect(measure(cut, 13)).toBeLessThanOrEqual(120);
		expect(cut.startsWith('Foreign')).toBe(true);
	});
	it('wraps English at spaces and Japanese between characters, never before closing punctuation', () => {
		expect(wrapText('standard regimens (printed)', 130, 13, measure)).toEqual(['standard regimens', '(printed)']);
		const ja = wrapText('外国人コホート 150×10⁶~450×10⁶個（印刷値）', 120, 13, measure, 3);
		for (const line of ja) expect(measure(line, 13)).toBeLessThanOrEqual(120.001);
		for (const line of ja.slice(1)) expect(/^[）、。]/.test(line)).toBe(false);
		expect(ja.join('').replace(/\s/g, '')).toBe('外国人コホート150×10⁶~450×10⁶個（印刷値）');
	});
	it('ends the last allowed line with "…" when the text does not fit', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', 60, 13, measure, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		for (const l of lines) expect(measure(l, 13)).toBeLessThanOrEqual(60);
	});
});

describe('textBlock', () => {
	it('keeps the full text when it had to shorten it, and reports its size', () => {
		const b = textBlock('one two three four five six seven eight nine ten', {
			x: 10,
			top: 0,
			size: 13,
			measure,
			maxWidth: 60
		});
		expect(b.full).toBe('one two three four five six seven eight nine ten');
		expect(b.lines).toHaveLength(2);
		expect(b.width).toBeLessThanOrEqual(60);
		const whole = textBlock('ide-cel', { x: 0, top: 20, size: 13, measure, maxWidth: 200 });
		expect(whole.full).toBeNull();
		expect(whole.y).toBeCloseTo(20 + 13 * 0.8, 6);
		expect(centredOn(whole, 100).y - whole.size * 0.8 + whole.height / 2).toBeCloseTo(100, 1);
	});
});

describe('dodge', () => {
	it('leaves labels that do not collide where they are', () => {
		expect(dodge([10, 50, 90], 16)).toEqual([10, 50, 90]);
	});
	it('moves colliding labels apart around where they wanted to be, in their order', () => {
		expect(dodge([100, 104], 16)).toEqual([94, 110]);
		const out = dodge([50, 40, 45], 10);
		expect(out[1]! < out[2]! && out[2]! < out[0]!).toBe(true);
		expect(out[2]! - out[1]!).toBeCloseTo(10, 9);
		expect(out[0]! - out[2]!).toBeCloseTo(10, 9);
	});
	it('stays within its range when the labels fit', () => {
		const out = dodge([0, 2, 4], 10, 0, 100);
		expect(out).toEqual([0, 10, 20]);
		const top = dodge([100, 98], 10, 0, 100);
		expect(maxOf(top)).toBe(100);
		expect(Math.abs(top[0]! - top[1]!)).toBe(10);
	});
});

describe('chartSize', () => {
	it('lays a chart out at the measured width, the fixed one, or the fallback before measuring', () => {
		expect(chartSize({ measured: 390 }).width).toBe(390);
		expect(chartSize({ measured: 2000, maxWidth: 1100 }).width).toBe(1100);
		expect(chartSize({ measured: 0 }).width).toBe(860);
		expect(chartSize({ measured: 390, fixed: 700 }).width).toBe(700);
	});
	it('uses slide type only on a wide slide, and the printed page width when printing', () => {
		expect(chartSize({ measured: 1700, medium: 'slide' }).type.small).toBe(18);
		expect(chartSize({ measured: 390, medium: 'slide' }).type.medium).toBe('screen');
		const print = chartSize({ measured: 1200, printing: true });
		expect(print.width).toBe(680);
		expect(print.type.medium).toBe('print');
		expect(chartType('screen').small).toBe(11);
	});
});

describe('wrapText keeps numbers whole', () => {
	it('never breaks a date or a range of lines at its hyphen or dash', () => {
		const lines = wrapText('Zenyaku Kogyo Co., Ltd., 2025-04-09): text, lines 452–504', 180, 13, measure, 4);
		expect(lines.join(' ')).toContain('2025-04-09');
		expect(lines.join(' ')).toContain('452–504');
		// between letters a hyphen still breaks
		expect(wrapText('ide-cel', 30, 13, measure, 4)).toEqual(['ide-', 'cel']);
	});
});
