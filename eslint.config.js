// ESLint flat config: typescript-eslint and eslint-plugin-svelte, the layer boundaries of docs/architecture.md,
// and the project's own rules. Prettier formats (eslint-config-prettier turns off the rules it owns).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * What each folder of src/lib may import (docs/architecture.md draws it). A folder not named here may import only
 * itself. Routes may import everything.
 */
export const LAYERS = {
	util: [],
	data: ['stats', 'util'],
	stats: ['util'],
	survival: ['stats', 'data', 'util'],
	documents: ['data', 'util'],
	verify: ['survival', 'documents', 'stats', 'data', 'util'],
	analysis: ['verify', 'survival', 'documents', 'stats', 'data', 'util'],
	charts: ['stats', 'data', 'util', 'paraglide'],
	site: ['server', 'charts', 'analysis', 'verify', 'survival', 'documents', 'stats', 'data', 'util', 'paraglide'],
	server: ['site', 'analysis', 'verify', 'survival', 'documents', 'stats', 'data', 'util']
};
const FOLDERS = [...Object.keys(LAYERS), 'paraglide'];

/** One no-restricted-imports pattern per folder a layer may not import, by alias ($lib/x) or relative path (../x). */
function boundaryRules(layer) {
	const forbidden = FOLDERS.filter((f) => f !== layer && !LAYERS[layer].includes(f));
	return {
		'no-restricted-imports': [
			'error',
			{
				patterns: forbidden.map((f) => ({
					regex: `^(\\$lib/|(\\.\\./)+)${f}(/|$)`,
					message: `src/lib/${layer}/ may not import src/lib/${f}/ (layers flow one way: docs/architecture.md).`
				}))
			}
		]
	};
}

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'bench/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// a spread of a few hundred thousand values overflows the call stack (a 300,000-patient upload did)
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
					message:
						'Math.max/Math.min of a spread array overflows the stack on large inputs: use a loop or d3 max/min/extent.'
				}
			],
			// links go through site/i18n href() (Paraglide's localizeHref); the site is served at the root, with no base path
			'svelte/no-navigation-without-resolve': 'off',
			// {' '} keeps a space between inline elements that the formatter would otherwise move onto another line
			'svelte/no-useless-mustaches': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
			]
		}
	},
	...Object.keys(LAYERS).map((layer) => ({
		files: [`src/lib/${layer}/**/*.{ts,js,svelte}`],
		rules: boundaryRules(layer)
	}))
);
