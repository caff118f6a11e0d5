import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// Japanese at /, English at /en/: both prerendered, the locale is in the URL
			strategy: ['url', 'baseLocale']
		}),
		sveltekit()
	]
});
