export {
	INTERVAL_METHODS,
	INTERVAL_METHOD_INFO,
	PRINCIPAL_INTERVAL_METHODS,
	type Interval,
	type IntervalMethod,
	type IntervalMethodInfo
} from './interval';
export { confidenceInterval } from './confidenceInterval';
export { clopperPearson } from './clopperPearson';
export { wald, waldTruncated } from './wald';
export { wilson, wilsonCc } from './wilson';
export { agrestiCoull } from './agrestiCoull';
export { jeffreys } from './jeffreys';
export { midP } from './midP';
export { binomialPmf, binomialLogPmf, binomialCdf, binomialSf } from './distribution';
export {
	exactBinomialTest,
	normalApproximationTest,
	oneSampleTest,
	type Alternative,
	type OneSampleTest
} from './oneSampleTest';
export { probAtLeastOne, minNForAtLeastOne, expectedCount } from './atLeastOne';
export { normalPower, normalSampleSize } from './normalPower';
export { exactCritical, exactPower, exactSampleSize } from './exactPower';
