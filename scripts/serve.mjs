// Serves the prerendered site in build/ and prints its address.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
if (!existsSync('build/index.html')) {
	console.error('build/index.html is missing: run `npm run build` first (npm start does both).');
	process.exit(1);
}
const serve = sirv('build', { dev: false, etag: true, extensions: ['html'] });

// Each prerendered page carries its Content-Security-Policy (svelte.config.js) in a <meta> tag whose script-src
// holds the hash of that page's own boot script. Send the same policy as a header, plus frame-ancestors,
// which only works as a header.
const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
/** @type {Map<string, string | null>} */
const policies = new Map();
/** @param {string} pathname */
function policyOf(pathname) {
	let path = pathname;
	try {
		path = decodeURI(pathname);
	} catch {
		/* sirv does not find it either */
	}
	if (path.includes('..')) return null;
	const base = join('build', path.replace(/\/+$/, ''));
	const file = [base, `${base}.html`, join(base, 'index.html')].find(
		(f) => f.endsWith('.html') && existsSync(f) && statSync(f).isFile()
	);
	if (file === undefined) return null;
	if (!policies.has(file))
		policies.set(
			file,
			META_CSP.exec(readFileSync(file, 'utf8'))?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"') ?? null
		);
	return policies.get(file) ?? null;
}

createServer((req, res) => {
	const policy = policyOf(new URL(req.url ?? '/', 'http://localhost').pathname);
	if (policy !== null) res.setHeader('Content-Security-Policy', `${policy}; frame-ancestors 'none'`);
	serve(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
}).listen(port, host, () => {
	console.log(
		`Trial Evidence Explorer is being served at http://${host}:${port}/  (English: http://${host}:${port}/en/)  — Ctrl+C to stop`
	);
});
