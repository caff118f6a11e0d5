"""Reference values for src/lib/stats/printedPrecision.ts: 100*x/n rounded half up with Python's decimal module.

Run: python3 scripts/reference/percent_half_up.py > tests/fixtures/percent_half_up.json
Deterministic (fixed seed). Includes every exact tie for small n, where binary floating point goes wrong.
"""
import json
import random
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 60
random.seed(20261121)
cases = set()
for n in range(1, 41):  # every x/n for small n: all the ties of the guideline's cohorts
    for x in range(0, n + 1):
        for d in (0, 1, 2):
            cases.add((x, n, d))
while len(cases) < 4000:
    n = random.choice([random.randint(1, 500), random.randint(1, 100000)])
    cases.add((random.randint(0, n), n, random.choice([0, 1, 2, 3])))

out = []
for x, n, d in sorted(cases):
    q = Decimal(1).scaleb(-d)
    out.append([x, n, d, str((Decimal(100) * x / n).quantize(q, rounding=ROUND_HALF_UP))])
print(json.dumps({"source": "python decimal ROUND_HALF_UP (scripts/reference/percent_half_up.py)", "cases": out}))
