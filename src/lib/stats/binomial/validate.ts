/** Throws a RangeError naming the argument, so callers never compute on impossible counts. */
export function checkCounts(x: number, n: number): void {
	if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, got ${n}`);
	if (!Number.isInteger(x) || x < 0 || x > n)
		throw new RangeError(`x must be a whole number from 0 to n = ${n}, got ${x}`);
}

export function checkLevel(level: number): void {
	if (!(level > 0 && level < 1))
		throw new RangeError(`confidence level must lie strictly between 0 and 1, got ${level}`);
}

export function checkProbability(p: number, name = 'p', open = true): void {
	const ok = open ? p > 0 && p < 1 : p >= 0 && p <= 1;
	if (!ok) throw new RangeError(`${name} must lie ${open ? 'strictly ' : ''}between 0 and 1, got ${p}`);
}
