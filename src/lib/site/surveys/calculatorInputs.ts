/**
 * The planner's calculator inputs: what each holds, how it is read, and the name it has in links and forms. The query
 * keys (an, ap, …) are those of links published since the page exists; they stay as they are, the code uses the names.
 */
export const CALCULATOR_INPUTS = [
	'detectionPatients',
	'detectionRate',
	'detectionTarget',
	'powerPatients',
	'powerThreshold',
	'powerExpectedRate',
	'powerAlpha',
	'powerTarget',
	'expectedPatients',
	'expectedRate'
] as const;
export type CalculatorInput = (typeof CALCULATOR_INPUTS)[number];

/** The inputs of each calculator, in the order of their fields. */
export const DETECTION_INPUTS = [
	'detectionPatients',
	'detectionRate',
	'detectionTarget'
] as const satisfies readonly CalculatorInput[];
export const POWER_INPUTS = [
	'powerPatients',
	'powerThreshold',
	'powerExpectedRate',
	'powerAlpha',
	'powerTarget'
] as const satisfies readonly CalculatorInput[];
export const EXPECTED_INPUTS = ['expectedPatients', 'expectedRate'] as const satisfies readonly CalculatorInput[];

/** Each input's query parameter and form field name (also in its element id, `survey-an`). */
export const INPUT_QUERY_KEY: Readonly<Record<CalculatorInput, string>> = {
	detectionPatients: 'an',
	detectionRate: 'ap',
	detectionTarget: 'at',
	powerPatients: 'n',
	powerThreshold: 'p0',
	powerExpectedRate: 'p1',
	powerAlpha: 'alpha',
	powerTarget: 'power',
	expectedPatients: 'en',
	expectedRate: 'ep'
};

/** 'n': a whole number of patients; 'pct': a percentage strictly between 0 and 100. */
export type InputKind = 'n' | 'pct';
export const INPUT_KIND: Readonly<Record<CalculatorInput, InputKind>> = {
	detectionPatients: 'n',
	detectionRate: 'pct',
	detectionTarget: 'pct',
	powerPatients: 'n',
	powerThreshold: 'pct',
	powerExpectedRate: 'pct',
	powerAlpha: 'pct',
	powerTarget: 'pct',
	expectedPatients: 'n',
	expectedRate: 'pct'
};

/** Largest n the calculator accepts. */
export const MAX_N = 100000;

/** Why an input is refused (the page words each reason in the reader's language). */
export type InputError = 'required' | 'not_number' | 'n_whole' | 'n_range' | 'pct_range' | 'p1_equal';

/** The inputs as typed, by name. */
export type InputTexts = Readonly<Record<CalculatorInput, string>>;
/** The inputs read: patients as numbers, percentages as proportions; a refused input has an error instead. */
export interface ParsedInputs {
	readonly values: Partial<Record<CalculatorInput, number>>;
	readonly errors: Partial<Record<CalculatorInput, InputError>>;
}

/**
 * Reads one field as typed: a whole n from 1 to MAX_N, or a percentage strictly between 0 and 100 returned as a
 * proportion. A comma is taken as a decimal point (a Japanese or European keyboard).
 * @example parseField('pct', '18.0') // { value: 0.18 }
 */
export function parseField(kind: InputKind, raw: string): { value: number } | { error: InputError } {
	const t = raw.trim().replace(',', '.');
	if (t === '') return { error: 'required' };
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { error: 'not_number' };
	const v = Number(t);
	if (kind === 'n') {
		if (!Number.isInteger(v)) return { error: 'n_whole' };
		if (v < 1 || v > MAX_N) return { error: 'n_range' };
		return { value: v };
	}
	if (!(v > 0 && v < 100)) return { error: 'pct_range' };
	return { value: v / 100 };
}

/**
 * Every input read, with an expected rate equal to the threshold refused (the test needs them to differ).
 * @example parseInputs({ ...texts, powerThreshold: '9', powerExpectedRate: '9.0' }).errors // { powerExpectedRate: 'p1_equal' }
 */
export function parseInputs(texts: InputTexts): ParsedInputs {
	const values: Partial<Record<CalculatorInput, number>> = {};
	const errors: Partial<Record<CalculatorInput, InputError>> = {};
	for (const input of CALCULATOR_INPUTS) {
		const r = parseField(INPUT_KIND[input], texts[input] ?? '');
		if ('value' in r) values[input] = r.value;
		else errors[input] = r.error;
	}
	if (values.powerThreshold !== undefined && values.powerThreshold === values.powerExpectedRate) {
		errors.powerExpectedRate = 'p1_equal';
		delete values.powerExpectedRate;
	}
	return { values, errors };
}
