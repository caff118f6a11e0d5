import { describe, expect, it } from 'vitest';
import { contrast, difference, lightness, simulate, type Vision } from '$lib/charts/colorVision';
import { ARM_STYLES, RESPONSE_COLORS, RESPONSE_INK, SERIES_COLORS } from '$lib/charts/palette';

const VISIONS: Vision[] = ['normal', 'grayscale', 'protanopia', 'deuteranopia', 'tritanopia'];

describe('colorVision', () => {
	it('gives the textbook values at the ends of the scale', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
		expect(lightness('#ffffff')).toBeCloseTo(100, 3);
		expect(lightness('#000000')).toBeCloseTo(0, 6);
		// WCAG's own example pair: #777777 on white is 4.48:1
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		// Machado's matrices keep white white (each row sums to 1)
		for (const v of ['protanopia', 'deuteranopia', 'tritanopia'] as const)
			for (const c of simulate('#ffffff', v)) expect(c).toBeCloseTo(1, 4);
		// a deuteranope sees pure red and pure green much closer than a trichromat does
		expect(difference('#ff0000', '#00ff00', 'deuteranopia')).toBeLessThan(
			difference('#ff0000', '#00ff00', 'normal') / 2
		);
	});
});

describe('palette', () => {
	it('separates the arms of a survival chart in lightness and in line style, for every vision', () => {
		const [a, b] = ARM_STYLES;
		expect(Math.abs(lightness(a!.stroke) - lightness(b!.stroke))).toBeGreaterThanOrEqual(25);
		expect(a!.dash).not.toBe(b!.dash);
		for (const v of VISIONS) expect(difference(a!.stroke, b!.stroke, v), v).toBeGreaterThanOrEqual(25);
		// every arm line reads against white (WCAG non-text contrast 3:1) and its label as text (4.5:1)
		for (const s of ARM_STYLES) {
			expect(contrast(s.stroke, '#ffffff')).toBeGreaterThanOrEqual(3);
			expect(contrast(s.ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
		}
		expect(new Set(ARM_STYLES.map((s) => s.dash)).size).toBe(ARM_STYLES.length);
	});

	it('keeps neighbouring response categories apart in grayscale and under colour-vision deficiencies', () => {
		const order = ['sCR', 'CR', 'VGPR', 'PR', 'MR', 'SD', 'PD'];
		const fills = order.map((c) => RESPONSE_COLORS[c]!);
		// the response steps (sCR → MR) climb in lightness by at least 14 L* each
		for (let i = 0; i < 4; i++) expect(lightness(fills[i + 1]!) - lightness(fills[i]!)).toBeGreaterThanOrEqual(14);
		for (const v of VISIONS)
			for (let i = 0; i + 1 < fills.length; i++)
				expect(difference(fills[i]!, fills[i + 1]!, v), `${order[i]}/${order[i + 1]} ${v}`).toBeGreaterThanOrEqual(14);
		// the text drawn on each fill is readable (4.5:1)
		for (const c of [...order, 'NE'])
			expect(contrast(RESPONSE_INK[c]!, RESPONSE_COLORS[c]!), c).toBeGreaterThanOrEqual(4.5);
	});

	it('draws dot-plot series in colours that stay distinct for a deuteranope', () => {
		const first = SERIES_COLORS.slice(0, 4);
		for (let i = 0; i < first.length; i++)
			for (let j = i + 1; j < first.length; j++)
				expect(difference(first[i]!, first[j]!, 'deuteranopia')).toBeGreaterThanOrEqual(15);
	});
});
