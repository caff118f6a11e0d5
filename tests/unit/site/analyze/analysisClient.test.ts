import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerAnalysisRequest, type AnalysisReply, type AnalysisRequest } from '$lib/analysis/analysisProtocol';
import type { InputFile } from '$lib/analysis/runAnalysis';
import { MAX_UPLOAD_BYTES } from '$lib/data/upload';
import {
	AnalysisClient,
	nextIdAfter,
	type AnalysisWorkerPort,
	type FileKeeper
} from '$lib/site/analyze/analysisClient.svelte';

const templateText = (kind: string) => readFileSync(`static/templates/${kind}.csv`, 'utf8');
const templateFile = (kind: string, name = `${kind}.csv`) => new File([templateText(kind)], name, { type: 'text/csv' });

/** A worker that answers at once on this thread, as analysis.worker.ts does in its own; it records each request. */
class InlineWorker implements AnalysisWorkerPort {
	onmessage: ((e: MessageEvent<AnalysisReply>) => void) | null = null;
	requests: AnalysisRequest[] = [];
	terminated = false;
	reply: ((request: AnalysisRequest, post: (r: AnalysisReply) => void) => void) | null = answerAnalysisRequest;
	postMessage(request: AnalysisRequest) {
		this.requests.push(request);
		this.reply?.(request, (r) => this.onmessage?.({ data: r } as MessageEvent<AnalysisReply>));
	}
	terminate() {
		this.terminated = true;
	}
}

/** This browser's storage, in memory. */
class MemoryKeeper implements FileKeeper {
	kept: InputFile[] = [];
	forgotten = 0;
	constructor(kept: InputFile[] = []) {
		this.kept = kept;
	}
	async save(files: readonly InputFile[]) {
		this.kept = [...files];
	}
	async load() {
		return this.kept;
	}
	async forget() {
		this.kept = [];
		this.forgotten++;
	}
}

function client(kept: InputFile[] = []) {
	const worker = new InlineWorker();
	const keeper = new MemoryKeeper(kept);
	const c = new AnalysisClient({ createWorker: () => worker, keeper, readText: (file) => file.text() });
	return { c, worker, keeper };
}

describe('AnalysisClient', () => {
	it('reads the chosen files, sends them all to the worker, keeps them, and holds the result', async () => {
		const { c, worker, keeper } = client();
		c.start();
		await c.restored;
		await c.addFiles([templateFile('response_rate'), templateFile('at_risk')]);
		expect(c.files.map((f) => [f.id, f.name, f.kind])).toEqual([
			['f0', 'response_rate.csv', 'response_rate'],
			['f1', 'at_risk.csv', 'at_risk']
		]);
		expect(worker.requests).toHaveLength(1);
		expect(worker.requests[0]?.files.map((f) => f.name)).toEqual(['response_rate.csv', 'at_risk.csv']);
		expect(keeper.kept.map((f) => f.name)).toEqual(['response_rate.csv', 'at_risk.csv']);
		expect(c.result?.files.map((f) => [f.name, f.ok, f.size])).toEqual([
			['response_rate.csv', true, 4],
			['at_risk.csv', true, 24]
		]);
		expect(c.ms).not.toBeNull();
		expect(c.progress).toBeNull();
		expect(c.failure).toBeNull();
	});

	it('refuses a file over the size limit with a notice, and reads the others', async () => {
		const { c } = client();
		c.start();
		const big = { name: 'big.csv', size: MAX_UPLOAD_BYTES + 1 } as File;
		await c.addFiles([big, templateFile('ipd')]);
		expect(c.notices).toEqual([{ code: 'too-large', name: 'big.csv', bytes: MAX_UPLOAD_BYTES + 1 }]);
		expect(c.files.map((f) => f.name)).toEqual(['ipd.csv']);
		expect(c.result?.ipd?.arms.map((a) => a.id)).toEqual(['wt_b', 'wt_be']);
	});

	it('takes pasted text under its name (pasted.csv when blank), and no blank text', () => {
		const { c, worker } = client();
		c.start();
		expect(c.addText('rates.csv', '  \n')).toBe(false);
		expect(worker.requests).toHaveLength(0);
		expect(c.addText('  ', templateText('response_rate'))).toBe(true);
		expect(c.files.map((f) => [f.name, f.kind])).toEqual([['pasted.csv', 'response_rate']]);
		expect(c.result?.tables?.orr).toHaveLength(4);
	});

	it('analyses again after a kind is changed or a file removed; none left, no result', () => {
		const { c, worker } = client();
		c.start();
		c.addText('a.csv', templateText('response_rate'));
		c.update('f0', { kind: 'best_response' });
		expect(worker.requests.at(-1)?.files[0]?.kind).toBe('best_response');
		expect(c.result?.files[0]?.ok).toBe(false);
		c.remove('f0');
		expect(c.files).toEqual([]);
		expect(c.result).toBeNull();
		// nothing is sent for no file
		expect(worker.requests).toHaveLength(2);
	});

	it('analyses the files an earlier visit kept, and numbers new files after them', async () => {
		const kept: InputFile[] = [
			{ id: 'f0', name: 'rates.csv', kind: 'response_rate', text: templateText('response_rate'), arm: null },
			{ id: 'f2', name: 'ipd.csv', kind: 'ipd', text: templateText('ipd'), arm: null }
		];
		const { c, worker } = client(kept);
		const stop = c.start();
		await c.restored;
		expect(c.files.map((f) => f.id)).toEqual(['f0', 'f2']);
		expect(worker.requests).toHaveLength(1);
		// f1 was removed before the reload: a new file must not take f2 again
		c.addText('more.csv', templateText('best_response'));
		expect(c.files.map((f) => f.id)).toEqual(['f0', 'f2', 'f3']);
		stop();
		expect(worker.terminated).toBe(true);
	});

	it('forgets the files, the result and what the browser kept, and says so', async () => {
		const { c, keeper } = client();
		c.start();
		c.addText('rates.csv', templateText('response_rate'));
		await c.forget();
		expect(c.files).toEqual([]);
		expect(c.result).toBeNull();
		expect(keeper.forgotten).toBe(1);
		expect(keeper.kept).toEqual([]);
		expect(c.notices).toEqual([{ code: 'forgotten' }]);
	});

	it('shows the progress the worker posts, and its failure', () => {
		const { c, worker } = client();
		c.start();
		const replies: ((r: AnalysisReply) => void)[] = [];
		worker.reply = (_request, post) => replies.push(post);
		c.addText('rates.csv', templateText('response_rate'));
		expect(c.progress).toEqual({ stage: 'parse', done: 0, total: 1 });
		const post = replies[0];
		if (!post) throw new Error('no request');
		post({ type: 'progress', stage: 'analyze', done: 1, total: 2, file: null });
		expect(c.progress).toEqual({ stage: 'analyze', done: 1, total: 2 });
		post({ type: 'error', message: 'out of memory' });
		expect(c.failure).toBe('out of memory');
		expect(c.progress).toBeNull();
	});
});

describe('nextIdAfter', () => {
	it('numbers after the highest kept id, so no two files share one', () => {
		expect(nextIdAfter([])).toBe(0);
		expect(nextIdAfter([{ id: 'f0' }, { id: 'f1' }])).toBe(2);
		expect(nextIdAfter([{ id: 'f0' }, { id: 'f2' }])).toBe(3);
		expect(nextIdAfter([{ id: 'f7' }])).toBe(8);
		// an id of another form counts as one file
		expect(nextIdAfter([{ id: 'x' }])).toBe(1);
	});
});
