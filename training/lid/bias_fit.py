"""Per-label logit bias for a language-ID model, fitted on validation rows only (issue 13, item 2).

  /usr/bin/python3 training/lid/bias_fit.py --fit ROWS_DIR[,ROWS_DIR...] --eval ROWS_DIR --probs-subdir after \
      --lambda 0.001 --model CANDIDATE/lid --out CANDIDATE_BIASED/lid

Each ROWS_DIR holds lid.jsonl (rows with `role`) and, in --probs-subdir (or the dir itself), lid.probs.f32 and
lid.labels.json from predict.mjs. The bias b maximises the mean log-likelihood of softmax(log p + b) on the `fit` rows
(L2 penalty --lambda); it is folded into the ONNX output bias (b2 += T * b) of a copy of --model. Accuracy per source and
length on the `eval` rows is printed before and after.
"""

import argparse
import json
import os
import shutil

import numpy as np
import onnx
from onnx import numpy_helper


def load(d, sub):
    rows = [json.loads(l) for l in open(os.path.join(d, 'lid.jsonl'), encoding='utf-8') if l.strip()]
    pd = os.path.join(d, sub) if sub and os.path.isdir(os.path.join(d, sub)) else d
    labels = json.load(open(os.path.join(pd, 'lid.labels.json')))
    P = np.fromfile(os.path.join(pd, 'lid.probs.f32'), dtype=np.float32).reshape(len(rows), len(labels))
    return rows, labels, P


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--fit', required=True)
    ap.add_argument('--eval', required=True)
    ap.add_argument('--probs-subdir', default='after')
    ap.add_argument('--lambda', dest='lam', type=float, default=0.001)
    ap.add_argument('--model', required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    X, Y, labels = [], [], None
    for d in a.fit.split(','):
        rows, labels_d, P = load(d, a.probs_subdir)
        labels = labels or labels_d
        assert labels == labels_d
        idx = {l: i for i, l in enumerate(labels)}
        m = [i for i, r in enumerate(rows) if r['role'] == 'fit' and r['lang3'] in idx and P[i].sum() > 0]
        X.append(np.log(np.maximum(P[m].astype(np.float64), 1e-30)))
        Y.append(np.array([idx[rows[i]['lang3']] for i in m]))
    X, Y = np.concatenate(X), np.concatenate(Y)
    C = len(labels)
    b = np.zeros(C)
    onehot = np.eye(C)[Y]
    for it in range(300):  # Adam on the mean NLL
        z = X + b
        z -= z.max(1, keepdims=True)
        q = np.exp(z)
        q /= q.sum(1, keepdims=True)
        g = (q - onehot).mean(0) + 2 * a.lam * b
        if it == 0:
            m1, m2 = np.zeros(C), np.zeros(C)
        m1 = 0.9 * m1 + 0.1 * g
        m2 = 0.999 * m2 + 0.001 * g * g
        b -= 0.05 * (m1 / (1 - 0.9 ** (it + 1))) / (np.sqrt(m2 / (1 - 0.999 ** (it + 1))) + 1e-8)
    print(f'fit rows {len(Y)}; bias min {b.min():.3f} max {b.max():.3f}; largest: '
          + ', '.join(f'{labels[i]} {b[i]:+.2f}' for i in np.argsort(-np.abs(b))[:12]))
    rows, _, P = load(a.eval, a.probs_subdir)
    idx = {l: i for i, l in enumerate(labels)}
    gold = np.array([idx.get(r['lang3'], -1) for r in rows])
    has = P.sum(1) > 0
    before = np.where(has, P.argmax(1), -2)
    after = np.where(has, (np.log(np.maximum(P.astype(np.float64), 1e-30)) + b).argmax(1), -2)
    for s in sorted({r['source'] for r in rows if r['role'] == 'eval'}):
        cells = []
        for k in ('sentence', 'pair', 'word'):
            m = np.array([r['role'] == 'eval' and r['source'] == s and r['kind'] == k for r in rows])
            cells.append(f'{k} {100 * (before[m] == gold[m]).mean():.1f} -> {100 * (after[m] == gold[m]).mean():.1f}')
        print(f'{s}: ' + ', '.join(cells))
    os.makedirs(a.out, exist_ok=True)
    meta = json.load(open(os.path.join(a.model, 'model.json')))
    model = onnx.load(os.path.join(a.model, 'model.onnx'))
    for t in model.graph.initializer:
        if t.name == 'b2':
            t.CopyFrom(numpy_helper.from_array((numpy_helper.to_array(t) + meta['temperature'] * b).astype(np.float32), 'b2'))
    onnx.save(model, os.path.join(a.out, 'model.onnx'))
    meta['logit_bias'] = {'lambda': a.lam, 'fitted_on': a.fit, 'by_label': {l: round(float(v), 4) for l, v in zip(labels, b)}}
    json.dump(meta, open(os.path.join(a.out, 'model.json'), 'w'), indent=1, ensure_ascii=False)
    print(f'wrote {a.out}')


if __name__ == '__main__':
    main()
