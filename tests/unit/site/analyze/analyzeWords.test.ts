import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { UPLOAD_KINDS } from '$lib/data/upload';
import {
	noteText,
	noticeText,
	problemsText,
	progressText,
	UPLOAD_KIND_LABEL,
	UPLOAD_LIMIT_MB
} from '$lib/site/analyze/analyzeWords';

afterEach(() => overwriteGetLocale(() => 'ja'));

describe('analyse page words', () => {
	it('counts a refused file’s problems in the singular and the plural', () => {
		overwriteGetLocale(() => 'en');
		expect(problemsText(1)).toBe('1 problem: not accepted');
		expect(problemsText(2)).toBe('2 problems: not accepted');
		overwriteGetLocale(() => 'ja');
		expect(problemsText(1)).toBe('1 件の問題：受理していません');
	});
	it('words a refused file with its size in MB and the limit, and the forgotten data', () => {
		overwriteGetLocale(() => 'en');
		expect(UPLOAD_LIMIT_MB).toBe('20');
		expect(noticeText({ code: 'too-large', name: 'big.csv', bytes: 31457280 })).toBe(
			'big.csv: 30.0 MB is over the 20 MB limit, so it was not read.'
		);
		expect(noticeText({ code: 'forgotten' })).toBe('The data kept in this browser has been removed.');
		overwriteGetLocale(() => 'ja');
		expect(noticeText({ code: 'too-large', name: 'big.csv', bytes: 31457280 })).toBe(
			'big.csv：30.0 MB は上限 20 MB を超えるため読み込みませんでした。'
		);
	});
	it('words the progress by stage, counting whole files; reading counts as reading and validating', () => {
		overwriteGetLocale(() => 'en');
		expect(progressText({ stage: 'analyze', done: 1.5, total: 3 })).toBe('Analysing: 1 of 3');
		expect(progressText({ stage: 'read', done: 0.4, total: 2 })).toBe('Reading and validating: 0 of 2');
		overwriteGetLocale(() => 'ja');
		expect(progressText({ stage: 'parse', done: 2, total: 2 })).toBe('読み込みと検証：2 / 2');
	});
	it('words how the files were combined', () => {
		overwriteGetLocale(() => 'ja');
		expect(noteText({ code: 'curve-arm', file: 'input_curve_standard.csv', arm: 'standard' })).toBe(
			'input_curve_standard.csv：群 standard のデジタイズ曲線（曲線モード）'
		);
		overwriteGetLocale(() => 'en');
		expect(noteText({ code: 'curve-arm', file: 'input_curve_standard.csv', arm: 'standard' })).toBe(
			'input_curve_standard.csv: the digitized curve of arm standard (curve mode)'
		);
	});
	it('names every upload kind', () => {
		overwriteGetLocale(() => 'en');
		const names = UPLOAD_KINDS.map((k) => UPLOAD_KIND_LABEL[k]());
		expect(new Set(names).size).toBe(UPLOAD_KINDS.length);
		expect(names.every((n) => n.length > 0 && !n.includes('_'))).toBe(true);
	});
});
