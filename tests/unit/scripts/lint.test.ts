import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// the project's own rules, run on snippets placed where they would live (the config picks rules by path)
const eslint = new ESLint();
const problems = async (code: string, filePath: string) => {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
};

describe('npm run lint', () => {
	it('fails an import that crosses a layer boundary upward, by alias or by relative path', async () => {
		expect(
			await problems("import { locale } from '$lib/site/i18n';\nexport const x = locale;\n", 'src/lib/data/example.ts')
		).toEqual([
			"no-restricted-imports: '$lib/site/i18n' import is restricted from being used by a pattern. src/lib/data/ may not import src/lib/site/ (layers flow one way: docs/architecture.md)."
		]);
		expect(
			await problems(
				"import { analyzeTables } from '../analysis/uploadTables';\nexport const x = analyzeTables;\n",
				'src/lib/charts/example.ts'
			)
		).toHaveLength(1);
		// the same import one layer up is allowed
		expect(
			await problems(
				"import { locale } from '$lib/site/i18n';\nexport const x = locale;\n",
				'src/routes/example/+page.ts'
			)
		).toEqual([]);
	});

	it('fails Math.max or Math.min of a spread array (a 300,000-patient upload overflowed the stack)', async () => {
		const found = await problems(
			'export const top = (xs: number[]) => Math.max(0, ...xs);\n',
			'src/lib/stats/example.ts'
		);
		expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax: Math\.max\/Math\.min of a spread array/)]);
	});
});
