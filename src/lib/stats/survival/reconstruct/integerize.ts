/**
 * Whole counts close to real-valued targets, each within [0, cap], summing exactly to `total`: scale the real
 * values towards the total within their caps, then hand out the remainder by largest fractional part
 * (Hamilton's method). Throws when the total cannot fit under the caps.
 * @example integerize([1.4, 2.6, 0.9], [3, 3, 3], 5) // [1, 3, 1]
 */
export function integerize(values: readonly number[], caps: readonly number[], total: number): number[] {
	const capSum = caps.reduce((s, c) => s + c, 0);
	if (total > capSum || total < 0) throw new RangeError(`cannot place ${total} in slots holding at most ${capSum}`);
	let v = values.map((x, i) => Math.min(Math.max(x, 0), caps[i]!));
	// move the real values towards the total without breaking caps (a few passes suffice: each pass saturates slots)
	for (let pass = 0; pass < 50; pass++) {
		const sum = v.reduce((s, x) => s + x, 0);
		const gap = total - sum;
		if (Math.abs(gap) < 1e-9) break;
		const room = v.map((x, i) => (gap > 0 ? caps[i]! - x : x));
		const roomSum = room.reduce((s, r) => s + r, 0);
		if (roomSum <= 0) break;
		// spread the gap in proportion to each slot's room, or its weight when it has one
		const weights = v.map((x, i) => (room[i]! > 0 ? (gap > 0 ? Math.max(x, 1e-9) : x) : 0));
		const wSum = weights.reduce((s, w) => s + w, 0) || 1;
		v = v.map((x, i) => Math.min(caps[i]!, Math.max(0, x + (gap * weights[i]!) / wSum)));
	}
	const floors = v.map((x) => Math.floor(x + 1e-9));
	let left = total - floors.reduce((s, x) => s + x, 0);
	const order = v.map((x, i) => ({ i, frac: x - floors[i]! })).sort((a, b) => b.frac - a.frac || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		if (floors[i]! < caps[i]!) {
			floors[i]!++;
			left--;
		}
	}
	// still short (fractions were all zero where room was): fill any slot with room
	for (let i = 0; left > 0 && i < floors.length; i++) {
		const add = Math.min(left, caps[i]! - floors[i]!);
		floors[i]! += add;
		left -= add;
	}
	for (let i = floors.length - 1; left < 0 && i >= 0; i--) {
		const take = Math.min(-left, floors[i]!);
		floors[i]! -= take;
		left += take;
	}
	return floors;
}
