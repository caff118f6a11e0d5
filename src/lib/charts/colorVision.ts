/**
 * Colour checks for the palette: how a colour looks in grayscale and under the three dichromacies, its CIELAB
 * coordinates and WCAG 2 contrast. Used by the palette's tests; small enough to run anywhere.
 */

export type Vision = 'normal' | 'grayscale' | 'protanopia' | 'deuteranopia' | 'tritanopia';

// Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color vision deficiency",
// IEEE TVCG 15(6), Table of matrices at severity 1.0, applied to linear RGB.
const MACHADO: Readonly<Record<'protanopia' | 'deuteranopia' | 'tritanopia', readonly (readonly number[])[]>> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** sRGB hex ("#1f2a44") to linear RGB in [0, 1] (IEC 61966-2-1 transfer function). */
export function linearRgb(hex: string): [number, number, number] {
	const m = /^#?([0-9a-f]{6})$/i.exec(hex);
	if (!m) throw new Error(`colorVision: "${hex}" is not a #rrggbb colour`);
	const n = parseInt(m[1]!, 16);
	const ch = (v: number) => {
		const c = v / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return [ch((n >> 16) & 255), ch((n >> 8) & 255), ch(n & 255)];
}

/** WCAG 2 relative luminance. */
export const luminance = (hex: string): number => {
	const [r, g, b] = linearRgb(hex);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/**
 * WCAG 2 contrast ratio of two colours (1–21).
 * @example contrast('#000000', '#ffffff') // 21
 */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

/** Linear RGB as seen with a vision type (grayscale: the luminance on all three channels). */
export function simulate(hex: string, vision: Vision): [number, number, number] {
	const rgb = linearRgb(hex);
	if (vision === 'normal') return rgb;
	if (vision === 'grayscale') {
		const y = luminance(hex);
		return [y, y, y];
	}
	const m = MACHADO[vision];
	const clamp = (v: number) => Math.min(1, Math.max(0, v));
	return [0, 1, 2].map((i) => clamp(m[i]![0]! * rgb[0] + m[i]![1]! * rgb[1] + m[i]![2]! * rgb[2])) as [
		number,
		number,
		number
	];
}

/** CIELAB (D65) of linear RGB (CIE 15:2004). */
export function lab([r, g, b]: readonly [number, number, number]): [number, number, number] {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/**
 * CIE76 colour difference ΔE*ab between two colours as seen with a vision type.
 * @example difference('#000000', '#ffffff', 'normal') // 100
 */
export function difference(a: string, b: string, vision: Vision): number {
	const [l1, a1, b1] = lab(simulate(a, vision));
	const [l2, a2, b2] = lab(simulate(b, vision));
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** CIELAB lightness L* (0 black – 100 white). */
export const lightness = (hex: string): number => lab(linearRgb(hex))[0];
