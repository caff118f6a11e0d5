/**
 * Rounds a pixel coordinate to 2 decimals, so the same data always gives the same SVG text (snapshot tests).
 * @example r2(12.3456) // 12.35
 */
export const r2 = (v: number): number => Math.round(v * 100) / 100;
