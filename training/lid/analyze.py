"""Error analysis of a checkpoint on the calibration split (never the test split) and label-noise statistics.

  /usr/bin/python3 training/lid/analyze.py --data ../shared/data --ckpt training/.work/lid/ckpt.pt
"""

import argparse
import json
import os
import sys
from collections import Counter, defaultdict

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import eval_rows, load_tatoeba, split_tatoeba  # noqa: E402
import featurize  # noqa: E402
from featurize import Cache, words  # noqa: E402
from model import LidNet, logits_of  # noqa: E402


def fit_bias_cv(logits, y, lam, steps=300):
    b = torch.zeros(logits.shape[1], requires_grad=True)
    opt = torch.optim.Adam([b], lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(logits + b, y) + lam * (b ** 2).sum()
        loss.backward()
        opt.step()
    return b.detach()


def bias_cv(lg, y, rows):
    """Accuracy per kind with a per-label logit bias fitted on the other half of the calibration sentences
    (each sentence's pair and word stay in its fold)."""
    fold, s = [], -1
    for r in rows:
        if r[2] == 'sentence':
            s += 1
        fold.append(s % 2)
    fold = torch.tensor(fold)
    res = {}
    for lam in (0.0, 0.001, 0.01):
        adj = lg.clone()
        for f in (0, 1):
            b = fit_bias_cv(lg[fold != f], y[fold != f], lam)
            adj[fold == f] = lg[fold == f] + b
        pred = adj.argmax(1)
        res[f'lambda={lam}'] = {k: round(float((pred == y)[torch.tensor([r[2] == k for r in rows])].float().mean()), 4)
                                for k in ('sentence', 'pair', 'word')}
    pred = lg.argmax(1)
    res['none'] = {k: round(float((pred == y)[torch.tensor([r[2] == k for r in rows])].float().mean()), 4)
                   for k in ('sentence', 'pair', 'word')}
    return res


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--data', required=True)
    p.add_argument('--ckpt', required=True)
    p.add_argument('--seed', type=int, default=1234)
    p.add_argument('--out', default=None)
    a = p.parse_args()
    torch.set_num_threads(1)
    by = load_tatoeba(a.data)
    # label noise: the same cleaned text under several labels in the whole Tatoeba file
    labs = defaultdict(set)
    for lang, ts in by.items():
        for t in ts:
            labs[' '.join(words(t))].add(lang)
    multi = Counter()
    for k, ls in labs.items():
        if len(ls) > 1:
            multi['/'.join(sorted(ls))] += 1
    n_multi = sum(multi.values())
    print(f'[noise] {n_multi} of {len(labs)} distinct cleaned texts occur under >1 label; top:',
          dict(multi.most_common(20)))
    split = split_tatoeba(by, a.seed)
    labels = sorted(split['train'])
    st = torch.load(a.ckpt)
    b, d, h = st['args'][:3]
    wr, wb = (st['args'] + [1, 0])[3:5]
    featurize.set_buckets(b, wr, wb)
    whb, whd, whp = (st['args'][5:8] if len(st['args']) > 5 else [0, 0, 'sum'])
    featurize.set_word_head(whb)
    model = LidNet(b, d, h, len(labels), whb, whd, whp)
    model.load_state_dict(st['model'], strict=False)
    model.eval()
    cal_rows = eval_rows(split['cal'], a.seed + 1, 'tatoeba')
    cache = Cache()
    lg = logits_of(model, [cache.ids(words(t)) for t, _, _, _ in cal_rows],
                   wid_arrays=[cache.wids(words(t)) for t, _, _, _ in cal_rows] if whb else None)
    pred = lg.argmax(1).tolist()
    idx = {l: i for i, l in enumerate(labels)}
    loss = defaultdict(Counter)
    conf = defaultdict(Counter)
    n = Counter()
    # cal rows whose cleaned text is also held-out (cal) text of another label
    cal_labs = defaultdict(set)
    for lang, ts in split['cal'].items():
        for t in ts:
            cal_labs[' '.join(words(t))].add(lang)
    amb = Counter()
    for r, p_ in zip(cal_rows, pred):
        n[r[2]] += 1
        if p_ != idx[r[1]]:
            loss[r[2]][r[1]] += 1
            conf[r[2]][f'{r[1]}->{labels[p_]}'] += 1
            if r[2] == 'sentence' and len(cal_labs[' '.join(words(r[0]))]) > 1:
                amb['sentence'] += 1
    out = {'noise_multilabel_texts': n_multi, 'noise_top': dict(multi.most_common(30))}
    for k in ('sentence', 'pair', 'word'):
        e = sum(loss[k].values())
        print(f'[cal {k}] acc {1 - e / n[k]:.4f} errors {e}/{n[k]}; labels losing most:', dict(loss[k].most_common(15)))
        print(f'[cal {k}] confusions:', dict(conf[k].most_common(20)))
        out[k] = {'acc': 1 - e / n[k], 'errors': e, 'n': n[k], 'loss': dict(loss[k].most_common(25)),
                  'confusions': dict(conf[k].most_common(25))}
    print('[cal] sentence errors whose text is also calibration text of another label:', amb['sentence'])
    out['ambiguous_sentence_errors'] = amb['sentence']
    out['bias_cv'] = bias_cv(lg, torch.tensor([idx[r[1]] for r in cal_rows]), cal_rows)
    print('[cal] per-label logit bias, 2-fold cross-fitted on calibration:', out['bias_cv'])
    if a.out:
        json.dump(out, open(a.out, 'w'), indent=1)


if __name__ == '__main__':
    main()
