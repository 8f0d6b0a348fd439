"""Trains the multilingual toxicity model, exports int8 ONNX, writes fixtures, metrics and the model card.

/usr/bin/python3 packages/models/training/toxicity/train.py --data ../shared/data --out packages/models/models/toxicity
Resumable: checkpoints and per-fold results live in packages/models/training/.work/toxicity/.
"""

import argparse
import json
import os
import pickle
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
import synth  # noqa: E402
from features import featurize, tokenize  # noqa: E402
from model import auc, best_threshold, ece, f1_at, platt, predict, sigmoid, train_run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_PKG = os.path.normpath(os.path.join(HERE, '..', '..'))
T0 = time.time()


def log(msg):
    print(f'[{time.time() - T0:7.1f}s] {msg}', flush=True)


def prepare(root, work):
    cache = os.path.join(work, 'prepared.pkl')
    if os.path.exists(cache):
        with open(cache, 'rb') as f:
            return pickle.load(f)
    train_rows, ext_rows = data.load_all(root)
    syn_train = [(t, y, 'synthetic', lang, 'train') for t, y, _, lang in synth.generate('train', 12, 1)]
    syn_eval = synth.generate('eval', 6, 2)
    rows = train_rows + syn_train
    log(f'featurizing {len(rows) + len(ext_rows)} texts')
    keys = [' '.join(tokenize(r[0])) for r in rows]
    held = {k for k, r in zip(keys, rows) if r[4] != 'train'}
    held |= {' '.join(tokenize(t)) for t, _, _, _ in syn_eval}
    seen, keep = set(), []
    for k, r in zip(keys, rows):
        if r[4] == 'train' and (k in held or k in seen):
            continue
        seen.add(k)
        keep.append(r)
    log(f'dedup: {len(rows)} -> {len(keep)} rows (train copies of held-out text removed)')
    train_keys = {k for k, r in zip(keys, rows) if r[4] == 'train'}
    ext = [r for r in ext_rows if r[4] == 'test' and ' '.join(tokenize(r[0])) not in train_keys]
    log(f'external (never trained) test rows: {len(ext)}')
    out = {
        'rows': keep,
        'feats': [featurize(r[0]) for r in keep],
        'ext': ext,
        'ext_feats': [featurize(r[0]) for r in ext],
        'syn_eval': syn_eval,
        'syn_feats': [featurize(r[0]) for r in syn_eval],
    }
    with open(cache, 'wb') as f:
        pickle.dump(out, f)
    return out


def weights_for(rows, sel):
    """Each source contributes ~sqrt(size); classes balanced within a source; synthetic ~6% of the total."""
    w = np.zeros(len(rows))
    by = {}
    for i in sel:
        by.setdefault(rows[i][2], []).append(i)
    total = sum(len(v) ** 0.5 for k, v in by.items() if k != 'synthetic')
    for src, idx in by.items():
        n = len(idx)
        pos = sum(rows[i][1] for i in idx)
        share = 0.06 * total if src == 'synthetic' else n**0.5
        for i in idx:
            cls = pos if rows[i][1] else n - pos
            bal = min(3.0, max(0.3, n / (2 * max(1, cls))))
            w[i] = share / n * bal
    return w[sel] / w[sel].mean()


def macro_auc(model, feats, rows, idx):
    logits = predict(model, [feats[i] for i in idx])
    per = {}
    for j, i in enumerate(idx):
        per.setdefault(rows[i][2], ([], []))
        per[rows[i][2]][0].append(rows[i][1])
        per[rows[i][2]][1].append(logits[j])
    return float(np.nanmean([auc(y, s) for y, s in per.values()])), logits


def run(name, P, sources, heldout, epochs, work):
    rows, feats = P['rows'], P['feats']
    tr = [i for i, r in enumerate(rows) if r[4] == 'train' and r[2] != heldout]
    va = [i for i, r in enumerate(rows) if r[4] == 'val' and r[2] != heldout]
    src_ix = {s: k for k, s in enumerate(sources)}
    model, hist = train_run(
        name, [feats[i] for i in tr], [rows[i][1] for i in tr], [src_ix[rows[i][2]] for i in tr],
        weights_for(rows, tr), len(sources), lambda m: macro_auc(m, feats, rows, va)[0], epochs, work, log,
    )
    _, vlog = macro_auc(model, feats, rows, va)
    yv = [rows[i][1] for i in va]
    a, b = platt(vlog, yv)
    pv = sigmoid(a * vlog + b)
    thr = best_threshold(yv, pv)
    log(f'[{name}] platt a={a:.3f} b={b:.3f} threshold={thr:.3f} val AUC={auc(yv, pv):.4f} F1={f1_at(yv, pv, thr):.4f}')
    return model, {'a': a, 'b': b, 'threshold': thr, 'history': hist, 'val_ece': ece(yv, pv)}


def score_groups(rows, probs, thr, key):
    groups = {}
    for r, p in zip(rows, probs):
        g = groups.setdefault(key(r), ([], []))
        g[0].append(r[1])
        g[1].append(p)
    return {
        k: {'n': len(y), 'pos': int(sum(y)), 'auc': auc(y, p), 'f1': f1_at(y, p, thr)} for k, (y, p) in sorted(groups.items())
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--work', default=os.path.join(REPO_PKG, 'training', '.work', 'toxicity'))
    ap.add_argument('--epochs', type=int, default=4)
    ap.add_argument('--loso-epochs', type=int, default=3)
    ap.add_argument('--skip-loso', action='store_true')
    args = ap.parse_args()
    torch.set_num_threads(1)
    os.makedirs(args.work, exist_ok=True)
    os.makedirs(args.out, exist_ok=True)
    P = prepare(args.data, args.work)
    rows = P['rows']
    sources = sorted({r[2] for r in rows})
    log(f'sources: {sources}')

    model, cal = run('main', P, sources, None, args.epochs, args.work)
    import evaluate  # noqa: E402  (ONNX export, fixtures, card)

    metrics = evaluate.evaluate_main(model, cal, P, args, log)
    evaluate.export_all(model, cal, P, metrics, args, log)
    if not args.skip_loso:
        loso = {}
        for s in [x for x in sources if x != 'synthetic']:
            fp = os.path.join(args.work, f'loso-{s}.json')
            if not os.path.exists(fp):
                m, c = run(f'loso-{s}', P, sources, s, args.loso_epochs, args.work)
                te = [i for i, r in enumerate(rows) if r[2] == s and r[4] == 'test']
                lg = predict(m, [P['feats'][i] for i in te])
                pr = sigmoid(c['a'] * lg + c['b'])
                y = [rows[i][1] for i in te]
                res = {'n': len(y), 'pos': int(sum(y)), 'auc': auc(y, pr), 'f1': f1_at(y, pr, c['threshold'])}
                res['f1_oracle'] = f1_at(y, pr, best_threshold(y, pr))
                with open(fp, 'w') as f:
                    json.dump(res, f)
                log(f'LOSO {s}: {res}')
            with open(fp) as f:
                loso[s] = json.load(f)
        metrics['loso'] = loso
        evaluate.write_card(metrics, args, log)
    log('done')


if __name__ == '__main__':
    main()
