"""Times ruptures' Pelt with the linear-regression cost on a series written by `memblame-bench onset`.

Usage: ruptures_pelt.py SIGNAL.csv PENALTY MIN_SIZE JUMP
SIGNAL.csv has lines `x,y` (hours, value). Prints one JSON line: {"seconds": s, "breakpoints": [...]}.
The model is ruptures' "linear" cost (CostLinear): the residual sum of squares of a least-squares fit of
y on the covariates [x, 1] per segment, which is exactly memblame's LinearTrendCost.
Run only inside the bench virtual environment (.venv-bench); the tool never uses Python.
"""
import json
import sys
import time

import numpy as np
import ruptures as rpt


def main():
    path, pen, min_size, jump = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    data = np.loadtxt(path, delimiter=",")
    x, y = data[:, 0], data[:, 1]
    signal = np.column_stack([y, x, np.ones_like(x)])
    start = time.perf_counter()
    breakpoints = rpt.Pelt(model="linear", min_size=min_size, jump=jump).fit(signal).predict(pen=pen)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "breakpoints": breakpoints}))


if __name__ == "__main__":
    main()
