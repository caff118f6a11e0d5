/**
 * A number as the survival results carry it (plain JSON, posted from a Web Worker): finite numbers pass (−0 as 0),
 * NaN and ±Infinity become null, as R reports NA or Inf (a median not reached, a limit undefined where S = 0).
 * @example jsonNumber(Number.NaN) // null
 */
export const jsonNumber = (x: number): number | null => (Number.isFinite(x) ? x + 0 : null);

/**
 * A number that is finite by construction (a time, S(t), a test statistic) kept finite in JSON: 0 if it is not.
 * @example finiteNumber(-0) // 0
 */
export const finiteNumber = (x: number): number => jsonNumber(x) ?? 0;
