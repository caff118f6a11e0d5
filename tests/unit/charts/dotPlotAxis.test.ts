import { describe, expect, it } from 'vitest';
import { dotAxis, tickRowHeight } from '$lib/charts/dotPlotAxis';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { chartType } from '$lib/charts/typography';

const type = chartType('screen', estimateTextWidth);
const plot = { left: 100, right: 500, top: 60, bottom: 300 };
const axis = (right: number) =>
	dotAxis({
		values: Array.from({ length: 11 }, (_, i) => i * 10),
		x: (v) => plot.left + (v / 100) * (right - plot.left),
		text: String,
		plot: { ...plot, right },
		grid: [[plot.top, plot.bottom]],
		type,
		title: 'Incidence (%)',
		width: right + 50
	});

describe('dotAxis', () => {
	it('puts a tick at every value with its label above and below the plot', () => {
		const a = axis(500);
		expect(a.ticks.map((t) => t.x)).toEqual([100, 140, 180, 220, 260, 300, 340, 380, 420, 460, 500]);
		expect(a.ticks.every((t) => t.above && t.below)).toBe(true);
		expect(a.ticks[5]!.above!.y - 11 * 0.8).toBeCloseTo(60 - tickRowHeight(type), 9);
		expect(a.ticks[5]!.below!.y - 11 * 0.8).toBeCloseTo(304, 9);
		expect(a.title.x).toBe(300);
		expect(a.title.y).toBeGreaterThan(a.ticks[0]!.below!.y);
	});
	it('labels every 2nd or 5th tick when neighbouring labels would come closer than 0.6 em', () => {
		// 11 ticks 13 px apart: "100" is 21 px at 11 px, so every other label at the most
		const a = axis(230);
		const shown = a.ticks.filter((t) => t.above).map((t) => t.value);
		expect(shown[0]).toBe(0);
		expect(shown.length).toBeLessThan(11);
		expect(a.ticks.filter((t) => t.below).map((t) => t.value)).toEqual(shown);
	});
	it('rounds the grid ranges to 2 decimals', () => {
		const a = dotAxis({
			values: [0],
			x: () => 0,
			text: String,
			plot,
			grid: [[1.23456, 7.891011]],
			type,
			title: '',
			width: 600
		});
		expect(a.grid).toEqual([[1.23, 7.89]]);
	});
});
