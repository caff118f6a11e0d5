import { describe, expect, it } from 'vitest';
import { textBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { illegibleTexts } from './textBoxes';

// the helper the chart tests share must still catch what it is there to catch
const label = (text: string, x: number, top: number, size = 11) =>
	textBlock(text, { x, top, size, measure: estimateTextWidth });

describe('illegibleTexts', () => {
	it('passes texts inside the drawing, apart and at the floor size; boxes that only touch are apart', () => {
		const a = label('0', 0, 0);
		expect(illegibleTexts([a, label('10', a.width, 0)], 100, 20, 11)).toEqual([]);
	});
	it('names a text that leaves the drawing on any side', () => {
		expect(illegibleTexts([label('100', 90, 0)], 100, 20, 11)).toEqual([expect.stringMatching(/^outside: "100"/)]);
		expect(illegibleTexts([label('100', -1, 0)], 100, 20, 11)).toEqual([expect.stringMatching(/^outside: "100"/)]);
		expect(illegibleTexts([label('100', 0, 10)], 100, 20, 11)).toEqual([expect.stringMatching(/^outside: "100"/)]);
	});
	it('names a text below the floor size', () => {
		expect(illegibleTexts([label('note', 0, 0, 10)], 100, 20, 11)).toEqual(['small: "note" 10 px']);
	});
	it('names two texts that overlap, by as little as a tenth of a pixel', () => {
		const a = label('median 13.3', 0, 0);
		expect(illegibleTexts([a, label('ide-cel', a.width - 0.1, 0)], 200, 20, 11)).toEqual([
			'overlap: "median 13.3" / "ide-cel"'
		]);
	});
});
