import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and data tests exercise plain TypeScript: no SvelteKit or Paraglide plugins (their watchers keep Vitest from exiting).
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node'
	}
});
