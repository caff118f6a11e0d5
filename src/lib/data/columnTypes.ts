/** How a cell is checked. Every cell stays a string: these only say which strings are acceptable. */
export type ColumnType =
	| { kind: 'text' }
	| { kind: 'id' }
	| { kind: 'count' }
	| { kind: 'percent' }
	| { kind: 'printed' }
	| { kind: 'line' }
	| { kind: 'date' }
	| { kind: 'enum'; values: readonly string[] };

export interface Column {
	readonly name: string;
	readonly type: ColumnType;
	/** false: the cell may be empty (= not printed in the document) */
	readonly required: boolean;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹⁻';
const PRINTED_NUMBER = new RegExp(`^(NE|NR|[<>≤≥]?-?\\d+(\\.\\d+)?( ?× ?10[${SUPERSCRIPT}]+)?)$`);

/** Returns null when the cell is acceptable, else what was expected. */
export function checkCell(type: ColumnType, value: string): string | null {
	if (value !== value.trim()) return 'no leading or trailing spaces';
	switch (type.kind) {
		case 'text':
			return null;
		case 'id':
			return /^[a-z0-9_]+$/.test(value) ? null : 'an id of lowercase letters, digits and _';
		case 'count':
			return /^\d+$/.test(value) ? null : 'a whole number ≥ 0 as printed (e.g. "19")';
		case 'percent':
			if (!/^\d+(\.\d+)?$/.test(value)) return 'a percentage as printed, without % (e.g. "27.1")';
			return Number(value) <= 100 ? null : 'a percentage no larger than 100';
		case 'printed':
			return PRINTED_NUMBER.test(value) ? null : 'a number as printed (e.g. "73.4", "NE", "<0.0001", "5.21 × 10⁷")';
		case 'line':
			return /^[1-9]\d*$/.test(value) ? null : 'a line number of the source document (1, 2, …)';
		case 'date':
			return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'a date as YYYY-MM-DD';
		case 'enum':
			return type.values.includes(value) ? null : `one of ${type.values.map((v) => `"${v}"`).join(', ')}`;
	}
}

/** A printed number as a JS number, or null for NE, NR, inequalities and scientific forms. */
export function printedValue(value: string): number | null {
	return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : null;
}
