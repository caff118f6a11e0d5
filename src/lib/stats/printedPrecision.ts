/**
 * Comparison at printed precision: the printed string fixes the number of decimals ("73.4" → 1, "100" → 0),
 * and a recomputed ratio is rounded half up in exact integer arithmetic, never with floating-point toFixed.
 */

/** Number of decimals a printed number shows: "73.4" → 1, "100" → 0, "0.000" → 3. */
export function decimalsOf(printed: string): number {
	const m = /^-?\d+(?:\.(\d+))?$/.exec(printed.trim());
	if (!m) throw new RangeError(`not a plain printed number: ${JSON.stringify(printed)}`);
	return m[1]?.length ?? 0;
}

/**
 * 100·numerator/denominator rounded half up to `decimals` places, as a string ("27.1", "100.0", "50").
 * Exact for any non-negative integers: 1/8 = 12.5% → "13" at 0 decimals, where toFixed gives platform-dependent ties.
 * @example percentOf(19, 70, 1) // "27.1"
 */
export function percentOf(numerator: number, denominator: number, decimals: number): string {
	return ratioAtPrecision(BigInt(numerator) * 100n, BigInt(denominator), decimals);
}

/** num/den rounded half up to `decimals` places, exactly (num ≥ 0, den > 0). */
export function ratioAtPrecision(num: bigint, den: bigint, decimals: number): string {
	if (den <= 0n) throw new RangeError('denominator must be positive');
	if (num < 0n) throw new RangeError('numerator must be non-negative');
	if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError('decimals must be a whole number ≥ 0');
	const scale = 10n ** BigInt(decimals);
	// round half up: floor((2·num·scale + den) / (2·den))
	const scaled = (2n * num * scale + den) / (2n * den);
	const whole = scaled / scale;
	if (decimals === 0) return whole.toString();
	const frac = (scaled % scale).toString().padStart(decimals, '0');
	return `${whole}.${frac}`;
}

/** Does count/denominator, as a percentage, round to the printed string at its own precision? */
export function percentMatches(printed: string, count: number, denominator: number): boolean {
	return percentOf(count, denominator, decimalsOf(printed)) === printed.trim();
}

/** The exact decimal value of a finite double, as an integer numerator over a power of ten (every double is m·2^e). */
function exactDecimal(value: number): { digits: bigint; scale: number } {
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, value);
	const bits = view.getBigUint64(0);
	const exponent = Number((bits >> 52n) & 0x7ffn);
	const fraction = bits & ((1n << 52n) - 1n);
	const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
	const e = (exponent === 0 ? 1 : exponent) - 1075;
	// m·2^e with e < 0 equals m·5^(−e) / 10^(−e)
	return e >= 0 ? { digits: mantissa << BigInt(e), scale: 0 } : { digits: mantissa * 5n ** BigInt(-e), scale: -e };
}

/**
 * A computed number rounded half up to `decimals` places on its exact decimal value (no toFixed).
 * @example roundHalfUp(6.75, 1) // "6.8"; roundHalfUp(-0.04, 1) // "-0.0"
 */
export function roundHalfUp(value: number, decimals: number): string {
	if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
	if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError('decimals must be a whole number ≥ 0');
	const negative = value < 0 || Object.is(value, -0);
	const { digits, scale } = exactDecimal(Math.abs(value));
	const num = digits;
	const den = 10n ** BigInt(scale);
	const text = ratioAtPrecision(num, den, decimals);
	return negative ? `-${text}` : text;
}

/** A computed percentage (a proportion × 100) at the precision of a printed string. */
export function percentAtPrecisionOf(proportion: number, printed: string): string {
	return roundHalfUp(proportion * 100, decimalsOf(printed));
}
