export type { SurvivalRecord, KmStep, ConfType } from './types';
export { CONF_TYPES } from './types';
export { kaplanMeier, survivalAt, numberAtRisk } from './kaplanMeier';
export { confidenceBand, pointwiseLimits, type BandPoint } from './confidenceBand';
export { survivalQuantiles, medianSurvival, findQuantile, type SurvivalQuantile } from './quantiles';
export { restrictedMean, type Rmst } from './rmst';
export { logRank, chisq1Sf, type LogRankResult } from './logRank';
export { riskTable, type GroupedRecord, type RiskRow } from './riskTable';
export { coxTwoArm, type CoxResult, type Ties } from './coxTwoArm';
