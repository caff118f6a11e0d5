// The reader's choice of algorithm (CRS or neurologic events) and grade, kept in the URL (`?algorithm=crs&grade=2`).

export type AlgorithmKey = 'crs' | 'neurologic';
export const ALGORITHMS: readonly AlgorithmKey[] = ['crs', 'neurologic'];
export const GRADES = ['1', '2', '3', '4'] as const;
export type Grade = (typeof GRADES)[number];

export interface AlgorithmSelection {
	readonly algorithm: AlgorithmKey;
	readonly grade: Grade;
}
export const DEFAULT_ALGORITHM: AlgorithmSelection = { algorithm: 'crs', grade: '1' };

const isAlgorithm = (v: string | null): v is AlgorithmKey => ALGORITHMS.some((a) => a === v);
const isGrade = (v: string | null): v is Grade => GRADES.some((g) => g === v);

/**
 * The selection in a query string; an unknown value falls back to the default.
 * @example parseAlgorithmSelection(new URLSearchParams('algorithm=neurologic&grade=9')) // { algorithm: 'neurologic', grade: '1' }
 */
export function parseAlgorithmSelection(params: URLSearchParams): AlgorithmSelection {
	const a = params.get('algorithm');
	const g = params.get('grade');
	return {
		algorithm: isAlgorithm(a) ? a : DEFAULT_ALGORITHM.algorithm,
		grade: isGrade(g) ? g : DEFAULT_ALGORITHM.grade
	};
}

/**
 * The URL with the selection written in; other query parameters and the fragment are kept.
 * @example writeAlgorithmSelection(new URL('https://x.test/guideline/?a=1#t'), { algorithm: 'crs', grade: '2' }).search // '?a=1&algorithm=crs&grade=2'
 */
export function writeAlgorithmSelection(url: URL, sel: AlgorithmSelection): URL {
	const out = new URL(url.href);
	out.searchParams.set('algorithm', sel.algorithm);
	out.searchParams.set('grade', sel.grade);
	return out;
}
