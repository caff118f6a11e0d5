/** A problem in a data file, located precisely enough to fix by hand. */
export interface DataError {
	readonly file: string;
	/** 1-based line of the file (the header is line 1); null for whole-file problems */
	readonly row: number | null;
	/** column name as in the header; null when the problem is not one column's */
	readonly column: string | null;
	readonly expected: string;
	/** what was found, when there is a cell or token to show */
	readonly found?: string;
}

export function formatDataError(e: DataError): string {
	const where = [e.file, e.row === null ? null : `row ${e.row}`, e.column === null ? null : `column "${e.column}"`]
		.filter((x) => x !== null)
		.join(', ');
	const found = e.found === undefined ? '' : `, found ${JSON.stringify(e.found)}`;
	return `${where}: expected ${e.expected}${found}`;
}

/** Thrown by loaders that must stop at the first bad file; carries every problem found in it. */
export class DataValidationError extends Error {
	readonly errors: readonly DataError[];
	constructor(errors: readonly DataError[]) {
		const shown = errors.slice(0, 20).map(formatDataError);
		const more = errors.length > 20 ? [`… and ${errors.length - 20} more`] : [];
		super([...shown, ...more].join('\n'));
		this.name = 'DataValidationError';
		this.errors = errors;
	}
}
