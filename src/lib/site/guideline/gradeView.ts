import type { RowOf } from '$lib/data/typedRows';

export interface GradeStep {
	readonly step: string;
	readonly condition_ja: string;
	readonly condition_en: string;
	readonly action_ja: string;
	readonly action_en: string;
	readonly line: string;
}

export interface GradeView {
	readonly grade: string;
	readonly definition_ja: string;
	readonly definition_en: string;
	/** management columns in table order (tocilizumab, corticosteroid; management for Table 16), steps in order */
	readonly columns: readonly { readonly column: string; readonly steps: readonly GradeStep[] }[];
	readonly lines: readonly string[];
}

/**
 * One grade of an algorithm table: its definition and its steps column by column.
 * @example gradeView(crsRows, '2').columns.map((c) => c.column) // ['tocilizumab', 'corticosteroid']
 */
export function gradeView(rows: readonly RowOf<'algorithm'>[], grade: string): GradeView {
	const of = rows.filter((r) => r.grade === grade);
	const columns = [...new Set(rows.map((r) => r.column))];
	const def = of.find((r) => r.grade_definition_ja) ?? of[0];
	return {
		grade,
		definition_ja: def?.grade_definition_ja ?? '',
		definition_en: def?.grade_definition_en ?? '',
		columns: columns.map((column) => ({
			column,
			steps: of
				.filter((r) => r.column === column)
				.sort((a, b) => Number(a.step) - Number(b.step))
				.map((r) => ({
					step: r.step,
					condition_ja: r.condition_ja ?? '',
					condition_en: r.condition_en ?? '',
					action_ja: r.action_ja,
					action_en: r.action_en,
					line: r.source_line
				}))
		})),
		lines: [...new Set(of.map((r) => r.source_line))].sort((a, b) => Number(a) - Number(b))
	};
}
