import { runAnalysis, type AnalysisResult, type InputFile, type Progress } from './runAnalysis';

/**
 * The messages between the analyse page and its Web Worker (analysis.worker.ts), typed once for both sides. The page
 * sends every file it holds each time; the worker answers with progress, then one result or one error.
 */

/** Page → worker: analyse these files. */
export interface AnalysisRequest {
	readonly files: readonly InputFile[];
}

/** Worker → page. */
export type AnalysisReply =
	| ({ readonly type: 'progress' } & Progress)
	| { readonly type: 'result'; readonly result: AnalysisResult; readonly ms: number }
	| { readonly type: 'error'; readonly message: string };

/**
 * The worker's side: runs the analysis on the request, posting progress as it goes and then the result with how long
 * it took (ms), or the error's message.
 * @example answerAnalysisRequest({ files }, (reply) => self.postMessage(reply))
 */
export function answerAnalysisRequest(
	request: AnalysisRequest,
	post: (reply: AnalysisReply) => void,
	now: () => number = () => performance.now()
): void {
	const t0 = now();
	try {
		const result = runAnalysis(request.files, (p) => post({ type: 'progress', ...p }));
		post({ type: 'result', result, ms: Math.round(now() - t0) });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
}
