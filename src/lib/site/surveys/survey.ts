import type { Check } from '$lib/verify/check';
import type { Explanation, MethodExplanation } from '$lib/verify/explanation';
import type { Where } from '$lib/verify/location';
import type { Bilingual } from '../localized';
import type { CalculatorInput } from './calculatorInputs';

/**
 * What the survey planner shows of one post-marketing survey: its facts, every number of its sample-size rationale as
 * printed, the engine's sample_size checks of them and the calculator's starting values. Built by surveyPlannerData.
 */
export interface Survey {
	readonly id: string;
	readonly name: Bilingual;
	readonly type: string;
	readonly objective: Bilingual;
	readonly period: Bilingual;
	/** ISO dates of the survey period ('' when none is printed) */
	readonly start: string;
	readonly end: string;
	readonly registration: Bilingual;
	readonly targetN: string;
	readonly targetText: Bilingual;
	readonly observation: Bilingual;
	readonly line: number;
	readonly numbers: readonly SurveyNumber[];
	readonly checks: readonly SurveyCheck[];
	readonly defaults: Readonly<Record<CalculatorInput, InputDefault>>;
}

/** One number of a rationale, as printed ("18.0", "4～8", "半年" stay strings). */
export interface SurveyNumber {
	readonly seq: number;
	/** what the number is in the rationale: assumed_rate, threshold, power, target_n, expected_cases … */
	readonly role: string;
	readonly quantity: Bilingual;
	readonly value: string;
	readonly unit: string;
	readonly count: string;
	readonly denominator: string;
	/** the printed sentence (Japanese only: the document is Japanese) */
	readonly textJa: string;
	readonly line: number;
}

/**
 * One sample_size check of a survey. `location`, `method` and `detail` are the engine's English (for scripts); a page
 * words `where` (its `quantity` alone within the survey's own section), `method_explanation` and `explanation` in its
 * language, e.g. with <CheckExplanation check={c} part="quantity" />.
 */
export interface SurveyCheck {
	readonly id: string;
	readonly seq: number;
	readonly location: string;
	readonly where: Where;
	readonly published: string;
	readonly recomputed: string | null;
	readonly method: string | null;
	readonly method_explanation?: MethodExplanation;
	readonly status: Check['status'];
	readonly detail: string;
	readonly explanation: readonly Explanation[];
	readonly line: number;
}

/** Where a calculator input starts: the printed value with its row, or an example value when none is printed. */
export interface InputDefault {
	readonly value: string;
	readonly seq: number | null;
	readonly line: number | null;
}

/** One activity of the pharmacovigilance and risk-minimisation lists (the timeline and its table). */
export interface Activity {
	/** `${section}:${id}`: an activity id can appear in two sections */
	readonly key: string;
	readonly section: string;
	/** 'routine' | 'additional' */
	readonly type: string;
	readonly id: string;
	readonly name: Bilingual;
	readonly milestone: Bilingual;
	readonly timing: Bilingual;
	/** '' in both languages for an activity that prints no status */
	readonly status: Bilingual;
	readonly report: Bilingual;
	/** the survey period when this activity is one of the surveys */
	readonly start: string | null;
	readonly end: string | null;
	readonly line: number;
}
