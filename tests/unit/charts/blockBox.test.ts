import { describe, expect, it } from 'vitest';
import { blockBottom, blockBox, blocksCollide } from '$lib/charts/blockBox';
import { textBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';

const at = (x: number, top: number, anchor: 'start' | 'middle' | 'end', text = 'Incidence (%)') =>
	textBlock(text, { x, top, size: 11, measure: estimateTextWidth, anchor });

describe('blockBox', () => {
	it('starts the box where the anchor puts the widest line, from the block top to its bottom', () => {
		const w = estimateTextWidth('Incidence (%)', 11);
		expect(blockBox(at(100, 20, 'start'))).toMatchObject({ left: 100, right: 100 + w });
		expect(blockBox(at(100, 20, 'middle')).left).toBeCloseTo(100 - w / 2, 9);
		expect(blockBox(at(100, 20, 'end')).right).toBeCloseTo(100, 9);
		const b = blockBox(at(100, 20, 'start'));
		// one line of 11 px: 0.8 em above the baseline, 0.3 em below it
		expect(b.top).toBeCloseTo(20, 9);
		expect(b.bottom).toBeCloseTo(20 + 11 * 1.1, 9);
	});
	it('grows with every wrapped line', () => {
		const two = textBlock('standard regimens (printed)', {
			x: 0,
			top: 0,
			size: 13,
			measure: estimateTextWidth,
			maxWidth: 110
		});
		expect(two.lines).toHaveLength(2);
		expect(blockBox(two).bottom).toBeCloseTo(13 * 0.8 + two.lineHeight + 13 * 0.3, 9);
		expect(blockBottom(two)).toBe(Math.round((13 * 0.8 + two.lineHeight + 13 * 0.3) * 100) / 100);
	});
});

describe('blocksCollide', () => {
	it('counts blocks closer than the gap as colliding, and blocks further apart as clear', () => {
		const a = at(0, 0, 'start', 'infusion');
		const w = a.width;
		expect(blocksCollide(a, at(w + 4, 0, 'start', 'day 0'), 5)).toBe(true);
		expect(blocksCollide(a, at(w + 6, 0, 'start', 'day 0'), 5)).toBe(false);
		// on the next line, clear of it by more than the gap
		expect(blocksCollide(a, at(0, 20, 'start', 'day 0'), 5)).toBe(false);
		expect(blocksCollide(a, at(0, 14, 'start', 'day 0'), 5)).toBe(true);
	});
});
