import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Unit and data tests exercise plain TypeScript: no SvelteKit or Paraglide plugins (their watchers keep Vitest from exiting).
export default defineConfig({
	// the Svelte compiler alone (no SvelteKit), so chart components render to SVG strings in snapshot tests
	plugins: [svelte({ compilerOptions: { runes: true }, configFile: false })],
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/helpers/**/*.test.ts'],
		environment: 'node'
	}
});
