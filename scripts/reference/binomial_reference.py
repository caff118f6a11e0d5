"""Independent reference values for src/lib/stats/binomial/ (definitions: docs/binomial-methods.md), computed with scipy.

Run (from the repository root):
    python3 scripts/reference/binomial_reference.py > tests/fixtures/binomial_reference.json

Deterministic: fixed random seed, no dependence on time or environment (other than the scipy/numpy versions,
which are recorded in "source"). Needs Python 3 with scipy (written against scipy 1.17) and numpy.

Sections of the output (numbers are full-precision float64 via repr; counts and x, n are ints):
  intervals          [x, n, level, lo/hi for each of the 8 methods in "methods" order]
  tests              [x, n, p0, test, alternative, p_value]
  prob_at_least_one  [p, n, prob]
  min_n_at_least_one [p, target, n]
  normal_power       [p0, p1, n, alpha, power]
  normal_sample_size [p0, p1, alpha, power, n]
  exact_power        [p0, p1, n, alpha, critical, power]
  exact_sample_size  [p0, p1, alpha, power, n]

Numerical choices (all algebraically identical to the doc's formulas):
  * alpha = 1 - level in float64, z = norm.isf(alpha/2) (rather than norm.ppf(1 - alpha/2), which would add the
    rounding of 1 - alpha/2); upper beta quantiles likewise use beta.isf(alpha/2, ...).
  * Closed forms at x = 0 and x = n: Clopper-Pearson upper(x=0) = -expm1(log(alpha/2)/n), lower(x=n) =
    exp(log(alpha/2)/n); mid-p upper(x=0) = -expm1(log(alpha)/n) and lower(x=n) = exp(log(alpha)/n) (these two
    solve the mid-p equation exactly: 1/2 (1-p)^n = alpha/2, resp. 1/2 p^n = alpha/2; checked against brentq).
    Bounds the doc pins (lower = 0 at x = 0, upper = 1 at x = n) are set exactly, also for Wilson and Wald.
  * Lower bounds that subtract nearly equal numbers (Wald, Wilson, Wilson-cc, Agresti-Coull with small x) are
    computed in rationalised form (product of the two roots / conjugate), checked against the naive formula.
  * Mid-p bounds: scipy.optimize.brentq on [0, 1] with xtol=1e-300, rtol=4*eps using binom.sf/cdf/pmf, then
    brentq again (same tolerances) on a bracket of +-1e-11 relative around that root with the tail written as an
    fsum of binom.pmf terms: scipy's sf/cdf are only good to ~1e-12 relative at large n (the polish moves the
    roots by at most ~2e-13). Checked: |equation| <= 1e-12 * alpha/2, or, for bounds so close to 1 that one ulp
    moves the equation by more than that, a sign change within 2 ulps.
  * Tests: exact via scipy.stats.binomtest; normal tails with norm.sf / norm.cdf (never 1 - cdf). Rows whose
    p-value is below 1e-300 (underflow or subnormal range) are left out, and so are exact-test rows below 1e-250
    where scipy's value differs from the pmf sum by more than 1e-10 relative (Boost's ibeta degrades there).
  * Accuracy against mpmath (40 digits, sampled during development): interval bounds <= 3e-14 relative, exact
    p-values <= 1e-12, normal p-values <= 1.5e-12 (for |Z| ~ 36; the float evaluation of Z itself is the limit),
    power values <= 5e-15.
  * Integer-valued results (min n, sample sizes, critical values) whose defining comparison is within 1e-9
    (relative) of a tie are left out, since float rounding could legitimately decide them either way.
"""
import json
import math
import random
import sys
from decimal import Decimal, getcontext

import numpy as np
import scipy
from scipy.optimize import brentq
from scipy.stats import beta, binom, binomtest, norm

EPS = float(np.finfo(float).eps)
RTOL = 4 * EPS
TINY_P = 1e-300
TIE_REL = 1e-9
rng = random.Random(20260427)

METHODS = ["clopper-pearson", "wald", "wald-truncated", "wilson", "wilson-cc", "agresti-coull", "jeffreys", "mid-p"]
LEVELS = [0.8, 0.9, 0.95, 0.972, 0.975, 0.99, 0.999]


def close(a, b, rel, abs_=0.0):
    return abs(a - b) <= max(abs_, rel * max(abs(a), abs(b)))


def clip01(v):
    return min(1.0, max(0.0, v))


# ---------------------------------------------------------------- confidence intervals
def closed_form_ends(x, n, tail, lo, hi):
    # at x = 0 the upper bound solves (1 - p)^n = tail, at x = n the lower bound solves p^n = tail; the closed
    # form replaces the solved bound after checking that the two agree to 1e-12
    if x == 0:
        closed = -math.expm1(math.log(tail) / n)
        assert close(closed, hi, 1e-12), (x, n, closed, hi)
        hi = closed
    if x == n:
        closed = math.exp(math.log(tail) / n)
        assert close(closed, lo, 1e-12), (x, n, closed, lo)
        lo = closed
    return lo, hi


def clopper_pearson(x, n, a2):
    lo = 0.0 if x == 0 else float(beta.ppf(a2, x, n - x + 1))
    hi = 1.0 if x == n else float(beta.isf(a2, x + 1, n - x))
    return closed_form_ends(x, n, a2, lo, hi)


def wald(x, n, z):
    if x == 0:
        return 0.0, 0.0
    if x == n:
        return 1.0, 1.0
    p = x / n
    q = (n - x) / n
    se = math.sqrt(p * q / n)
    hi = p + z * se
    # p - z*se = p*(p - z^2 q/n)/(p + z*se) = p*(x - z^2 q)/n/(p + z*se)
    lo = p * (x - z * z * q) / n / (p + z * se)
    assert close(lo, p - z * se, 0, 1e-12), (x, n, lo, p - z * se)
    return lo, hi


def wilson(x, n, z):
    zz = z * z
    p = x / n
    q = (n - x) / n
    a = 1 + zz / n
    b = 2 * p + zz / n
    sqrt_d = 2 * z * math.sqrt((p * q + zz / (4 * n)) / n)  # sqrt(b^2 - 4 a p^2)
    hi = (b + sqrt_d) / (2 * a)
    lo = 2 * p * p / (b + sqrt_d)  # product of the roots is p^2/a
    if x == n:
        hi = 1.0
    naive_half = z * math.sqrt(p * q / n + zz / (4 * n * n))
    assert close(lo, (p + zz / (2 * n) - naive_half) / a, 0, 1e-12)
    assert close(hi, (p + zz / (2 * n) + naive_half) / a, 0, 1e-12)
    return lo, hi


def wilson_cc(x, n, z):
    zz = z * z
    p = x / n
    q = (n - x) / n
    if x == 0:
        lo = 0.0
    else:
        s = math.sqrt(zz - 2 - 1 / n + 4 * x * (n - x + 1) / n)  # 4 p (n q + 1) = 4 x (n - x + 1)/n
        # numerator * conjugate = (2x-1)^2 (1 + z^2/n), so lo = (2x-1)^2 / (2n (2x + z^2 - 1 + z s))
        lo = (2 * x - 1) ** 2 / (2 * n * (2 * x + zz - 1 + z * s))
        naive = (2 * n * p + zz - 1 - z * math.sqrt(zz - 2 - 1 / n + 4 * p * (n * q + 1))) / (2 * (n + zz))
        assert close(lo, naive, 0, 1e-12), (x, n, lo, naive)
    if x == n:
        hi = 1.0
    else:
        hi = (2 * x + zz + 1 + z * math.sqrt(zz + 2 - 1 / n + 4 * x * (n - x - 1) / n)) / (2 * (n + zz))
        naive = (2 * n * p + zz + 1 + z * math.sqrt(zz + 2 - 1 / n + 4 * p * (n * q - 1))) / (2 * (n + zz))
        assert close(hi, naive, 0, 1e-12)
    return clip01(lo), clip01(hi)


def agresti_coull(x, n, z):
    zz = z * z
    nt = n + zz
    pt = (x + zz / 2) / nt
    qt = (n - x + zz / 2) / nt
    se = math.sqrt(pt * qt / nt)
    hi = pt + z * se
    # pt - z*se = pt*(pt - z^2 qt/nt)/(pt + z se), pt - z^2 qt/nt = (n(x - z^2/2) + 2 x z^2)/nt^2
    lo = pt * ((n * (x - zz / 2) + 2 * x * zz) / (nt * nt)) / (pt + z * se)
    assert close(lo, pt - z * se, 0, 1e-12)
    return clip01(lo), clip01(hi)


def jeffreys(x, n, a2):
    lo = 0.0 if x == 0 else float(beta.ppf(a2, x + 0.5, n - x + 0.5))
    hi = 1.0 if x == n else float(beta.isf(a2, x + 0.5, n - x + 0.5))
    return lo, hi


def midp_lower_eq(p, x, n, a2):  # P(X > x) + P(X = x)/2 - alpha/2, increasing in p (scipy sf/pmf)
    return float(binom.sf(x, n, p)) + 0.5 * float(binom.pmf(x, n, p)) - a2


def midp_upper_eq(p, x, n, a2):  # P(X < x) + P(X = x)/2 - alpha/2, decreasing in p (scipy cdf/pmf)
    return float(binom.cdf(x - 1, n, p)) + 0.5 * float(binom.pmf(x, n, p)) - a2


def _window(n, p):
    return int(math.ceil(80 * math.sqrt(n * p * (1 - p)) + 80))


def midp_lower_eq_sum(p, x, n, a2):
    """The same equation with the tail as an fsum of scipy pmf terms (all positive, no cancellation). scipy's
    binom.sf/cdf carry relative errors up to ~1e-12 for large n; its pmf stays within ~1e-13, so this form is
    used to polish and to check the roots. Terms beyond the window are below 1e-300 of the tail."""
    i = np.arange(x + 1, min(n, x + 1 + _window(n, p)) + 1)
    return math.fsum(binom.pmf(i, n, p)) + 0.5 * float(binom.pmf(x, n, p)) - a2


def midp_upper_eq_sum(p, x, n, a2):
    i = np.arange(max(0, x - 1 - _window(n, p)), x)
    return math.fsum(binom.pmf(i, n, p)) + 0.5 * float(binom.pmf(x, n, p)) - a2


def solve_midp(fast, accurate, x, n, a2):
    """brentq on [0, 1] with scipy's sf/cdf, then brentq again on a narrow bracket around that root with the
    pmf-sum form of the same equation (same xtol/rtol)."""
    args = (x, n, a2)
    r0 = brentq(fast, 0.0, 1.0, args=args, xtol=1e-300, rtol=RTOL, maxiter=1000)
    for w in (1e-11, 1e-9, 1e-7, 1e-5, 1e-3):
        a, b = r0 * (1 - w), min(1.0, r0 * (1 + w))
        fa, fb = accurate(a, *args), accurate(b, *args)
        if fa == 0:
            return a
        if fb == 0:
            return b
        if fa * fb < 0:
            r = brentq(accurate, a, b, args=args, xtol=1e-300, rtol=RTOL, maxiter=1000)
            POLISH["max_rel_shift"] = max(POLISH["max_rel_shift"], abs(r - r0) / r0)
            return r
    raise AssertionError(("could not bracket the mid-p root", x, n, a2, r0))


POLISH = {"max_rel_shift": 0.0}


def mid_p(x, n, alpha):
    a2 = alpha / 2
    if x == 0:
        lo = 0.0
    else:
        lo = solve_midp(midp_lower_eq, midp_lower_eq_sum, x, n, a2)
    if x == n:
        hi = 1.0
    else:
        hi = solve_midp(midp_upper_eq, midp_upper_eq_sum, x, n, a2)
    lo, hi = closed_form_ends(x, n, alpha, lo, hi)
    # self-check: the defining equations hold to 1e-12 relative (relative to alpha/2), evaluated with the pmf
    # sums. Where the equation is so steep that one ulp of p moves it by more than that (bounds near 1), require
    # instead that it changes sign within two ulps of the bound, i.e. that the bound is as good as float64 allows.
    if x > 0:
        check_root(midp_lower_eq_sum, lo, (x, n, a2))
    if x < n:
        check_root(midp_upper_eq_sum, hi, (x, n, a2))
    return lo, hi


MIDP_STATS = {"checked": 0, "by_sign_change": 0}


def check_root(f, root, args):
    a2 = args[2]
    MIDP_STATS["checked"] += 1
    if abs(f(root, *args)) <= 1e-12 * a2:
        return
    below, above = root, root
    for _ in range(2):
        below = float(np.nextafter(below, 0.0))
        above = float(np.nextafter(above, 1.0))
    fb, fa = f(below, *args), f(above, *args)
    assert fb * fa <= 0, (args, root, f(root, *args), fb, fa)
    MIDP_STATS["by_sign_change"] += 1


def interval_row(x, n, level):
    alpha = 1.0 - level
    a2 = alpha / 2
    z = float(norm.isf(a2))
    cp = clopper_pearson(x, n, a2)
    wd = wald(x, n, z)
    wt = (clip01(wd[0]), clip01(wd[1]))
    wi = wilson(x, n, z)
    wc = wilson_cc(x, n, z)
    ac = agresti_coull(x, n, z)
    jf = jeffreys(x, n, a2)
    mp = mid_p(x, n, alpha)
    bounds = [cp, wd, wt, wi, wc, ac, jf, mp]
    for (lo, hi), m in zip(bounds, METHODS):
        assert math.isfinite(lo) and math.isfinite(hi) and lo <= hi, (m, x, n, level, lo, hi)
        if m != "wald":
            assert 0.0 <= lo <= hi <= 1.0, (m, x, n, level, lo, hi)
    assert cp[0] <= x / n <= cp[1], (x, n, level, cp)
    # extra sanity: the mid-p interval lies inside Clopper-Pearson; Clopper-Pearson bounds solve their tail equations
    assert cp[0] <= mp[0] * (1 + 1e-12) and mp[1] <= cp[1] * (1 + 1e-12), (x, n, level, cp, mp)
    if x > 0:
        assert close(float(binom.sf(x - 1, n, cp[0])), a2, 1e-8), (x, n, level, cp)
    if x < n:
        assert close(float(binom.cdf(x, n, cp[1])), a2, 1e-8), (x, n, level, cp)
    row = [x, n, level]
    for lo, hi in bounds:
        row += [lo + 0.0, hi + 0.0]  # + 0.0 turns -0.0 into 0.0
    return row


GUIDELINE = [(2, 4), (48, 70), (44, 54), (94, 128), (8, 9), (102, 137), (1, 3), (10, 18), (32, 38), (3, 3), (42, 56),
             (46, 62), (58, 78), (20, 39), (66, 95), (17, 49), (57, 81), (18, 44), (181, 254), (55, 132), (2, 4),
             (2, 5)]


def log_uniform_int(lo, hi):
    return min(hi, max(lo, int(round(math.exp(rng.uniform(math.log(lo), math.log(hi)))))))


def interval_cases():
    cases = set()
    for n in range(1, 31):
        for x in range(n + 1):
            cases.add((x, n, 0.95))
    for x, n in GUIDELINE:
        for level in (0.95, 0.90, 0.972, 0.99):
            cases.add((x, n, level))
    for x in (0, 1, 50000, 99999, 100000):
        for level in LEVELS:
            cases.add((x, 100000, level))
    while len(cases) < 2700:
        n = log_uniform_int(1, 100000)
        if rng.random() < 0.3:
            x = rng.choice([v for v in (0, 1, 2, n - 2, n - 1, n) if 0 <= v <= n])
        else:
            x = rng.randint(0, n)
        cases.add((x, n, rng.choice(LEVELS)))
    return sorted(cases, key=lambda c: (c[1], c[0], c[2]))


# ---------------------------------------------------------------- tests
def exact_pvalue(x, n, p0, alt):
    return float(binomtest(x, n, p0, alternative=alt).pvalue)


def normal_pvalue(x, n, p0, alt, cc):
    d = x - n * p0
    sd = math.sqrt(n * p0 * (1 - p0))
    if cc:
        y = min(0.5, abs(d))
        z = math.copysign(1.0, d) * (abs(d) - y) / sd if d != 0 else 0.0
    else:
        z = d / sd
    if alt == "greater":
        return float(norm.sf(z))
    if alt == "less":
        return float(norm.cdf(z))
    return 2 * float(norm.sf(abs(z)))


def brute_two_sided(x, n, p0):
    pmf = binom.pmf(np.arange(n + 1), n, p0)
    d = pmf[x]
    sel = np.sort(pmf[pmf <= d * (1 + 1e-7)])  # add small terms first
    return min(1.0, float(math.fsum(sel)))


def test_cases():
    cases = set()
    cases.add((94, 128, 0.5))  # MM-001
    # x = n * p0 exactly (in real arithmetic)
    for x, n, p0 in [(64, 128, 0.5), (5, 10, 0.5), (1, 2, 0.5), (25, 100, 0.25), (75, 100, 0.75), (3, 30, 0.1),
                     (20, 100, 0.2), (30, 100, 0.3), (1, 8, 0.125), (7, 56, 0.125), (50000, 100000, 0.5),
                     (1000, 100000, 0.01), (12500, 100000, 0.125), (9, 100, 0.09), (45, 50, 0.9), (3, 4, 0.75)]:
        cases.add((x, n, p0))
    # every x for a few small n
    for n, p0 in [(1, 0.5), (3, 0.3), (6, 0.5), (10, 0.2), (12, 0.75)]:
        for x in range(n + 1):
            cases.add((x, n, p0))
    # the guideline cohorts against a few null values
    for x, n in GUIDELINE:
        cases.add((x, n, rng.choice([0.05, 0.1, 0.2, 0.3, 0.5, 0.6, 0.7])))
    # tiny tails at large n: x placed t standard deviations from n p0
    for n in (2000, 10000, 30000, 50000, 100000):
        for p0 in (0.5, 0.1, 0.3, 0.02, 0.8):
            sd = math.sqrt(n * p0 * (1 - p0))
            for t in (-36, -30, -25, -21, 21, 25, 30, 36):
                x = int(round(n * p0 + t * sd))
                if 0 <= x <= n:
                    cases.add((x, n, p0))
    # random
    p0_choices = [0.001, 0.01, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 0.95, 0.99]
    while len(cases) < 260:
        n = log_uniform_int(1, 100000)
        p0 = rng.choice(p0_choices) if rng.random() < 0.6 else round(rng.uniform(0.001, 0.999), 3)
        if rng.random() < 0.4:
            x = rng.randint(0, n)
        else:
            x = int(round(n * p0 + rng.uniform(-12, 12) * math.sqrt(n * p0 * (1 - p0))))
            x = min(n, max(0, x))
        cases.add((x, n, p0))
    return sorted(cases, key=lambda c: (c[1], c[0], c[2]))


def pmf_sum_tail(x, n, p0, alt):
    """P(X >= x) or P(X <= x) as an fsum of scipy pmf terms (window covers all terms above 1e-300 of the tail)."""
    w = _window(n, p0)
    if alt == "greater":
        i = np.arange(x, min(n, max(x, math.ceil(n * p0)) + w) + 1)
    else:
        i = np.arange(max(0, min(x, math.floor(n * p0)) - w), x + 1)
    return min(1.0, math.fsum(binom.pmf(i, n, p0)))


TEST_STATS = {"max_rel_tail": 0.0, "max_rel_two_sided": 0.0, "dropped_underflow": 0, "dropped_inaccurate": 0}
NEAR_UNDERFLOW = 1e-250


def exact_check(x, n, p0, alt, pv, record=True):
    """True when scipy's exact p-value agrees with the pmf sum to 1e-10 relative. scipy's binom.sf/cdf (Boost
    ibeta) are within ~1e-11 of the pmf sums (mpmath sides with the pmf sums) except close to the float64
    underflow, where they degrade (e.g. P(X >= 188 | n = 200, p0 = 0.02) = 1.8827e-301, scipy gives 1.8803e-301);
    such rows, below 1e-250 only, are left out."""
    ref = brute_two_sided(x, n, p0) if alt == "two-sided" else pmf_sum_tail(x, n, p0, alt)
    rel = abs(pv - ref) / ref
    if rel <= 1e-10:
        if not record:
            return True
        key = "max_rel_two_sided" if alt == "two-sided" else "max_rel_tail"
        TEST_STATS[key] = max(TEST_STATS[key], rel)
        return True
    assert pv < NEAR_UNDERFLOW, (x, n, p0, alt, pv, ref)
    return False


def test_rows():
    """Self-checks: every exact p-value against the pmf sum of its definition (for two-sided: the brute-force sum
    over all i with P(X = i) <= d (1 + 1e-7), for every n, which includes every n <= 200); one-sided ones also
    against logsf/logcdf."""
    rows = []
    for x, n, p0 in test_cases():
        for test in ("exact", "normal", "normal-cc"):
            for alt in ("greater", "less", "two-sided"):
                if test == "exact":
                    pv = exact_pvalue(x, n, p0, alt)
                else:
                    pv = normal_pvalue(x, n, p0, alt, test == "normal-cc")
                assert math.isfinite(pv) and 0.0 <= pv <= 1.0, (x, n, p0, test, alt, pv)
                if pv < TINY_P:
                    TEST_STATS["dropped_underflow"] += 1
                    continue
                if test == "exact":
                    if not exact_check(x, n, p0, alt, pv):
                        TEST_STATS["dropped_inaccurate"] += 1
                        continue
                    if alt != "two-sided":
                        lt = float(binom.logsf(x - 1, n, p0)) if alt == "greater" else float(binom.logcdf(x, n, p0))
                        assert close(math.log(pv), lt, 1e-10, 1e-12), (x, n, p0, alt, pv, lt)
                rows.append([x, n, p0, test, alt, pv])
    # brute-force check of the two-sided exact p-value over every x for a range of n <= 200 and p0
    for n in list(range(1, 41)) + [57, 100, 128, 150, 200]:
        for p0 in (0.5, 0.1, 0.3, 0.75, 0.37, 0.02):
            for x in range(n + 1):
                pv = exact_pvalue(x, n, p0, "two-sided")
                if pv >= TINY_P:
                    exact_check(x, n, p0, "two-sided", pv, record=False)
    return rows


# ---------------------------------------------------------------- sample size and power
def prob_at_least_one(p, n):
    return -math.expm1(n * math.log1p(-p))


def min_n_at_least_one(p, target):
    cont = math.log1p(-target) / math.log1p(-p)
    if abs(cont - round(cont)) <= TIE_REL * cont:
        return None  # (near) tie
    n = max(1, math.ceil(cont))
    while n > 1 and prob_at_least_one(p, n - 1) >= target:
        n -= 1
    while prob_at_least_one(p, n) < target:
        n += 1
    assert n == max(1, math.ceil(cont)), (p, target, n, cont)
    return n


def normal_power(p0, p1, n, alpha):
    z = float(norm.isf(alpha))
    return float(norm.cdf((math.sqrt(n) * abs(p1 - p0) - z * math.sqrt(p0 * (1 - p0))) / math.sqrt(p1 * (1 - p1))))


def normal_sample_size(p0, p1, alpha, power):
    za = float(norm.isf(alpha))
    zb = float(norm.ppf(power))
    v = ((za * math.sqrt(p0 * (1 - p0)) + zb * math.sqrt(p1 * (1 - p1))) / (p1 - p0)) ** 2
    if abs(v - round(v)) <= TIE_REL * v:
        return None
    return math.ceil(v)


def upper_tail(c, n, p):  # P(X >= c)
    if c <= 0:
        return 1.0
    if c > n:
        return 0.0
    return float(binom.sf(c - 1, n, p))


def lower_tail(c, n, p):  # P(X <= c)
    if c < 0:
        return 0.0
    if c >= n:
        return 1.0
    return float(binom.cdf(c, n, p))


def exact_critical(p0, p1, n, alpha, start=None):
    """Returns (c, ambiguous). Monotone search from a starting guess."""
    if p1 > p0:
        c = int(start) if start is not None else n + 1
        c = min(n + 1, max(1, c))
        while c > 1 and upper_tail(c - 1, n, p0) <= alpha:
            c -= 1
        while c <= n and upper_tail(c, n, p0) > alpha:
            c += 1
        # smallest c with P(X >= c) <= alpha; n + 1 if none
        edge = [upper_tail(c, n, p0), upper_tail(c - 1, n, p0)]
    else:
        c = int(start) if start is not None else -1
        c = min(n - 1, max(-1, c))
        while c < n - 1 and lower_tail(c + 1, n, p0) <= alpha:
            c += 1
        while c >= 0 and lower_tail(c, n, p0) > alpha:
            c -= 1
        edge = [lower_tail(c, n, p0), lower_tail(c + 1, n, p0)]
    ambiguous = any(close(e, alpha, TIE_REL) for e in edge)
    return c, ambiguous


def exact_critical_brute(p0, p1, n, alpha):
    if p1 > p0:
        tails = [upper_tail(c, n, p0) for c in range(n + 2)]
        return next(c for c in range(n + 2) if tails[c] <= alpha)
    heads = [lower_tail(c, n, p0) for c in range(-1, n + 1)]
    return max(c for c in range(-1, n + 1) if heads[c + 1] <= alpha)


def exact_power_at(p0, p1, n, c):
    return upper_tail(c, n, p1) if p1 > p0 else lower_tail(c, n, p1)


def critical_guess(p0, p1, n, alpha):
    if p1 > p0:
        return int(binom.isf(alpha, n, p0)) + 1
    return int(binom.ppf(alpha, n, p0)) - 1


def exact_sample_size(p0, p1, alpha, power, n_max=4000):
    closest = math.inf
    for n in range(1, n_max + 1):
        c, amb = exact_critical(p0, p1, n, alpha, critical_guess(p0, p1, n, alpha))
        if amb:
            return None
        pw = exact_power_at(p0, p1, n, c)
        if pw >= power:
            if close(pw, power, TIE_REL) or closest <= TIE_REL:
                return None
            return n
        closest = min(closest, abs(pw - power) / power)
    raise AssertionError(("no n up to", n_max, p0, p1, alpha, power))


def rand_p():
    return round(rng.uniform(0.01, 0.99), rng.choice([2, 3]))


def power_sections():
    out = {}
    # prob_at_least_one
    rows = [[0.015, 107, prob_at_least_one(0.015, 107)], [0.1, 29, prob_at_least_one(0.1, 29)],
            [1e-6, 100000, prob_at_least_one(1e-6, 100000)], [0.5, 1, prob_at_least_one(0.5, 1)],
            [1e-6, 1, prob_at_least_one(1e-6, 1)], [0.5, 100000, prob_at_least_one(0.5, 100000)]]
    while len(rows) < 150:
        p = float("%.3g" % math.exp(rng.uniform(math.log(1e-6), math.log(0.5))))
        n = log_uniform_int(1, 100000)
        rows.append([p, n, prob_at_least_one(p, n)])
    getcontext().prec = 60
    for p, n, v in rows:
        exact_ref = float(1 - (1 - Decimal(p)) ** n)  # the float p taken exactly, 60-digit arithmetic
        assert 0.0 < v <= 1.0 and close(v, exact_ref, 1e-14), (p, n, v, exact_ref)
    out["prob_at_least_one"] = rows
    # min_n_at_least_one
    rows = []
    for p, t in [(0.015, 0.8), (0.1, 0.95)]:
        rows.append([p, t, min_n_at_least_one(p, t)])
    while len(rows) < 150:
        p = float("%.3g" % math.exp(rng.uniform(math.log(1e-5), math.log(0.5))))
        t = rng.choice([0.8, 0.9, 0.95, 0.99])
        n = min_n_at_least_one(p, t)
        if n is not None:
            rows.append([p, t, n])
    for p, t, n in rows:
        assert prob_at_least_one(p, n) >= t and (n == 1 or prob_at_least_one(p, n - 1) < t)
    out["min_n_at_least_one"] = rows
    # normal_power
    rows = [[0.09, 0.18, 115, 0.05, normal_power(0.09, 0.18, 115, 0.05)]]
    while len(rows) < 150:
        p0, p1 = rand_p(), rand_p()
        if abs(p1 - p0) < 0.02:
            continue
        n = log_uniform_int(5, 5000)
        a = rng.choice([0.025, 0.05])
        rows.append([p0, p1, n, a, normal_power(p0, p1, n, a)])
    out["normal_power"] = rows
    # normal_sample_size
    rows = [[0.09, 0.18, 0.05, 0.9, normal_sample_size(0.09, 0.18, 0.05, 0.9)],
            [0.09, 0.18, 0.05, 0.8, normal_sample_size(0.09, 0.18, 0.05, 0.8)]]
    while len(rows) < 150:
        p0, p1 = rand_p(), rand_p()
        if abs(p1 - p0) < 0.02:
            continue
        a = rng.choice([0.025, 0.05])
        pw = rng.choice([0.8, 0.9])
        n = normal_sample_size(p0, p1, a, pw)
        if n is not None:
            rows.append([p0, p1, a, pw, n])
    assert all(r[4] is not None for r in rows)
    out["normal_sample_size"] = rows
    # exact_power
    rows = []
    cases = [(0.09, 0.18, 115, 0.05), (0.5, 0.7, 1, 0.05), (0.5, 0.3, 3, 0.05), (0.01, 0.05, 2000, 0.025)]
    while len(cases) < 150:
        p0, p1 = rand_p(), rand_p()
        if p0 == p1:
            continue
        cases.append((p0, p1, log_uniform_int(1, 2000), rng.choice([0.025, 0.05])))
    for p0, p1, n, a in cases:
        c, amb = exact_critical(p0, p1, n, a, critical_guess(p0, p1, n, a))
        if amb:
            continue
        assert c == exact_critical_brute(p0, p1, n, a), (p0, p1, n, a, c)
        rows.append([p0, p1, n, a, c, exact_power_at(p0, p1, n, c)])
    out["exact_power"] = rows
    # exact_sample_size
    rows = []
    cases = [(0.09, 0.18, 0.05, 0.9), (0.09, 0.18, 0.05, 0.8)]
    while len(cases) < 50:
        p0 = rand_p()
        a = rng.choice([0.025, 0.05])
        pw = rng.choice([0.8, 0.9])
        p1 = round(p0 + rng.choice([-1, 1]) * rng.uniform(0.04, 0.4), 2)
        if not 0.01 <= p1 <= 0.99 or p1 == p0:
            continue
        if normal_sample_size(p0, p1, a, pw) is None or normal_sample_size(p0, p1, a, pw) > 1500:
            continue
        cases.append((p0, p1, a, pw))
    for p0, p1, a, pw in cases:
        n = exact_sample_size(p0, p1, a, pw)
        if n is not None:
            rows.append([p0, p1, a, pw, n])
    out["exact_sample_size"] = rows
    return out


def dump(doc):
    parts = ["{"]
    keys = list(doc)
    for i, k in enumerate(keys):
        v = doc[k]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(v, list) and v and isinstance(v[0], list):
            parts.append(json.dumps(k) + ": [")
            for j, row in enumerate(v):
                parts.append("  " + json.dumps(row, allow_nan=False) + ("," if j < len(v) - 1 else ""))
            parts.append("]" + comma)
        else:
            parts.append(json.dumps(k) + ": " + json.dumps(v, allow_nan=False) + comma)
    parts.append("}")
    return "\n".join(parts) + "\n"


def clean(v):
    if isinstance(v, (bool, str)) or v is None:
        return v
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        assert math.isfinite(f)
        return f + 0.0
    if isinstance(v, list):
        return [clean(e) for e in v]
    raise TypeError(type(v))


def main():
    intervals = [interval_row(x, n, level) for x, n, level in interval_cases()]
    tests = test_rows()
    assert sum(1 for r in tests if r[5] < 1e-100) >= 20
    doc = {
        "source": "scripts/reference/binomial_reference.py with scipy %s, numpy %s" % (scipy.__version__, np.__version__),
        "methods": METHODS,
        "intervals": intervals,
        "tests": tests,
    }
    doc.update(power_sections())
    doc = {k: (clean(v) if isinstance(v, list) else v) for k, v in doc.items()}
    sys.stdout.write(dump(doc))
    print("rows: " + ", ".join("%s=%d" % (k, len(v)) for k, v in doc.items() if isinstance(v, list) and k != "methods")
          + "; test rows left out: p < 1e-300: %(dropped_underflow)d, scipy inaccurate near underflow:"
            " %(dropped_inaccurate)d" % TEST_STATS
          + "; mid-p roots checked: %(checked)d, of which by sign change within 2 ulp: %(by_sign_change)d" % MIDP_STATS
          + "; largest relative shift of a mid-p root by the pmf-sum polish: %.2g" % POLISH["max_rel_shift"]
          + "; fixture exact p-values vs pmf sums, largest relative difference: one-sided %(max_rel_tail).2g,"
            " two-sided %(max_rel_two_sided).2g" % TEST_STATS,
          file=sys.stderr)


if __name__ == "__main__":
    main()
