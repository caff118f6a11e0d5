import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerAnalysisRequest, type AnalysisReply } from '$lib/analysis/analysisProtocol';
import type { InputFile } from '$lib/analysis/runAnalysis';

const template = (kind: InputFile['kind']): InputFile => ({
	id: kind,
	name: `${kind}.csv`,
	kind,
	text: readFileSync(`static/templates/${kind}.csv`, 'utf8')
});

describe('answerAnalysisRequest', () => {
	it('posts the progress of each stage, then the result with the time it took', () => {
		const replies: AnalysisReply[] = [];
		const clock = [1000, 1234.6];
		answerAnalysisRequest(
			{ files: [template('response_rate'), template('at_risk')] },
			(r) => replies.push(r),
			() => clock.shift() ?? 0
		);
		const progress = replies
			.filter((r) => r.type === 'progress')
			.map((r) => (r.type === 'progress' ? `${r.stage}:${r.done}/${r.total}` : ''));
		expect(progress[0]).toBe('parse:0/2');
		expect(progress).toEqual(['parse:0/2', 'parse:1/2', 'analyze:0/3', 'analyze:1/3', 'analyze:2/3', 'analyze:3/3']);
		const last = replies.at(-1);
		expect(last?.type).toBe('result');
		if (last?.type !== 'result') return;
		expect(last.ms).toBe(235);
		expect(last.result.files.map((f) => [f.name, f.ok, f.size])).toEqual([
			['response_rate.csv', true, 4],
			['at_risk.csv', true, 24]
		]);
	});
	it('posts the message of an analysis that throws, instead of a result', () => {
		const replies: AnalysisReply[] = [];
		answerAnalysisRequest({ files: null as unknown as InputFile[] }, (r) => replies.push(r));
		expect(replies).toHaveLength(1);
		expect(replies[0]?.type).toBe('error');
		expect(replies[0]?.type === 'error' && replies[0].message.length).toBeGreaterThan(0);
	});
});
