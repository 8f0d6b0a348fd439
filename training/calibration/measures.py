"""Reliability measures of calibrate.py: expected calibration error, reliability bins, selective accuracy, and the
one-parameter fits (a golden-section search for a temperature, Platt scaling by Newton's method)."""

import math

import numpy as np

BINS = 15
REL_EDGES = [0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001]


def ece(conf, correct):
    conf, correct = np.asarray(conf, float), np.asarray(correct, float)
    if len(conf) == 0:
        return float('nan')
    b = np.minimum((conf * BINS).astype(int), BINS - 1)
    tot = 0.0
    for k in range(BINS):
        m = b == k
        if m.any():
            tot += m.sum() * abs(conf[m].mean() - correct[m].mean())
    return float(tot / len(conf))


def reliability(conf, correct):
    conf, correct = np.asarray(conf, float), np.asarray(correct, float)
    out = []
    for lo, hi in zip(REL_EDGES[:-1], REL_EDGES[1:]):
        m = (conf >= lo) & (conf < hi)
        if m.any():
            out.append({'bin': f'{lo:.2f}-{min(hi, 1):.2f}', 'n': int(m.sum()), 'confidence': round(float(conf[m].mean()), 4),
                        'accuracy': round(float(correct[m].mean()), 4)})
    return out


def selective(conf, correct, coverage):
    """Accuracy of the `coverage` most confident rows, and the confidence at that cut."""
    conf, correct = np.asarray(conf, float), np.asarray(correct, float)
    if len(conf) == 0:
        return None, None
    order = np.argsort(-conf, kind='stable')
    k = max(1, int(round(coverage * len(conf))))
    return float(correct[order[:k]].mean()), float(conf[order[k - 1]])


def r4(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), 4)


def golden(f, lo, hi, it=60):
    g = (math.sqrt(5) - 1) / 2
    a, b = lo, hi
    c, d = b - g * (b - a), a + g * (b - a)
    fc, fd = f(c), f(d)
    for _ in range(it):
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - g * (b - a)
            fc = f(c)
        else:
            a, c, fc = c, d, fd
            d = a + g * (b - a)
            fd = f(d)
    return (a + b) / 2


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def logit(p):
    p = np.clip(np.asarray(p, float), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def fit_platt(x, y, iters=200):
    """a, b minimising the log loss of sigmoid(a x + b) (Newton)."""
    a, b = 1.0, 0.0
    for _ in range(iters):
        p = sigmoid(a * x + b)
        g = np.array([((p - y) * x).sum(), (p - y).sum()])
        w = p * (1 - p) + 1e-9
        H = np.array([[(w * x * x).sum(), (w * x).sum()], [(w * x).sum(), w.sum()]]) + 1e-6 * np.eye(2)
        step = np.linalg.solve(H, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-8:
            break
    return float(a), float(b)


def binary_ece(p, y):
    """ECE of the predicted positive probability against the label (15 bins)."""
    p, y = np.asarray(p, float), np.asarray(y, float)
    b = np.minimum((p * BINS).astype(int), BINS - 1)
    return float(sum((b == k).sum() * abs(p[b == k].mean() - y[b == k].mean()) for k in range(BINS) if (b == k).any())
                 / max(1, len(p)))


def binary_reliability(p, y):
    p, y = np.asarray(p, float), np.asarray(y, float)
    out = []
    for lo, hi in zip([0, .1, .2, .3, .4, .5, .6, .7, .8, .9], [.1, .2, .3, .4, .5, .6, .7, .8, .9, 1.0001]):
        m = (p >= lo) & (p < hi)
        if m.any():
            out.append({'bin': f'{lo:.1f}-{min(hi, 1):.1f}', 'n': int(m.sum()), 'score': round(float(p[m].mean()), 4),
                        'toxic_rate': round(float(y[m].mean()), 4)})
    return out
