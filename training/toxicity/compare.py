"""Before/after comparison of two toxicity models on the same held-out rows (issue 13, item 3).

  /usr/bin/python3 training/calibration/rows.py --data ../shared/data --out training/.work/cal --only toxicity
  node_modules/.bin/node training/calibration/predict.mjs training/.work/cal toxicity     # -> toxicity.scores.json
  EDGE_AI_MODELS_DIR=CANDIDATE_MODELS node_modules/.bin/node training/calibration/predict.mjs DIR toxicity
  /usr/bin/python3 training/toxicity/compare.py --rows training/.work/cal/toxicity.jsonl \
      --before BEFORE/toxicity.scores.json --after AFTER/toxicity.scores.json \
      --thr-before 0.4208 --thr-after T --out training/.work/toxx/compare

Only `eval` rows: test splits of the bundled training sources, DE-LIMIT sources never trained on, the `test` part of
toxicity/extra, and the behavioural contrast set. AUC and F1 (each model at its own stored threshold) per kind, source
and language; per functional category (behavioural set: negation, counter-speech, reported abuse, non-abusive profanity;
HatemojiBuild categories and original/perturbation sets; ToLD-Br and MLMA categories): share of rows decided right.
"""

import argparse
import json
import math
import os
import sys
from collections import defaultdict

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'calibration'))
from calibrate import auc  # noqa: E402


def f1(y, p, t):
    d = p >= t
    tp = (d & (y == 1)).sum()
    return 2 * tp / max(1, d.sum() + (y == 1).sum())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rows', required=True)
    ap.add_argument('--before', required=True)
    ap.add_argument('--after', required=True)
    ap.add_argument('--thr-before', type=float, required=True)
    ap.add_argument('--thr-after', type=float, required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.rows, encoding='utf-8') if l.strip()]
    sb = np.array(json.load(open(a.before)), float)
    sa = np.array(json.load(open(a.after)), float)
    y = np.array([r['label'] for r in rows])
    ev = np.array([r['role'] == 'eval' for r in rows])
    groups = defaultdict(list)
    for i, r in enumerate(rows):
        if not ev[i]:
            continue
        if r['kind'] != 'behavioural':
            groups['pooled (all but behavioural)'].append(i)
        groups[f"kind: {r['kind']}"].append(i)
        groups[f"lang: {r['lang']}"].append(i)
        groups[f"source: {r['source']}"].append(i)
    out = {'groups': {}, 'functional': {}}
    md = ['| group | n | toxic | AUC before | AUC after | F1 before | F1 after |', '|---|---|---|---|---|---|---|']
    order = sorted(groups, key=lambda g: (not g.startswith('pooled'), g.split(':')[0], g))
    for g in order:
        ix = np.array(groups[g])
        ab, aa = auc(y[ix], sb[ix]), auc(y[ix], sa[ix])
        fb, fa = f1(y[ix], sb[ix], a.thr_before), f1(y[ix], sa[ix], a.thr_after)
        out['groups'][g] = {'n': len(ix), 'pos': int(y[ix].sum()), 'auc_before': ab, 'auc_after': aa, 'f1_before': fb,
                            'f1_after': fa}
        fmt = lambda v: '—' if v is None or (isinstance(v, float) and math.isnan(v)) else f'{v:.3f}'
        md.append(f'| {g} | {len(ix):,} | {int(y[ix].sum()):,} | {fmt(ab)} | {fmt(aa)} | {fmt(fb)} | {fmt(fa)} |')
    fun = defaultdict(list)
    for i, r in enumerate(rows):
        if not ev[i]:
            continue
        for c in (r.get('category') or '').split('|'):
            if c:
                fun[f"{r['source']}: {c} (label {r['label']})"].append(i)
        if r.get('set'):
            fun[f"{r['source']}: set {r['set']} (label {r['label']})"].append(i)
    md += ['', '| functional category | n | decided right, before | after |', '|---|---|---|---|']
    for g in sorted(fun):
        ix = np.array(fun[g])
        cb = float(((sb[ix] >= a.thr_before) == (y[ix] == 1)).mean())
        ca = float(((sa[ix] >= a.thr_after) == (y[ix] == 1)).mean())
        out['functional'][g] = {'n': len(ix), 'before': cb, 'after': ca}
        md.append(f'| {g} | {len(ix):,} | {100 * cb:.1f}% | {100 * ca:.1f}% |')
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    json.dump(out, open(a.out + '.json', 'w'), indent=1, ensure_ascii=False)
    open(a.out + '.md', 'w').write('\n'.join(md) + '\n')
    print('\n'.join(md))


if __name__ == '__main__':
    main()
