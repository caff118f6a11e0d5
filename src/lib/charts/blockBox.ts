import { r2 } from './pixel';
import type { TextBlock } from './textBlock';

/** The area a placed text takes, in SVG units (y down). */
export interface BlockBox {
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
}

/**
 * The box a block covers: every line's em box (what the legibility e2e test measures) lies inside it. Its anchor
 * decides where its widest line starts; its top is 0.8 em above the first baseline.
 * @example blockBox(textBlock('50%', { x: 100, top: 20, size: 10, measure, anchor: 'middle' })) // { left: 100 - w / 2, right: 100 + w / 2, top: 20, bottom: 31 }
 */
export function blockBox(b: TextBlock): BlockBox {
	const left = b.anchor === 'start' ? b.x : b.anchor === 'end' ? b.x - b.width : b.x - b.width / 2;
	const top = b.y - b.size * 0.8;
	return { left, right: left + b.width, top, bottom: top + b.height };
}

/**
 * Bottom of a text block, rounded like every layout pixel (what the next thing below it starts from).
 * @example blockBottom(textBlock('Incidence (%)', { x: 0, top: 100, size: 11, measure })) // 112.1
 */
export const blockBottom = (b: TextBlock): number => r2(b.y - b.size * 0.8 + b.height);

/**
 * Whether two blocks come closer than `gap` px (their boxes, grown by the gap, meet): for picking a place where a
 * label keeps clear of those placed before it.
 * @example blocksCollide(heading, infusionLabel, 5.5) // true when the infusion label must go a line lower
 */
export function blocksCollide(a: TextBlock, b: TextBlock, gap: number): boolean {
	const p = blockBox(a);
	const q = blockBox(b);
	return p.left < q.right + gap && q.left < p.right + gap && p.top < q.bottom + gap && q.top < p.bottom + gap;
}
