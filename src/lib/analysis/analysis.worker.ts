// The analysis runs here, off the page's thread, so a large file never freezes the page; progress is posted back.
import { runAnalysis, type InputFile } from './runAnalysis';

export type WorkerMessage =
	| { type: 'progress'; stage: 'parse' | 'analyze'; done: number; total: number; file: string | null }
	| { type: 'result'; result: ReturnType<typeof runAnalysis>; ms: number }
	| { type: 'error'; message: string };

const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<{ files: InputFile[] }>) => {
	const t0 = performance.now();
	try {
		const result = runAnalysis(e.data.files, (p) => post({ type: 'progress', ...p }));
		post({ type: 'result', result, ms: Math.round(performance.now() - t0) });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
