/**
 * A catalog's table name in the page's language: "Table 2" → "表 2", "Figure 1" → "図 1", "text" → "本文".
 * @example tableName('Table 7; Figure 1', 'ja') // '表 7、図 1'
 */
export function tableName(table: string, lang: 'ja' | 'en'): string {
	if (lang === 'en') return table;
	return table
		.split('; ')
		.map((t) =>
			t
				.replace(/^Table (\S+)$/, '表 $1')
				.replace(/^Figure (\S+)$/, '図 $1')
				.replace(/^section (\S+)$/, '$1 項')
				.replace(/^text(?: \(.*\))?$/, '本文')
		)
		.join('、');
}
