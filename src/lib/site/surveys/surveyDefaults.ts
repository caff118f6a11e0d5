import { CALCULATOR_INPUTS, type CalculatorInput } from './calculatorInputs';
import type { InputDefault, SurveyNumber } from './survey';

// where a rationale prints no value for an input: an example ('' takes the survey's evaluable or target n)
const EXAMPLES: Readonly<Record<CalculatorInput, string>> = {
	detectionPatients: '',
	detectionRate: '1',
	detectionTarget: '95',
	powerPatients: '',
	powerThreshold: '5',
	powerExpectedRate: '10',
	powerAlpha: '5',
	powerTarget: '80',
	expectedPatients: '',
	expectedRate: '1'
};
// the roles of rationale numbers (the role column of the survey numbers) that are rates or numbers of patients
const RATE_ROLES = ['assumed_rate', 'observed_rate'];
const N_ROLES = ['sample_size_required', 'target_n', 'evaluable_n'];

/**
 * The calculator's starting values for one survey, each from the printed sentence of its rationale that the
 * calculator redoes: the sentence printing a detection probability, the one printing a threshold, the first one
 * printing expected cases.
 * @example surveyDefaults(pemphigusNumbers).powerPatients // { value: '115', seq: 21, line: 480 }
 */
export function surveyDefaults(numbers: readonly SurveyNumber[]): Record<CalculatorInput, InputDefault> {
	const printed = (r: SurveyNumber | undefined): InputDefault | null =>
		r ? { value: r.value, seq: r.seq, line: r.line } : null;
	const roleIn = (roles: readonly string[], rows: readonly SurveyNumber[] = numbers) =>
		rows.find((r) => roles.includes(r.role));
	const sentence = (r: SurveyNumber | undefined) => (r ? numbers.filter((x) => x.textJa === r.textJa) : []);
	const baseN = roleIn(['evaluable_n']) ?? roleIn(['target_n']);
	const example = (input: CalculatorInput): InputDefault => ({
		value: EXAMPLES[input] || (baseN?.value ?? '100'),
		seq: null,
		line: null
	});
	const detection = numbers.find((r) => r.role === 'detection_probability');
	const detectionRows = sentence(detection);
	const threshold = numbers.find((r) => r.role === 'threshold');
	const powerRows = sentence(threshold);
	// expected count: its sentence's rate, else the survey's observed rate
	const expectedRows = sentence(numbers.find((r) => r.role === 'expected_cases'));
	const found: Record<CalculatorInput, InputDefault | null> = {
		detectionPatients: printed(roleIn(N_ROLES, detectionRows)),
		detectionRate: printed(roleIn(['assumed_rate'], detectionRows)),
		detectionTarget: printed(detection),
		powerPatients: printed(roleIn(N_ROLES, powerRows)),
		powerThreshold: printed(threshold),
		powerExpectedRate: printed(roleIn(['assumed_rate'], powerRows)),
		powerAlpha: printed(roleIn(['alpha_one_sided'], powerRows)),
		powerTarget: printed(roleIn(['power'], powerRows)),
		expectedPatients: printed(roleIn(N_ROLES, expectedRows)),
		expectedRate: printed(
			expectedRows.length ? (roleIn(RATE_ROLES, expectedRows) ?? roleIn(['observed_rate'])) : undefined
		)
	};
	return Object.fromEntries(CALCULATOR_INPUTS.map((input) => [input, found[input] ?? example(input)])) as Record<
		CalculatorInput,
		InputDefault
	>;
}

/**
 * The starting values as the inputs' texts.
 * @example defaultTexts(survey.defaults).powerPatients // '115'
 */
export function defaultTexts(
	defaults: Readonly<Record<CalculatorInput, InputDefault>>
): Record<CalculatorInput, string> {
	return Object.fromEntries(CALCULATOR_INPUTS.map((input) => [input, defaults[input].value])) as Record<
		CalculatorInput,
		string
	>;
}

/**
 * The n the rationale's power calculation prints (marked on the power chart), or null when it prints none.
 * @example printedPowerN(pemphigus.defaults) // 115
 */
export function printedPowerN(defaults: Readonly<Record<CalculatorInput, InputDefault>>): number | null {
	const d = defaults.powerPatients;
	return d.seq !== null ? Number(d.value) : null;
}
