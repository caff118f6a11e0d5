import type { CalculatorInput, InputTexts, ParsedInputs } from './calculatorInputs';
import type { InputDefault } from './survey';

/** What every calculator field shows and reports: the texts, their errors, where each starts, and how to change one. */
export interface CalculatorForm {
	readonly texts: InputTexts;
	readonly errors: ParsedInputs['errors'];
	readonly defaults: Readonly<Record<CalculatorInput, InputDefault>>;
	/** the link to a printed line of the document */
	readonly lineHref: (line: number) => string;
	readonly setInput: (input: CalculatorInput, text: string) => void;
}
