import { defineConfig } from '@playwright/test';

const PORT = 4174;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			// Debian's Chromium: Playwright cannot download its own browser on these machines
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-gpu',
				'--no-first-run',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: `PORT=${PORT} node scripts/serve.mjs`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
