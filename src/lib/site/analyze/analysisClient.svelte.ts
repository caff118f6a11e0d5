import type { AnalysisReply, AnalysisRequest } from '$lib/analysis/analysisProtocol';
import type { AnalysisResult, InputFile } from '$lib/analysis/runAnalysis';
import { forgetFiles, loadFiles, saveFiles } from '$lib/analysis/store';
import { detectKind, MAX_UPLOAD_BYTES } from '$lib/data/upload';

/** The worker as the client uses it: a Web Worker running analysis.worker.ts, or a test's stand-in. */
export interface AnalysisWorkerPort {
	postMessage(request: AnalysisRequest): void;
	onmessage: ((e: MessageEvent<AnalysisReply>) => void) | null;
	terminate(): void;
}

/** Where the reader's files are kept between visits: this browser's IndexedDB (store.ts), or a test's stand-in. */
export interface FileKeeper {
	save(files: readonly InputFile[]): Promise<unknown>;
	load(): Promise<InputFile[]>;
	forget(): Promise<void>;
}

/** Reads a chosen file's text, reporting the fraction read. */
export type ReadText = (file: File, onProgress: (fraction: number) => void) => Promise<string>;

/** How far the page got: reading the chosen files (here), or parsing and analysing them (in the worker). */
export interface AnalysisProgress {
	readonly stage: 'read' | 'parse' | 'analyze';
	readonly done: number;
	readonly total: number;
}

/** What the page tells the reader besides the results; worded by analyzeWords.noticeText. */
export type UploadNotice =
	{ readonly code: 'too-large'; readonly name: string; readonly bytes: number } | { readonly code: 'forgotten' };

const browserKeeper: FileKeeper = { save: saveFiles, load: loadFiles, forget: forgetFiles };

// a large file is read in slices so the page can show how far it got
const readWithFileReader: ReadText = (file, onProgress) =>
	new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsText(file);
	});

/**
 * The analyse page's client: holds the reader's files, keeps them in this browser, sends them to the analysis worker
 * after every change and holds its progress, result or failure. Every field is reactive state for the page's components.
 * @example
 * const client = new AnalysisClient({ createWorker: () => new AnalysisWorker() });
 * onMount(() => client.start());
 * await client.addFiles(input.files);
 */
export class AnalysisClient {
	files = $state<InputFile[]>([]);
	result = $state<AnalysisResult | null>(null);
	/** how long the last analysis took in the worker */
	ms = $state<number | null>(null);
	progress = $state<AnalysisProgress | null>(null);
	notices = $state<UploadNotice[]>([]);
	/** the worker's error message when an analysis failed */
	failure = $state<string | null>(null);

	/** settles once the files an earlier visit kept are back (start() sets it) */
	restored: Promise<void> = Promise.resolve();

	#worker: AnalysisWorkerPort | null = null;
	#nextId = 0;
	readonly #createWorker: () => AnalysisWorkerPort;
	readonly #keeper: FileKeeper;
	readonly #readText: ReadText;

	constructor(options: { createWorker: () => AnalysisWorkerPort; keeper?: FileKeeper; readText?: ReadText }) {
		this.#createWorker = options.createWorker;
		this.#keeper = options.keeper ?? browserKeeper;
		this.#readText = options.readText ?? readWithFileReader;
	}

	/** Starts the worker and analyses the files an earlier visit kept; returns the function that stops the worker. */
	start(): () => void {
		const worker = this.#createWorker();
		worker.onmessage = (e) => this.#receive(e.data);
		this.#worker = worker;
		this.restored = this.#keeper
			.load()
			.then((kept) => {
				if (kept.length > 0 && this.files.length === 0) {
					this.files = kept;
					this.#nextId = nextIdAfter(kept);
					this.#analyze();
				}
			})
			.catch(() => undefined);
		return () => {
			worker.terminate();
			this.#worker = null;
		};
	}

	/** Reads the chosen or dropped files (refusing those over the size limit) and analyses them with the others. */
	async addFiles(list: FileList | readonly File[]): Promise<void> {
		this.notices = [];
		const chosen = [...list];
		for (const [i, file] of chosen.entries()) {
			if (file.size > MAX_UPLOAD_BYTES) {
				this.notices.push({ code: 'too-large', name: file.name, bytes: file.size });
				continue;
			}
			this.progress = { stage: 'read', done: i, total: chosen.length };
			const text = await this.#readText(
				file,
				(f) => (this.progress = { stage: 'read', done: i + f, total: chosen.length })
			);
			this.#add(file.name, text);
		}
		this.progress = null;
		this.#analyze();
	}

	/** Adds pasted CSV text under a name (nothing for blank text) and analyses it with the others. */
	addText(name: string, text: string): boolean {
		if (text.trim() === '') return false;
		this.#add(name.trim() || 'pasted.csv', text);
		this.#analyze();
		return true;
	}

	/** Changes a file's kind or the arm of its curve, and analyses again. */
	update(id: string, patch: Partial<Pick<InputFile, 'kind' | 'arm'>>): void {
		this.files = this.files.map((x) => (x.id === id ? { ...x, ...patch } : x));
		this.#analyze();
	}

	/** Removes one file and analyses the others. */
	remove(id: string): void {
		this.files = this.files.filter((f) => f.id !== id);
		this.#analyze();
	}

	/** "Forget my data": drops the files and results and deletes what this browser kept. */
	async forget(): Promise<void> {
		this.files = [];
		this.result = null;
		await this.#keeper.forget().catch(() => undefined);
		this.notices = [{ code: 'forgotten' }];
	}

	#add(name: string, text: string) {
		// a file of no known kind starts as a best-response table; the reader can change its kind
		this.files.push({ id: `f${this.#nextId++}`, name, kind: detectKind(text) ?? 'best_response', text, arm: null });
	}

	#analyze() {
		this.failure = null;
		const snapshot = $state.snapshot(this.files) as InputFile[];
		this.#keeper.save(snapshot).catch(() => undefined);
		if (snapshot.length === 0) {
			this.result = null;
			return;
		}
		this.progress = { stage: 'parse', done: 0, total: snapshot.length };
		this.#worker?.postMessage({ files: snapshot });
	}

	#receive(reply: AnalysisReply) {
		if (reply.type === 'progress') this.progress = { stage: reply.stage, done: reply.done, total: reply.total };
		else if (reply.type === 'result') {
			this.result = reply.result;
			this.ms = reply.ms;
			this.progress = null;
		} else {
			this.failure = reply.message;
			this.progress = null;
		}
	}
}

/**
 * The next free file number after the kept files ("f0", "f2" → 3), so a file added after a reload never takes the id
 * of a kept one (ids key the page's table).
 * @example nextIdAfter([{ id: 'f0' }, { id: 'f2' }]) // 3
 */
export function nextIdAfter(files: readonly Pick<InputFile, 'id'>[]): number {
	let next = files.length;
	for (const f of files) {
		const n = /^f(\d+)$/.exec(f.id);
		if (n && Number(n[1]) + 1 > next) next = Number(n[1]) + 1;
	}
	return next;
}
