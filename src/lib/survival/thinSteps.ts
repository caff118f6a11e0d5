/**
 * A survival step function with at most about 2 × `bins` points for drawing: in each time bin the first and the last
 * step are kept, so every drop is drawn within one bin of where it is (1/bins of the axis: below a pixel at 1,000 bins
 * on a 900-unit chart) and the curve's level between bins is exact. Statistics are never computed from the thinned
 * steps — only the drawing of very large data (e.g. 200,000 patients) uses them.
 * @example thinSteps(steps, 33, 1000).length <= 2000
 */
export function thinSteps<T extends { time: number }>(steps: readonly T[], xMax: number, bins = 1000): T[] {
	if (steps.length <= 2 * bins) return [...steps];
	const width = (xMax > 0 ? xMax : (steps.at(-1)?.time ?? 1)) / bins;
	const out: T[] = [];
	let bin = Number.NaN;
	for (let i = 0; i < steps.length; i++) {
		const s = steps[i]!;
		const b = Math.floor(s.time / width);
		const next = steps[i + 1];
		const lastOfBin = !next || Math.floor(next.time / width) !== b;
		if (b !== bin || lastOfBin) out.push(s);
		bin = b;
	}
	return out;
}

/** At most one time per bin (censor marks closer than a pixel draw as one). */
export function thinTimes(times: readonly number[], xMax: number, bins = 1000): number[] {
	if (times.length <= bins) return [...times];
	const width = (xMax > 0 ? xMax : times.reduce((a, b) => Math.max(a, b), 1)) / bins;
	const seen = new Set<number>();
	return times.filter((t) => {
		const b = Math.floor(t / width);
		if (seen.has(b)) return false;
		seen.add(b);
		return true;
	});
}
