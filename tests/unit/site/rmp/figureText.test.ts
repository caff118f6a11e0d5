import { describe, expect, it } from 'vitest';
import { boundText, countText, eventText, gradeText, studyText } from '$lib/site/rmp/figureText';
import { data, fig } from './rmpFixture';

describe('figure text', () => {
	it('writes printed grades in English words on the English page', () => {
		expect(
			['grade3 以上', 'grade 3 以上', 'grade2 以下', '全 grade', 'grade1 及び grade2', 'grade3/4', 'grade1'].map((g) =>
				gradeText(g, 'en')
			)
		).toEqual(['grade ≥3', 'grade ≥3', 'grade ≤2', 'all grades', 'grade 1 and grade 2', 'grade 3/4', 'grade 1']);
		expect(gradeText('grade3 以上', 'ja')).toBe('grade3 以上');
		const grades = new Set(data.figures.map((f) => gradeText(f.grade, 'en')));
		expect([...grades].some((g) => /[^\x20-\x7e≥≤]/.test(g))).toBe(false);
	});

	it('prints interval bounds readably at any size', () => {
		expect([0, 0.00064, 0.0871, 0.397, 8.7, 99.73, 100].map(boundText)).toEqual([
			'0',
			'0.00064',
			'0.087',
			'0.40',
			'8.7',
			'99.7',
			'100.0'
		]);
	});

	it('says what a figure counts and where it comes from, in the page’s language', () => {
		expect(eventText(fig('rmp_inc_a_027'), 'en', 'serious')).toBe('Hepatitis B · serious');
		expect(eventText(fig('rmp_inc_a_108'), 'en', 'serious')).toBe('Neutrophil count decreased (grade 4)');
		expect(studyText(fig('rmp_inc_a_020'), 'en')).toBe('RIN-1 · placebo arm');
		expect(countText(fig('rmp_inc_a_020'))).toBe('0/19');
		expect(countText(fig('rmp_inc_a_006'))).toBe('—');
	});
});
