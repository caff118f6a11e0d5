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
