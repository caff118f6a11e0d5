// Serves the prerendered site in build/ and prints its address.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
if (!existsSync('build/index.html')) {
	console.error('build/index.html is missing: run `npm run build` first (npm start does both).');
	process.exit(1);
}
const serve = sirv('build', { dev: false, etag: true, extensions: ['html'] });
createServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end('Not found'); })).listen(port, host, () => {
	console.log(`Trial Evidence Explorer is being served at http://${host}:${port}/  (English: http://${host}:${port}/en/)  — Ctrl+C to stop`);
});
