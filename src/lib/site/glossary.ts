import type { Locale } from './i18n';
import { GLOSSARY_TERMS } from './glossaryTerms';
import { localized } from './localized';

// The statistical terms the pages use, defined for a tumour-board audience in both languages (issue 12, item 6).
// Formulas are language-neutral: one-letter symbols only (no "log", "exp", "Var"), so both pages read them as they are.

/** The page's sections, in the order shown. */
export const GLOSSARY_GROUPS = ['interval', 'response', 'survival', 'reconstruction', 'verification'] as const;
export type GlossaryGroup = (typeof GLOSSARY_GROUPS)[number];

export interface GlossaryEntry {
	/** kebab-case, the URL anchor (/glossary/#wilson); an engine's code where the term is one */
	readonly id: string;
	readonly group: GlossaryGroup;
	readonly term_ja: string;
	readonly term_en: string;
	readonly definition_ja: string;
	readonly definition_en: string;
	/** plain text in one-letter symbols, the same in both languages */
	readonly formula?: string;
	/** a publication as cited in English (author, year, journal), or for this site's own terms the file that defines them */
	readonly source: string;
	/** the term is this site's own: `source` is a file of this repository, not a publication */
	readonly site_term?: true;
}

const GUYOT_2012 =
	'Guyot P, Ades AE, Ouwens MJNM, Welton NJ. Enhanced secondary analysis of survival data: reconstructing the data from published Kaplan-Meier survival curves. BMC Med Res Methodol 2012;12:9.';
const BROWN_2001 =
	'Brown LD, Cai TT, DasGupta A. Interval estimation for a binomial proportion. Stat Sci 2001;16(2):101–133.';
const NEWCOMBE_1998 =
	'Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of seven methods. Stat Med 1998;17(8):857–872.';
const NEYMAN_1937 =
	'Neyman J. Outline of a theory of statistical estimation based on the classical theory of probability. Philos Trans R Soc Lond A 1937;236(767):333–380.';
const KUMAR_2016 =
	'Kumar S, Paiva B, Anderson KC, et al. International Myeloma Working Group consensus criteria for response and minimal residual disease assessment in multiple myeloma. Lancet Oncol 2016;17(8):e328–e346.';
const KALBFLEISCH_2002 =
	'Kalbfleisch JD, Prentice RL. The Statistical Analysis of Failure Time Data. 2nd ed. Hoboken: Wiley; 2002.';
const COX_1972 = 'Cox DR. Regression models and life-tables (with discussion). J R Stat Soc B 1972;34(2):187–220.';
const AGRESTI_2013 = 'Agresti A. Categorical Data Analysis. 3rd ed. Hoboken: Wiley; 2013.';
const CHECK_FILE = 'src/lib/verify/check.ts';
const INFER_FILE = 'src/lib/verify/inferInterval.ts';

const DEFINITIONS: readonly Omit<GlossaryEntry, 'term_ja' | 'term_en'>[] = [
	// ── intervals and tests for a proportion ──
	{
		id: 'confidence-interval',
		group: 'interval',
		definition_ja:
			'推定値の不確かさを幅で示す区間である。同じ方法で試験を繰り返し、そのたびに区間を計算したとき、所定の割合（例えば 95%）の区間が真の値を含むように作られる。本サイトでは区間を [下限, 上限] と書き、方法と信頼水準を併記する。例数が少ないほど区間は広くなる。',
		definition_en:
			'A range that expresses the uncertainty of an estimate. It is built so that if the trial were repeated and the interval computed the same way each time, a stated share of the intervals (e.g. 95%) would contain the true value. The site writes intervals as [lower, upper], with the method and level beside them; the fewer the patients, the wider the interval.',
		formula: 'P(L ≤ θ ≤ U) = 1 − α',
		source: NEYMAN_1937
	},
	{
		id: 'confidence-level',
		group: 'interval',
		definition_ja:
			'信頼区間が真の値を含む確率として設計上定めた割合で、1 − α と書く。通常は 95% であるが、中間解析で有意水準の一部を使った試験では、MM-003 試験の PFS のハザード比の 97.2% のように別の水準が用いられる。水準が高いほど区間は広くなる。',
		definition_en:
			'The share of repeated intervals designed to contain the true value, written 1 − α. It is usually 95%; a trial that spends part of its significance level at an interim analysis may report another level, such as the 97.2% interval of the MM-003 PFS hazard ratio. The higher the level, the wider the interval.',
		formula: '1 − α',
		source: NEYMAN_1937
	},
	{
		id: 'clopper-pearson',
		group: 'interval',
		definition_ja:
			'二項分布の裾確率を直接反転して求める信頼区間で、「正確な信頼区間」とも呼ばれる。被覆確率が名目の水準を下回らないように作られるため、区間はやや保守的（広め）になる。奏効が 0 例や全例でも計算でき、ガイドラインの多くの表の脚注に記載された方法である。',
		definition_en:
			'The interval obtained by inverting the binomial tail probabilities directly, often called the "exact" interval. Its coverage never falls below the nominal level, so it is somewhat conservative (wide). It works with no responders or all responders, and it is the method most of the guideline\'s footnotes state.',
		formula: 'L = B⁻¹(α/2; x, n − x + 1), U = B⁻¹(1 − α/2; x + 1, n − x)',
		source:
			'Clopper CJ, Pearson ES. The use of confidence or fiducial limits illustrated in the case of the binomial. Biometrika 1934;26(4):404–413.'
	},
	{
		id: 'wald',
		group: 'interval',
		definition_ja:
			'正規近似による最も単純な信頼区間で、推定値 p̂ に標準誤差の z 倍を加減する。例数が少ないときや割合が 0% 又は 100% に近いときは、実際の被覆確率が名目の水準を大きく下回ることが知られている。奏効が 0 例又は全例では幅 0 の区間となり、限界が 0～100% の外に出ることもある。',
		definition_en:
			'The simplest interval, from the normal approximation: the estimate p̂ plus and minus z standard errors. With few patients, or a proportion near 0% or 100%, its actual coverage is known to fall well below the nominal level. With no or all responders it has zero width, and its bounds can fall outside 0–100%.',
		formula: 'p̂ ± z·√(p̂(1 − p̂)/n)',
		source: BROWN_2001
	},
	{
		id: 'wald-truncated',
		group: 'interval',
		definition_ja:
			'Wald 法の限界が 0% 未満又は 100% 超となったとき、その限界を 0% 又は 100% に置き換えて示した区間である。印刷された区間がこの方法でしか再現されない場合、本サイトは「0% または 100% で切り詰め」の注意を付ける。限界がはみ出すこと自体が、その例数では正規近似が当てはまらない目印である。',
		definition_en:
			'The Wald interval with a bound below 0% or above 100% replaced by 0% or 100%. When only this method reproduces a printed interval, the site adds the flag "bound cut at 0 or 100%". A bound that overshoots the range is itself a sign that the normal approximation does not fit those counts.',
		formula: '[p̂ − z·√(p̂(1 − p̂)/n), p̂ + z·√(p̂(1 − p̂)/n)] ∩ [0, 1]',
		source: NEWCOMBE_1998
	},
	{
		id: 'wilson',
		group: 'interval',
		definition_ja:
			'正規近似によるスコア検定を反転して得られる信頼区間で、Wald 法と異なり標準誤差を仮説上の割合で評価する。区間は常に 0～100% の内側にあり、例数が少なくても被覆確率が名目の水準に近い。',
		definition_en:
			'The interval obtained by inverting the normal-approximation score test; unlike Wald, it evaluates the standard error at the hypothesised proportion. It always stays within 0–100%, and its coverage stays close to the nominal level even with few patients.',
		formula: '(p̂ + z²/(2·n) ± z·√(p̂(1 − p̂)/n + z²/(4·n²))) / (1 + z²/n)',
		source:
			'Wilson EB. Probable inference, the law of succession, and statistical inference. J Am Stat Assoc 1927;22(158):209–212.'
	},
	{
		id: 'wilson-cc',
		group: 'interval',
		definition_ja:
			'Wilson 法に連続性補正（離散的な二項分布を連続的な正規分布で近似することによるずれの補正）を加えた区間である。補正のない Wilson 法より広く、Clopper–Pearson 法に近い保守的な区間となる。Newcombe（1998）の方法 4 に当たる。',
		definition_en:
			'The Wilson interval with a continuity correction (for approximating the discrete binomial distribution by the continuous normal one). It is wider than the uncorrected Wilson interval and conservative, close to Clopper–Pearson. It is method 4 of Newcombe (1998).',
		formula:
			'L = (2·n·p̂ + z² − 1 − z·√(z² − 2 − 1/n + 4·p̂·(n·(1 − p̂) + 1))) / (2·(n + z²)), U = (2·n·p̂ + z² + 1 + z·√(z² + 2 − 1/n + 4·p̂·(n·(1 − p̂) − 1))) / (2·(n + z²))',
		source: NEWCOMBE_1998
	},
	{
		id: 'agresti-coull',
		group: 'interval',
		definition_ja:
			'奏効と非奏効をそれぞれ z²/2 例（95% ではおよそ 2 例ずつ）加えてから Wald 法の式を当てはめる区間である。計算が簡単で、被覆確率は名目の水準に近く、やや保守的である。限界が 0～100% の外に出た場合は範囲内に切り詰める。',
		definition_en:
			'Add z²/2 responders and z²/2 non-responders (about two of each at 95%), then apply the Wald formula. It is simple to compute, and its coverage is close to, and slightly above, the nominal level. Bounds outside 0–100% are cut to the range.',
		formula: 'ñ = n + z², p̃ = (x + z²/2)/ñ, p̃ ± z·√(p̃(1 − p̃)/ñ)',
		source:
			'Agresti A, Coull BA. Approximate is better than "exact" for interval estimation of binomial proportions. Am Stat 1998;52(2):119–126.'
	},
	{
		id: 'jeffreys',
		group: 'interval',
		definition_ja:
			'割合に Jeffreys の無情報事前分布（母数 ½, ½ のベータ分布）を置いたときの事後分布の、両側 α/2 点を限界とする区間である。ベイズ流の導出であるが頻度論的な被覆確率もよく、Clopper–Pearson 法よりやや狭い。奏効が 0 例のときは下限を 0%、全例のときは上限を 100% とする。',
		definition_en:
			"The equal-tailed interval of the posterior distribution when the proportion is given Jeffreys' non-informative prior, a beta distribution with parameters ½ and ½. Bayesian in origin, it also has good frequentist coverage and is slightly narrower than Clopper–Pearson. The lower bound is 0% with no responders and the upper bound 100% with all.",
		formula: 'L = B⁻¹(α/2; x + ½, n − x + ½), U = B⁻¹(1 − α/2; x + ½, n − x + ½)',
		source: BROWN_2001
	},
	{
		id: 'mid-p',
		group: 'interval',
		definition_ja:
			'Clopper–Pearson 法と同じく二項分布の裾確率を反転するが、観測された例数そのものの確率は半分だけ数える区間である。Clopper–Pearson 法の保守性が和らぎ、被覆確率は平均して名目の水準に近い。奏効が 0 例のときは下限を 0%、全例のときは上限を 100% とする。',
		definition_en:
			"Like Clopper–Pearson it inverts the binomial tail probabilities, but it counts the probability of the observed count itself only by half. This removes much of Clopper–Pearson's conservatism: its coverage is close to the nominal level on average. The lower bound is 0% with no responders and the upper bound 100% with all.",
		formula: 'P(X > x | L) + ½P(X = x | L) = α/2, P(X < x | U) + ½P(X = x | U) = α/2',
		source:
			'Lancaster HO. Significance tests in discrete distributions. J Am Stat Assoc 1961;56(294):223–234. Agresti A, Gottard A. Nonconservative exact small-sample inference for discrete data. Comput Stat Data Anal 2007;51(12):6447–6458.'
	},
	{
		id: 'exact-binomial-test',
		group: 'interval',
		definition_ja:
			'帰無仮説の割合 p₀ のもとで、観測された奏効例数以上となる確率（片側）を二項分布から直接計算する検定である。近似を用いないため、例数が少なくても使える。両側の p 値は、観測された結果と同じか、それより起こりにくい結果すべての確率の和とする。',
		definition_en:
			'A test that computes from the binomial distribution itself the probability, under the null proportion p₀, of at least as many responders as observed (one-sided). It uses no approximation, so it suits small samples. The two-sided p-value sums the probabilities of every outcome no more likely than the one observed.',
		formula: 'p = Σ_{k ≥ x} C(n, k)·p₀ᵏ·(1 − p₀)ⁿ⁻ᵏ',
		source: AGRESTI_2013
	},
	{
		id: 'normal-approximation-test',
		group: 'interval',
		definition_ja:
			'例数が多ければ二項分布を正規分布で近似できることを用いて、観測された奏効例数と帰無仮説の割合 p₀ から求めた統計量 Z を標準正規分布と比べる検定である。MM-001 試験の主要評価項目は、閾値 50% に対してこの方法で片側検定された。連続性補正を加える場合は |x − n·p₀| から ½ を引く。',
		definition_en:
			'A test that uses the normal approximation to the binomial distribution in large samples, comparing the statistic Z, computed from the observed responders and the null proportion p₀, with the standard normal distribution. The MM-001 primary endpoint was tested this way, one-sided, against a 50% threshold. With a continuity correction, ½ is subtracted from |x − n·p₀|.',
		formula: 'Z = (x − n·p₀)/√(n·p₀·(1 − p₀))',
		source: 'Fleiss JL, Levin B, Paik MC. Statistical Methods for Rates and Proportions. 3rd ed. Hoboken: Wiley; 2003.'
	},
	{
		id: 'one-sided-vs-two-sided',
		group: 'interval',
		definition_ja:
			'片側 p 値は、あらかじめ定めた一方向（例えば本品群が優れる方向）の差だけを対立仮説とする p 値であり、両側 p 値は両方向の差を考える。対称な検定統計量では、観測された方向の片側 p 値は両側 p 値の半分となるため、有意水準片側 2.5% は両側 5% に相当する。ガイドラインは MM-001 試験と MM-003 試験の p 値を片側で記載している。',
		definition_en:
			'A one-sided p-value counts only differences in one direction fixed in advance (e.g. in favour of the new treatment); a two-sided p-value counts both. For a symmetric test statistic the one-sided p-value in the observed direction is half the two-sided one, so a one-sided significance level of 2.5% corresponds to a two-sided 5%. The guideline prints the p-values of MM-001 and MM-003 as one-sided.',
		formula: 'p₁ = P(Z ≥ z), p₂ = 2·P(Z ≥ |z|)',
		source: 'ICH Harmonised Tripartite Guideline E9: Statistical Principles for Clinical Trials. 1998, section 5.5.'
	},

	// ── response ──
	{
		id: 'orr',
		group: 'response',
		definition_ja:
			'最良治療効果が PR 以上（sCR、CR、VGPR 又は PR）であった患者の割合であり、奏効率ともいう。ガイドラインは IMWG 基準に基づく IRC 判定による「PR 以上の奏効割合」を全奏効割合と呼んでいる。分母は有効性解析対象集団などの例数であり、本サイトは記載の % を例数から再計算して照合する。',
		definition_en:
			'The share of patients whose best overall response is a partial response or better (sCR, CR, VGPR or PR). The guideline defines it as the rate of PR or better by the IMWG criteria, as judged by an independent review committee (IRC). Its denominator is the analysis population, such as the efficacy analysis set; the site recomputes each printed percentage from its counts.',
		formula: 'ORR = (sCR + CR + VGPR + PR) / n',
		source: KUMAR_2016
	},
	{
		id: 'best-overall-response',
		group: 'response',
		definition_ja:
			'治療開始から病勢進行又は後治療の開始までに判定された効果のうち、最も良いものである。多発性骨髄腫では IMWG 基準に従い、sCR、CR、VGPR、PR、MR（最小奏効）、SD（安定）、PD（進行）、NE（評価不能）に分類される。ガイドラインの表は各分類の例数と割合を示す。',
		definition_en:
			"The best response recorded from the start of treatment until disease progression or the start of another therapy. In multiple myeloma it is classed by the IMWG criteria as sCR, CR, VGPR, PR, MR (minimal response), SD (stable disease), PD (progressive disease) or NE (not evaluable). The guideline's tables give the count and percentage of each.",
		source: KUMAR_2016
	},
	{
		id: 'imwg-criteria',
		group: 'response',
		definition_ja:
			'国際骨髄腫作業部会（IMWG）が定めた多発性骨髄腫の効果判定基準で、血清及び尿中の M タンパク、血清遊離軽鎖（FLC）、骨髄中の形質細胞の割合などから効果を分類する。ガイドラインの試験は 2016 年版（Lancet Oncol 2016; 17: e328-46）に基づいて判定された。',
		definition_en:
			"The International Myeloma Working Group's response criteria for multiple myeloma, which class response by the M protein in serum and urine, the serum free light chains (FLC), the share of plasma cells in the bone marrow and other findings. The guideline's trials were assessed by the 2016 version (Lancet Oncol 2016;17:e328–46).",
		source: KUMAR_2016
	},
	{
		id: 'scr',
		group: 'response',
		definition_ja:
			'CR の基準を満たしたうえで、血清遊離軽鎖（FLC）の比が正常となり、骨髄生検の免疫組織化学染色でクローナルな形質細胞を認めない状態である。微小残存病変の評価を除けば、IMWG 基準で最も深い奏効である。',
		definition_en:
			'A complete response together with a normal serum free light chain (FLC) ratio and no clonal plasma cells in the bone marrow biopsy by immunohistochemistry. Apart from the assessment of minimal residual disease, it is the deepest response of the IMWG criteria.',
		source: KUMAR_2016
	},
	{
		id: 'cr',
		group: 'response',
		definition_ja:
			'血清及び尿の免疫固定法で M タンパクが陰性となり、軟部組織の形質細胞腫が消失し、骨髄中の形質細胞が 5% 未満となった状態である。ガイドラインの表では sCR とは別の行に示され、いずれも全奏効割合に含まれる。',
		definition_en:
			"Negative immunofixation of serum and urine, disappearance of any soft-tissue plasmacytoma, and fewer than 5% plasma cells in the bone marrow. The guideline's tables show it on a row apart from sCR; both count towards the overall response rate.",
		source: KUMAR_2016
	},
	{
		id: 'vgpr',
		group: 'response',
		definition_ja:
			'血清及び尿の M タンパクが免疫固定法では検出されるが電気泳動では検出されない状態、又は血清 M タンパクが 90% 以上減少し、尿中 M タンパクが 24 時間あたり 100 mg 未満となった状態である。PR より深く CR には至らない奏効で、全奏効割合に含まれる。',
		definition_en:
			'Serum and urine M protein detectable by immunofixation but not by electrophoresis, or a reduction of the serum M protein by 90% or more with urine M protein below 100 mg per 24 hours. Deeper than PR but short of CR, it counts towards the overall response rate.',
		source: KUMAR_2016
	},
	{
		id: 'pr',
		group: 'response',
		definition_ja:
			'血清 M タンパクが 50% 以上減少し、かつ 24 時間尿中 M タンパクが 90% 以上減少するか 200 mg 未満となった状態である。M タンパクが測定できない患者では、遊離軽鎖の差又は骨髄中の形質細胞の 50% 以上の減少で判定する。',
		definition_en:
			'A reduction of the serum M protein by 50% or more, and of the 24-hour urine M protein by 90% or more or to below 200 mg. In patients without measurable M protein, a reduction of 50% or more in the difference between the free light chains, or in the bone-marrow plasma cells, is used instead.',
		source: KUMAR_2016
	},

	// ── survival ──
	{
		id: 'kaplan-meier',
		group: 'survival',
		definition_ja:
			'打ち切りを含む生存時間データから、各時点までイベントが起きていない確率（生存確率）を推定する方法である。イベントが起きるたびに、その直前のリスク患者数のうちイベントを免れた割合を掛け合わせ、階段状の曲線を作る。ガイドラインの PFS と OS の曲線及び中央値はこの方法による。',
		definition_en:
			"The estimate, from survival data with censoring, of the probability of being event-free (surviving) up to each time. At each event time it multiplies in the share of the patients at risk just before who escaped the event, giving a step curve. The guideline's PFS and OS curves and medians are Kaplan–Meier estimates.",
		formula: 'Ŝ(t) = Π_{tᵢ ≤ t} (1 − dᵢ/nᵢ)',
		source:
			'Kaplan EL, Meier P. Nonparametric estimation from incomplete observations. J Am Stat Assoc 1958;53(282):457–481.'
	},
	{
		id: 'numbers-at-risk',
		group: 'survival',
		definition_ja:
			'その時点の直前までイベントも打ち切りも起きておらず、なお観察中の患者数（リスク集合の大きさ）である。Kaplan–Meier 曲線の下に一定の時点ごとに示され、曲線の後半が何例に支えられているかが分かる。本サイトはこの表から患者データを再構成する。',
		definition_en:
			'The number of patients still under observation at a time, with neither an event nor censoring before it (the size of the risk set). Printed below a Kaplan–Meier curve at regular times, it shows how many patients the later part of the curve rests on. The site rebuilds patient-level data from this table.',
		formula: 'n(t) = #{i : Tᵢ ≥ t}',
		source:
			'Pocock SJ, Clayton TC, Altman DG. Survival plots of time-to-event outcomes in clinical trials: good practice and pitfalls. Lancet 2002;359(9318):1686–1689.'
	},
	{
		id: 'censoring',
		group: 'survival',
		definition_ja:
			'データカットオフ時点でイベントが起きていない、追跡不能となったなどの理由で、イベントまでの時間が「その時点以上」としか分からないことである。打ち切られた患者はその時点までリスク患者数に含まれ、以降の計算からは除かれる。再構成したデータの打ち切り時点は推定であり、観察値ではない。',
		definition_en:
			"Knowing only that a patient's time to event is at least some value, because the event had not happened by the data cut-off or the patient was lost to follow-up. A censored patient counts in the numbers at risk up to that time and leaves the calculation after it. In reconstructed data the censoring times are estimates, not observations.",
		source: KALBFLEISCH_2002
	},
	{
		id: 'median-survival',
		group: 'survival',
		definition_ja:
			'Kaplan–Meier 曲線が初めて 50% 以下となる時点である（曲線がちょうど 50% で平らな場合は、その区間の中点とする）。曲線が 50% を下回る前に追跡が終われば中央値は推定できず、ガイドラインでは NE と記載される。',
		definition_en:
			'The time at which the Kaplan–Meier curve first falls to 50% or below (the midpoint of the stretch if the curve is flat at exactly 50%). If follow-up ends before the curve falls below 50%, the median cannot be estimated and the guideline prints NE.',
		source: KALBFLEISCH_2002
	},
	{
		id: 'greenwood',
		group: 'survival',
		definition_ja:
			'Kaplan–Meier 推定値の分散を求める公式で、イベント時点ごとの dᵢ/(nᵢ(nᵢ − dᵢ)) を足し合わせる。本サイトはこれを用いて、各時点の 95% 信頼区間を R の既定と同じく対数変換で求め、そこから Brookmeyer–Crowley 法で中央値の信頼区間を求める。',
		definition_en:
			'The formula for the variance of the Kaplan–Meier estimate, summing dᵢ/(nᵢ(nᵢ − dᵢ)) over the event times. The site uses it for the pointwise 95% confidence intervals of the curve, on the log scale as R does by default, and through them for the Brookmeyer–Crowley interval of the median.',
		formula: 'σ̂²(t) = Σ_{tᵢ ≤ t} dᵢ/(nᵢ(nᵢ − dᵢ)), V̂[Ŝ(t)] = Ŝ(t)²·σ̂²(t), Ŝ(t)·e^(±z·σ̂(t))',
		source:
			"Greenwood M. The natural duration of cancer. Reports on Public Health and Medical Subjects, No. 33. London: His Majesty's Stationery Office; 1926."
	},
	{
		id: 'brookmeyer-crowley',
		group: 'survival',
		definition_ja:
			'生存期間の中央値の信頼区間を求める方法で、各時点の信頼区間が 50% を含む時点の範囲を中央値の区間とする。本サイトは Greenwood の分散と対数変換による各時点の区間を用いる（R の既定と同じ）。各時点の区間の下限が 50% を下回らないまま追跡が終われば、中央値の区間の上限は NE となる。',
		definition_en:
			"An interval for the median survival time: the range of times at which the pointwise confidence interval of the curve contains 50%. The site uses pointwise intervals from Greenwood's variance on the log scale, as R does by default. If the lower limit of the pointwise interval never falls below 50% before follow-up ends, the upper limit of the median's interval is NE.",
		formula: '{t : L(t) ≤ ½ ≤ U(t)}',
		source: 'Brookmeyer R, Crowley J. A confidence interval for the median survival time. Biometrics 1982;38(1):29–41.'
	},
	{
		id: 'log-rank-test',
		group: 'survival',
		definition_ja:
			'2 群の生存曲線が等しいという帰無仮説を検定する方法である。イベント時点ごとに、一方の群で観察されたイベント数とリスク患者数から期待されるイベント数の差を求め、全時点で合計してその分散で標準化する。ハザードが比例するとき最も検出力が高い。',
		definition_en:
			'A test of the null hypothesis that two survival curves are equal. At each event time it takes the events observed in one arm minus those expected from the numbers at risk, sums the differences over all times and standardises the sum by its variance. It is most powerful when the hazards are proportional.',
		formula: 'Z = Σᵢ (O₁ᵢ − E₁ᵢ) / √(Σᵢ Vᵢ), E₁ᵢ = dᵢ·n₁ᵢ/nᵢ, Vᵢ = dᵢ·n₁ᵢ·n₀ᵢ·(nᵢ − dᵢ) / (nᵢ²·(nᵢ − 1))',
		source:
			'Mantel N. Evaluation of survival data and two new rank order statistics arising in its consideration. Cancer Chemother Rep 1966;50(3):163–170.'
	},
	{
		id: 'stratified-log-rank',
		group: 'survival',
		definition_ja:
			'層別因子（例えば年齢、前治療レジメン数）で患者を層に分け、層ごとに観察イベント数と期待イベント数の差とその分散を求めてから合計するログランク検定である。層をまたいで患者を比べないため、層別因子の偏りの影響を受けにくい。MM-003 試験の PFS の p 値は層別ログランク検定によるが、層の情報は文書にないため、本サイトの再計算は層別しない検定による近似である。',
		definition_en:
			"A log-rank test in which patients are divided into strata by stratification factors (e.g. age, number of prior regimens), the observed-minus-expected events and their variances are computed within each stratum, and then summed. As no patients are compared across strata, an imbalance in the stratification factors has less influence. The MM-003 PFS p-value comes from a stratified log-rank test; the strata are not in the document, so the site's recomputation uses the unstratified test and is approximate.",
		formula: 'Z = Σₖ Σᵢ (O₁ₖᵢ − E₁ₖᵢ) / √(Σₖ Σᵢ Vₖᵢ)',
		source:
			'Peto R, Pike MC, Armitage P, et al. Design and analysis of randomized clinical trials requiring prolonged observation of each patient. II. Analysis and examples. Br J Cancer 1977;35(1):1–39.'
	},
	{
		id: 'cox-model',
		group: 'survival',
		definition_ja:
			'共変量（ここでは投与群）がハザード（その時点での瞬間的なイベントの起こりやすさ）を一定の倍率で変えると仮定し、基準となるハザードの形を特定せずにその倍率を推定する回帰モデルである。群の係数 β の指数 e^β がハザード比となる。推定は部分尤度に基づき、同じ時点のイベントは Efron 法又は Breslow 法で扱う。',
		definition_en:
			"A regression model in which a covariate (here the treatment arm) multiplies the hazard (the instantaneous event rate) by a constant factor, leaving the shape of the baseline hazard unspecified. The exponential of the arm's coefficient, e^β, is the hazard ratio. It is fitted by the partial likelihood; events at the same time are handled by the Efron or Breslow method.",
		formula: 'h(t | x) = h₀(t)·e^(βx)',
		source: COX_1972
	},
	{
		id: 'hazard-ratio',
		group: 'survival',
		definition_ja:
			'2 群のハザードの比で、Cox 比例ハザードモデルの e^β として推定する。1 未満であれば本品群でイベントが起きにくいことを示し、例えば 0.493 はハザードがおよそ半分であることを意味する。比例ハザードの仮定のもとで追跡期間を通じて一定とみなす。信頼区間は、β̂ ± z·σ̂（σ̂ は β̂ の標準誤差）を指数変換した Wald 区間として計算されることが多い。',
		definition_en:
			'The ratio of the hazards of the two arms, estimated as e^β in the Cox proportional hazards model. Below 1 means fewer events on the new treatment: 0.493, for example, means a hazard about half as high. Under proportional hazards it is taken as constant over follow-up. Its confidence interval is usually the Wald interval e^(β̂ ± z·σ̂), σ̂ being the standard error of β̂.',
		formula: 'HR = e^β, [e^(β̂ − z·σ̂), e^(β̂ + z·σ̂)]',
		source: COX_1972
	},
	{
		id: 'stratified-hazard-ratio',
		group: 'survival',
		definition_ja:
			'層ごとに基準ハザードが異なることを許し、群の効果（ハザード比）は全層で共通と仮定する層別 Cox 比例ハザードモデルで推定したハザード比である。MM-003 試験では年齢、前治療レジメン数、高リスクの細胞遺伝学的異常の有無で層別している。層の情報は文書にないため、本サイトは層別しない Cox モデルで再計算し、その結果を「近似」とする。層の偏りが小さければ、層別と層別なしのハザード比は近い値となる。',
		definition_en:
			'The hazard ratio from a stratified Cox proportional hazards model, which lets each stratum have its own baseline hazard while assuming one treatment effect (hazard ratio) common to all strata. MM-003 was stratified by age, number of prior regimens and high-risk cytogenetic abnormalities. The strata are not in the document, so the site recomputes with an unstratified Cox model and calls the result approximate. When the strata are balanced, the stratified and unstratified hazard ratios are close.',
		formula: 'hₖ(t | x) = h₀ₖ(t)·e^(βx)',
		source: KALBFLEISCH_2002
	},
	{
		id: 'efron-breslow-ties',
		group: 'survival',
		definition_ja:
			'同じ時点に複数のイベントが起きたとき、Cox モデルの部分尤度でそれらをどう扱うかを定める近似法である。Breslow 法はそれらのイベントがすべて同じリスク集合から起きたとみなし、Efron 法はイベントが順に起きたとして、既に起きた分だけリスク集合を平均的に減らす。Efron 法の方が厳密な扱いに近く、R の既定である。同時点のイベントが少なければ両者の差は小さい。',
		definition_en:
			"How the Cox partial likelihood handles several events at the same time (ties). Breslow's method treats them all as drawn from the same full risk set; Efron's assumes they happened in some order and shrinks the risk set by the average share already gone. Efron's is closer to the exact treatment and is R's default (SAS PROC PHREG defaults to Breslow). With few ties the two barely differ.",
		formula: 'Breslow: (Σ_{j∈R} e^(βxⱼ))^d, Efron: Π_{r=0}^{d−1} (Σ_{j∈R} e^(βxⱼ) − (r/d)·Σ_{j∈D} e^(βxⱼ))',
		source:
			"Efron B. The efficiency of Cox's likelihood function for censored data. J Am Stat Assoc 1977;72(359):557–565. Breslow N. Covariance analysis of censored survival data. Biometrics 1974;30(1):89–99."
	},

	// ── reconstruction ──
	{
		id: 'reconstructed',
		group: 'reconstruction',
		definition_ja:
			'文書に印刷された Kaplan–Meier 曲線、リスク患者数、イベント数などから、元の患者ごとのデータ（各患者のイベント又は打ち切りの時点）を推定して作り直したものである。印刷された数値は再現されるが、個々の時点は推定であり観察値ではない。再構成したデータから計算した中央値やハザード比は「近似」として扱う。',
		definition_en:
			"Patient-level data (each patient's time of event or censoring) estimated from what a publication prints: the Kaplan–Meier curve, the numbers at risk, the event totals. The site calls it reconstructed or rebuilt: the printed numbers are reproduced, but the individual times are estimates, not observations. Medians and hazard ratios computed from rebuilt data are treated as approximate.",
		source: GUYOT_2012
	},
	{
		id: 'guyot-method',
		group: 'reconstruction',
		definition_ja:
			'デジタル化した Kaplan–Meier 曲線の座標とリスク患者数から、区間ごとのイベント数と打ち切り数を逆算して患者データを再構成する方法である。区間内の打ち切りは一様に起きると仮定し、総イベント数が分かっていればそれに合わせる。本サイトは、曲線の座標が与えられた場合（曲線モード）にこの方法を用いる。',
		definition_en:
			'Rebuilds patient-level data from the coordinates of a digitised Kaplan–Meier curve and the numbers at risk, working back to the events and censorings in each interval. Censoring within an interval is assumed uniform, and the total number of events is met when it is known. The site uses it when curve coordinates are given (curve mode).',
		formula: 'Ŝ(tₖ) = Ŝ(tₖ₋₁)·(1 − dₖ/nₖ)',
		source: GUYOT_2012
	},
	{
		id: 'table-mode',
		group: 'reconstruction',
		definition_ja:
			'曲線の座標がなく、リスク患者数の表（と印刷されていれば総イベント数、中央値、ハザード比）しかない場合に本サイトが用いる再構成法で、この場合を扱う公表された方法はない。2 つの印刷時点の間に減った患者数は表から決まるため、リスク患者数は必ず正確に再現される。減った患者のうちどれがイベントかは、群ごとのなめらかなイベントのハザードと両群共通の打ち切りのハザードのモデルで決め、総イベント数と中央値に合わせる。仮定を変えた複数の当てはめの範囲を、不確かさの帯として示す。',
		definition_en:
			"The site's own reconstruction for when there is no curve to digitise, only the at-risk table (with the event totals, medians and a hazard ratio when printed); no published method covers this case. The patients leaving between two printed times are fixed by the table, so the numbers at risk are reproduced exactly. Which of those exits are events is decided by a smooth event hazard per arm and a censoring hazard shared by the arms, scaled to the event totals and medians. The range of fits under weaker and stronger assumptions is shown as an uncertainty band.",
		formula: 'n(tₖ) − n(tₖ₊₁) = dₖ + cₖ',
		source: 'src/lib/stats/survival/reconstruct/tableMode.ts',
		site_term: true
	},

	// ── the site's verification ──
	{
		id: 'printed-precision',
		group: 'verification',
		definition_ja:
			'文書に印刷された数値の小数点以下の桁数である。本サイトは再計算した値をこの桁数に四捨五入してから印刷値と比べるため、「73.4」は小数 1 桁で、「100」は整数で照合する。印刷値は桁を補わず、記載のまま表示する。',
		definition_en:
			'The number of decimals a printed number shows. The site rounds each recomputed value half up to that many decimals before comparing it with the print, so "73.4" is checked to one decimal and "100" as a whole number. Printed numbers are shown exactly as printed, never padded.',
		source: 'src/lib/stats/printedPrecision.ts',
		site_term: true
	},
	{
		id: 'rounding-half-up',
		group: 'verification',
		definition_ja:
			'丸める桁の次の数字が 5 以上なら切り上げ、4 以下なら切り捨てる丸め方である。ちょうど中間の値は大きい方へ丸めるため、6.75 は 6.8 となる。本サイトは浮動小数点の誤差で結果が変わらないよう、整数の比を正確に計算してから丸める。',
		definition_en:
			'Rounding up when the next digit is 5 or more, and down when it is 4 or less. A value exactly halfway goes to the larger number, so 6.75 becomes 6.8. The site computes ratios of whole numbers exactly before rounding, so that floating-point error cannot change the result.',
		formula: '⌊10ᵈ·v + ½⌋ / 10ᵈ',
		source: 'ISO 80000-1:2009 Quantities and units — Part 1: General, Annex B (rule B).'
	},
	{
		id: 'reproduced',
		group: 'verification',
		definition_ja:
			'印刷された数値を、記載された例数から記載の方法（記載がなければ当てはまる方法）で再計算し、印刷された桁数で完全に一致したことを示す判定である。区間では、脚注に記載された方法で一致した場合、又は方法の記載がなくいずれかの方法で一致した場合をいう。',
		definition_en:
			'The status of a printed number recomputed from its counts, by the stated method (or, when none is stated, one that applies), that matches exactly at the printed precision. For an interval: the method its footnote states reproduces it, or, when none is stated, at least one method does.',
		source: CHECK_FILE,
		site_term: true
	},
	{
		id: 'reproduced-other-method',
		group: 'verification',
		definition_ja:
			'印刷された区間は再現できたが、脚注に記載された方法ではなく別の方法で再現されたことを示す判定である。脚注の誤りか、実際に用いた方法の記載漏れが考えられる。この判定には「記載と異なる方法」の注意が付く。',
		definition_en:
			'The status of a printed interval that is reproduced, but by a method other than the one its footnote states. Either the footnote is wrong or it does not name the method actually used. Such checks carry the flag "not the stated method".',
		source: CHECK_FILE,
		site_term: true
	},
	{
		id: 'approximate',
		group: 'verification',
		definition_ja:
			'再計算はできたが前提が異なるため完全な一致は期待できず、近い値であることを示すにとどまる判定である。再構成した患者データからの中央値やハザード比、層別因子が文書にない層別解析の層別しない再計算、丸められた区間の限界から逆算したハザード比などがこれに当たる。',
		definition_en:
			'The status of a value that could be recomputed, but under different assumptions, so that only closeness is shown, not an exact match. Examples: medians and hazard ratios from reconstructed patient data, stratified analyses recomputed without the strata the document does not give, and hazard ratios worked back from rounded interval bounds.',
		source: CHECK_FILE,
		site_term: true
	},
	{
		id: 'mismatch',
		group: 'verification',
		definition_ja:
			'再計算した値が、印刷された桁数で印刷値と一致しないことを示す判定である。区間では、検討したどの方法でも印刷値を再現できない場合をいう。転記や計算の誤り、又は文書に記載されていない例数や方法が考えられる。',
		definition_en:
			'The status of a recomputed value that differs from the print at the printed precision; for an interval, no method considered reproduces it. It may point to a transcription or calculation error, or to counts or a method the document does not give.',
		source: CHECK_FILE,
		site_term: true
	},
	{
		id: 'not-recomputable',
		group: 'verification',
		definition_ja:
			'再計算に必要な数値（分母、数値で書かれた区間の限界など）が文書にないか、値が定義されない（例えば 0 例に対する割合）ため、再計算できないことを示す判定である。印刷値の誤りを意味するものではない。',
		definition_en:
			'The status of a number that cannot be recomputed: what it needs (a denominator, bounds written as plain numbers) is not in the document, or the value is undefined (e.g. a percentage of no patients). It does not mean the print is wrong.',
		source: CHECK_FILE,
		site_term: true
	},
	{
		id: 'stated-method-differs',
		group: 'verification',
		definition_ja:
			'印刷された区間が、脚注に記載された方法とは別の方法で再現されるという注意である。例えば、脚注では Clopper–Pearson 法とされている区間が Wald 法でのみ再現される場合に付く。判定は「別の方法で再現」となる。',
		definition_en:
			'A flag: the printed interval is reproduced by a method other than the one its footnote states, for example an interval said to be Clopper–Pearson that only Wald reproduces. Its status is "reproduced, other method".',
		source: INFER_FILE,
		site_term: true
	},
	{
		id: 'unreliable-method',
		group: 'verification',
		definition_ja:
			'印刷値を再現する方法が Wald 法（又は 0～100% に切り詰めた Wald 法）で、奏効例数又は非奏効例数が 5 例未満であるという注意である。このような例数では Wald 法の実際の被覆確率は名目の水準を大きく下回り、区間は不確かさを過小に示す。Clopper–Pearson 法や Wilson 法の区間と見比べるとよい。',
		definition_en:
			"A flag: the method that reproduces the print is Wald (or Wald cut to 0–100%), with fewer than 5 responders or non-responders. At such counts the Wald interval's actual coverage falls well below its nominal level, so it understates the uncertainty; compare it with the Clopper–Pearson or Wilson interval.",
		source: BROWN_2001
	},
	{
		id: 'truncated-bound',
		group: 'verification',
		definition_ja:
			'Wald 法の限界が 0% 未満又は 100% 超となり、0～100% に切り詰めた区間でしか印刷値を再現できないという注意である。限界が範囲からはみ出すこと自体が、その例数では正規近似が当てはまらない目印である。',
		definition_en:
			'A flag: a Wald bound fell below 0% or above 100%, and only the interval cut to that range reproduces the print. A bound overshooting the range is itself a sign that the normal approximation does not fit those counts.',
		source: NEWCOMBE_1998
	},
	{
		id: 'zero-width',
		group: 'verification',
		definition_ja:
			'奏効が 0 例又は全例のとき、Wald 法の区間は幅 0（例えば [100, 100]）となり、不確かさを何も示さないという注意である。3 例中 3 例が奏効しても真の割合が 100% とは限らず、Clopper–Pearson 法では [29.2, 100] となる。',
		definition_en:
			'A flag: with no or all responders the Wald interval has zero width (e.g. [100, 100]) and says nothing about uncertainty. Three responders out of three do not make the true rate 100%: Clopper–Pearson gives [29.2, 100].',
		source: NEWCOMBE_1998
	}
];

/** Every entry with its term names (glossaryTerms.ts, shared with the links on other pages). */
export const GLOSSARY: readonly GlossaryEntry[] = DEFINITIONS.map((e) => ({
	...e,
	term_ja: GLOSSARY_TERMS[e.id]?.ja ?? e.id,
	term_en: GLOSSARY_TERMS[e.id]?.en ?? e.id
}));

const BY_ID = new Map(GLOSSARY.map((e) => [e.id, e]));

/**
 * The entry of a term id, or undefined for an id the glossary does not hold.
 * @example glossaryEntry('wilson')?.term_en // 'Wilson score interval'
 */
export const glossaryEntry = (id: string): GlossaryEntry | undefined => BY_ID.get(id);

/**
 * A term's name in the given language.
 * @example termIn(glossaryEntry('censoring')!, 'ja') // '打ち切り'
 */
export const termIn = (e: GlossaryEntry, lang: Locale): string => localized(lang, { ja: e.term_ja, en: e.term_en });

/**
 * A term's definition in the given language.
 * @example definitionIn(glossaryEntry('censoring')!, 'en').startsWith('Knowing only') // true
 */
export const definitionIn = (e: GlossaryEntry, lang: Locale): string =>
	localized(lang, { ja: e.definition_ja, en: e.definition_en });

export { glossaryIdOf } from './glossaryTerms';
