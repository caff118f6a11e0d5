import { describe, expect, it } from 'vitest';
import { rowsHtml } from '$lib/site/rowsHtml';

describe('rowsHtml', () => {
	it('marks numbers, ids, languages and links the source line', () => {
		const html = rowsHtml(
			[{ group_id: 'd150_450', text_ja: '奏効した', n: '128', unit: 'months', source_line: '131' }],
			['group_id', 'text_ja', 'n', 'unit', 'source_line'],
			'en',
			(l) => `/documents/guideline/#L${l}`
		);
		expect(html).toBe(
			'<tr><td translate="no">d150_450</td><td class="long" lang="ja">奏効した</td><td class="num">128</td><td translate="no">months</td><td class="num"><a href="/documents/guideline/#L131">131</a></td></tr>'
		);
	});
	it('words units on Japanese pages and escapes every text', () => {
		const html = rowsHtml([{ unit: 'months', text_en: '<b>"x" & y</b>' }], ['unit', 'text_en'], 'ja');
		expect(html).toBe('<tr><td>カ月</td><td class="long" lang="en">&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;</td></tr>');
	});
});
