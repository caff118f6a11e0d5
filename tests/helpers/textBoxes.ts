import { blockBox as boxOf } from '$lib/charts/blockBox';
import type { TextBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { chartType, type ChartSize } from '$lib/charts/typography';

/** The boxes every chart must be legible in (issue 11: a 390-px phone, a 1366-px page, a slide), with the smallest type allowed there. */
export const LEGIBLE_SIZES: readonly { readonly name: string; readonly size: ChartSize; readonly floor: number }[] = [
	{ name: 'a phone (340)', size: { width: 340, type: chartType('screen', estimateTextWidth) }, floor: 11 },
	{ name: 'a 1366-px page (1200)', size: { width: 1200, type: chartType('screen', estimateTextWidth) }, floor: 11 },
	{ name: 'a slide (1700)', size: { width: 1700, type: chartType('slide', estimateTextWidth) }, floor: 18 }
];

/** A drawn text's box (y down), its words for failure messages, and its type size. */
export interface TextBox {
	readonly text: string;
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
	readonly size: number;
}

/**
 * The box a block covers (every line's em box, what the legibility e2e test compares, lies inside it).
 * @example blockBox(layout.axisTitle).bottom <= layout.height
 */
export function blockBox(block: TextBlock): TextBox {
	return { text: block.lines.join(' '), ...boxOf(block), size: block.size };
}

/**
 * Whether two boxes share any area (boxes that only touch are apart).
 * @example boxesOverlap(blockBox(a), blockBox(b)) // false for labels side by side
 */
export function boxesOverlap(a: Omit<TextBox, 'text' | 'size'>, b: Omit<TextBox, 'text' | 'size'>): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The texts outside a `width` × `height` drawing or set below `floor` px, as readable problems ("outside: …", "small: …").
 * @example expect(misplacedTexts(boxes, 340, layout.height, 11)).toEqual([])
 */
export function misplacedTexts(boxes: readonly TextBox[], width: number, height: number, floor: number): string[] {
	const out: string[] = [];
	for (const b of boxes) {
		if (b.left < 0 || b.right > width || b.top < 0 || b.bottom > height)
			out.push(`outside: "${b.text}" [${b.left}, ${b.right}] × [${b.top}, ${b.bottom}]`);
		if (b.size < floor) out.push(`small: "${b.text}" ${b.size} px`);
	}
	return out;
}

/**
 * Every pair of texts that overlap, as readable problems ("overlap: … / …").
 * @example expect(overlappingTexts(boxes)).toEqual([])
 */
export function overlappingTexts(boxes: readonly TextBox[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++)
			if (boxesOverlap(boxes[i]!, boxes[j]!)) out.push(`overlap: "${boxes[i]!.text}" / "${boxes[j]!.text}"`);
	return out;
}

/**
 * What keeps the texts of a drawing from being read: outside it, below the `floor` size, or overlapping another.
 * @example expect(illegibleBoxes([...texts.map(blockBox), ...rotatedTitle], 340, layout.height, 11)).toEqual([])
 */
export function illegibleBoxes(boxes: readonly TextBox[], width: number, height: number, floor: number): string[] {
	return [...misplacedTexts(boxes, width, height, floor), ...overlappingTexts(boxes)];
}

/**
 * What keeps the blocks of a drawing from being read: outside it, below the `floor` size, or overlapping another.
 * @example expect(illegibleTexts(texts(layout), 340, layout.height, 11)).toEqual([])
 */
export function illegibleTexts(blocks: readonly TextBlock[], width: number, height: number, floor: number): string[] {
	return illegibleBoxes(blocks.map(blockBox), width, height, floor);
}
