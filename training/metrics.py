"""Metrics shared by the training scripts (numpy only, no torch): importable from any training/ subfolder."""

import numpy as np


def auc(y, s):
    """ROC-AUC by the rank-sum (Mann-Whitney) formula, ties given their mean rank; NaN when one class is missing."""
    y, s = np.asarray(y), np.asarray(s, dtype=np.float64)
    pos, neg = (y == 1).sum(), (y == 0).sum()
    if pos == 0 or neg == 0:
        return float('nan')
    order = np.argsort(s, kind='mergesort')
    sorted_s = s[order]
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))
