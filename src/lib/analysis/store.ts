import type { InputFile } from './runAnalysis';

// The reader's files stay in this browser only: one IndexedDB record, removed by "Forget my data".
const DB = 'trial-evidence-explorer';
const STORE = 'uploads';
const KEY = 'files';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const req = act(db.transaction(STORE, mode).objectStore(STORE));
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
	} finally {
		db.close();
	}
}

/** Keeps the reader's files for the next visit (this browser only). */
export const saveFiles = (files: readonly InputFile[]) =>
	run('readwrite', (s) =>
		s.put(
			files.map((f) => ({ ...f })),
			KEY
		)
	);

/** The files kept by an earlier visit, or none. */
export async function loadFiles(): Promise<InputFile[]> {
	const v = await run<unknown>('readonly', (s) => s.get(KEY));
	return Array.isArray(v) ? (v as InputFile[]) : [];
}

/** "Forget my data": removes the whole database. */
export function forgetFiles(): Promise<void> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.deleteDatabase(DB);
		req.onsuccess = () => resolve();
		req.onerror = () => reject(req.error);
		req.onblocked = () => resolve();
	});
}
