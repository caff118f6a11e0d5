import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Content-Security-Policy. Prerendered pages get it as <meta http-equiv="content-security-policy">,
 * with SvelteKit's sha256 hash of its own inline boot script added to script-src (mode 'hash'):
 * no inline script of anyone else's runs. scripts/serve.mjs also sends it as a header.
 * frame-ancestors, report-uri and sandbox are ignored in a meta tag, so they are left out here.
 * @type {import('@sveltejs/kit').KitConfig['csp']}
 */
export const csp = {
	mode: 'hash',
	directives: {
		'default-src': ['self'],
		'script-src': ['self'],
		// Svelte writes style attributes (style:prop, style="…"), and app.html wraps the body in style="display: contents"
		'style-src': ['self', 'unsafe-inline'],
		// the PNG export draws the chart's SVG through a blob: object URL into a canvas; data: for inline images
		'img-src': ['self', 'data:', 'blob:'],
		// a Web Worker (parsing uploads off the main thread) may be created from a blob: URL
		'worker-src': ['self', 'blob:'],
		'connect-src': ['self'],
		'font-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// every page is prerendered; no server, no SPA fallback
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		prerender: { entries: ['*', '/en'], handleHttpError: 'fail', handleMissingId: 'fail' },
		csp
	}
};

export default config;
