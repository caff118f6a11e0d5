import { agrestiCoull } from './agrestiCoull';
import { clopperPearson } from './clopperPearson';
import type { Interval, IntervalMethod } from './interval';
import { jeffreys } from './jeffreys';
import { midP } from './midP';
import { wald, waldTruncated } from './wald';
import { wilson, wilsonCc } from './wilson';

const METHODS: Record<IntervalMethod, (x: number, n: number, level: number) => Interval> = {
	'clopper-pearson': clopperPearson,
	wald,
	'wald-truncated': waldTruncated,
	wilson,
	'wilson-cc': wilsonCc,
	'agresti-coull': agrestiCoull,
	jeffreys,
	'mid-p': midP
};

/**
 * The interval of any method by its id (docs/binomial-methods.md).
 * @example confidenceInterval('wilson', 8, 9, 0.95)
 */
export function confidenceInterval(method: IntervalMethod, x: number, n: number, level: number): Interval {
	return METHODS[method](x, n, level);
}
