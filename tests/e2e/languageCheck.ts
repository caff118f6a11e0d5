import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS_DIR, readDocumentsOrThrow } from '../../src/lib/documents/readDocuments';

// The language check of every page (tests/e2e/language.spec.ts, and the dataset pages in datasets.spec.ts, which
// visit them anyway): each visible word is in the page's language (WCAG 3.1.2, language of parts). On a Japanese
// page no English word outside the allowlist unless marked lang="en"; on an English page no Japanese outside
// lang="ja". Visible text, SVG text and the accessible names people hear (aria-label, alt, title) are read.

/**
 * What Japanese clinicians read as-is on a Japanese page. Short and reviewed: identifiers, abbreviations of the field,
 * method proper names, units and file formats. Beyond these, a word the Japanese documents themselves print in Latin
 * script (MedDRA terms such as "infusion reaction", "Grade", "ECOG Performance Status", abbreviations such as NMOSD
 * or FLC) is the document's own wording and allowed.
 */
const ALLOWED_IN_JAPANESE = [
	// trial, study and registry ids: MM-001, IDEC-C2B8-2, WA29330, NCT00104299
	/\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)+\b/g,
	/\b[A-Z]{2,}\d+\b/g,
	/\bKarMMa(?:-\d)?\b/g,
	// response, endpoints and statistics
	/\b(?:ORR|sCR|CR|VGPR|PR|MR|SD|PD|NE|NR|PFS|OS|HR|CI|IPD|ITT|IRC|IMWG|RECIST|MedDRA|SOC|PT)\b/g,
	// method proper names (as their authors write them)
	/\b(?:Clopper|Pearson|Wilson|Wald|Agresti|Coull|Jeffreys|Greenwood|Brookmeyer|Crowley|Kaplan|Meier|Cox|Efron|Breslow|Guyot|Newcombe|Miettinen|Nurminen|Fisher|Cochran|Armitage|mid-p)\b/g,
	// authors of a cited method, software and licence names
	/\b(?:Brown|Cai|DasGupta|Fleiss|Levin|Paik|R|kmdata|survfit|MIT)\b/g,
	// Roman numerals of trial phases, units, file formats
	/\b(?:I|II|III|IV)\b/g,
	/\b(?:mg|kg|mL|dL|g|L|h|IU|KB|MB|ms|SVG|PNG|CSV|JSON|PDF|URL|UTF-8|ID)\b/g,
	// file names, as the reader's system shows them
	/[\w.-]+\.(?:csv|txt|json|svg|png|pdf|xlsx)\b/g,
	// key names as printed on the keys
	/\b(?:PageUp|PageDown|Home|End|Enter|Esc|Tab|Shift)\b/g,
	// one-letter symbols: p, n, N, S(t), T 細胞, M タンパク (not the O of O'Brien)
	/\b[A-Za-z]\b(?!['’])/g,
	// the language switch names the other language in its own words
	/\bEnglish\b/g
];

/**
 * The Latin-script words of the Japanese source documents, outside their HTML fragments; and of every document's
 * Japanese name and citation and its trials' names (proper nouns: "CheckMate 017", "N Engl J Med", an author).
 */
function documentWords(): Set<string> {
	const words = new Set<string>();
	const add = (text: string) => {
		for (const w of text.match(/[A-Za-z][A-Za-z'’]*/g) ?? []) words.add(w);
	};
	const { profiles } = readDocumentsOrThrow();
	// the Japanese documents only: an English document's words are English, to be marked lang="en" where quoted
	for (const p of profiles.filter((x) => x.language === 'ja'))
		add(readFileSync(join(DOCUMENTS_DIR, p.slug, p.file), 'utf8').replace(/<\/?[a-zA-Z][^<>]*>/g, ' '));
	for (const p of profiles) {
		[p.name_ja, p.title_ja, p.publisher_ja].forEach(add);
		p.pages.trials.forEach((t) => add(t.id));
	}
	return words;
}
const DOCUMENT_WORDS = documentWords();

const LATIN_WORD = /[A-Za-z][A-Za-z'’]*/g;
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]+/gu;

export interface Finding {
	text: string;
	where: string;
	/** a deliberate pair (`data-bilingual`): the glossary names each term in both languages and cites English papers */
	otherTerm?: boolean;
}

/** Visible text and accessible names outside an element marked with the other language. */
export async function foreignWords(page: Page, lang: 'ja' | 'en'): Promise<{ outside: Finding[]; marked: Finding[] }> {
	// every collapsed section is read too: open them all
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const texts = await page.evaluate((pageLang) => {
		const out: { text: string; lang: string; where: string; otherTerm?: boolean }[] = [];
		const describe = (el: Element) => {
			const id = el.id ? `#${el.id}` : '';
			const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
			return `${el.parentElement?.localName ?? ''} > ${el.localName}${id}${cls}`;
		};
		const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? pageLang;
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			const text = (n.textContent ?? '').trim();
			if (!el || !text) continue;
			if (el.closest('script, style, template, [hidden], [aria-hidden="true"]')) continue;
			// a <title> inside an SVG shape is its tooltip and accessible name: read it as if visible
			const inSvgTitle = el.closest('svg title') !== null;
			if (!inSvgTitle && !el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
			// identifiers (file names, column and row ids of a raw transcription) are marked as code or translate="no"
			if (el.closest('code, kbd, [translate="no"]')) {
				if (!/^[\w./×⁰¹²³⁴⁵⁶⁷⁸⁹+;-]+$/u.test(text))
					out.push({ text: `prose marked as an identifier: ${text}`, lang: pageLang, where: describe(el) });
				continue;
			}
			// a deliberate pair or citation (data-bilingual), or a document quoted in its own language (data-quote)
			const kept = el.closest('[data-bilingual], [data-quote]') !== null;
			out.push({ text, lang: langOf(el), where: describe(el), otherTerm: kept });
		}
		for (const el of Array.from(document.body.querySelectorAll('[aria-label], [alt], [title], [placeholder]'))) {
			if (el.closest('[hidden], [aria-hidden="true"], [translate="no"]')) continue;
			for (const attr of ['aria-label', 'alt', 'title', 'placeholder']) {
				const v = el.getAttribute(attr)?.trim();
				if (v) out.push({ text: v, lang: langOf(el), where: `${describe(el)}[${attr}]` });
			}
		}
		return out;
	}, lang);
	const outside: Finding[] = [];
	const marked: Finding[] = [];
	for (const t of texts) {
		const own = t.lang.startsWith(lang);
		if (lang === 'ja') {
			let rest = t.text;
			for (const re of ALLOWED_IN_JAPANESE) rest = rest.replace(re, ' ');
			const words = (rest.match(LATIN_WORD) ?? []).filter((w) => !DOCUMENT_WORDS.has(w));
			if (words.length > 0)
				(own ? outside : marked).push({
					text: `${words.slice(0, 6).join(' ')} ← ${t.text.slice(0, 120)}`,
					where: t.where,
					otherTerm: t.otherTerm
				});
		} else {
			const words = t.text.match(JAPANESE) ?? [];
			if (words.length > 0)
				(own ? outside : marked).push({
					text: `${words.slice(0, 6).join(' ')} ← ${t.text.slice(0, 120)}`,
					where: t.where
				});
		}
	}
	return { outside, marked };
}

/** Findings as unique readable lines. */
export const format = (fs: Finding[]) => [...new Set(fs.map((f) => `${f.where}: ${f.text}`))];

/**
 * Every word out of place on the page now: foreign words outside an element marked with their language, and on a
 * Japanese page English that is marked instead of translated, except deliberate pairs (`data-bilingual`) and quotes
 * of an English document in its own words (`data-quote`).
 */
export async function languageProblems(page: Page, lang: 'ja' | 'en'): Promise<string[]> {
	const words = await foreignWords(page, lang);
	return [
		...format(words.outside),
		...(lang === 'ja'
			? format(words.marked.filter((w) => !w.otherTerm)).map((f) => `marked lang="en" instead of translated: ${f}`)
			: [])
	];
}
