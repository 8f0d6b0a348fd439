"""Does adding romanized copies of Devanagari training text help on romanized (chat) Hindi? Measured, not shipped.

The only Hindi toxicity data (HASOC 2019, TRAC-1) is licence tier B, so the bundled model cannot train on it; this
experiment trains a hashed-n-gram logistic model (the bundled featurizer, one weight per bucket, mean-pooled) on the
HASOC Devanagari rows of the `train` part (extra_split), (a) as they are and (b) plus their transliterations
(translit.py), and scores romanized Hindi it never saw: every TRAC-1 row in Latin script and the HASOC Latin/mixed
rows of the `test` part. The bundled model's score on the same rows is the reference. Labels: HASOC = hate, offensive
or profane; TRAC-1 = aggressive (broader, noisy).

/usr/bin/python3 training/toxicity/translit_experiment.py --data ../shared/data
"""

import argparse
import json
import os
import sys

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from categories import base_features, base_weights  # noqa: E402
from data import extra_split  # noqa: E402
from features import featurize  # noqa: E402
from model import auc, pad  # noqa: E402
from translit import has_devanagari, transliterate  # noqa: E402


def read(root, name):
    with open(os.path.join(root, 'toxicity', 'extra', name), encoding='utf-8') as f:
        return [json.loads(line) for line in f]


def fit(feats, y, seed=13, epochs=12):
    """Logistic regression on the mean of one learned weight per hashed feature; returns a scoring function."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    w = nn.Parameter(torch.zeros(1 << 16))
    bias = nn.Parameter(torch.zeros(1))
    opt = torch.optim.Adam([w, bias], lr=0.02)
    yt = torch.tensor(y, dtype=torch.float32)

    def logits(fs):
        ids, mask = pad(fs)
        return (w[ids] * mask).sum(1) / mask.sum(1) + bias

    for _ in range(epochs):
        order = rng.permutation(len(feats))
        for c in range(0, len(order), 64):
            b = order[c : c + 64]
            loss = nn.functional.binary_cross_entropy_with_logits(logits([feats[i] for i in b]), yt[b])
            opt.zero_grad()
            loss.backward()
            opt.step()
    return lambda fs: logits(fs).detach().numpy()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--out', default=None, help='write the figures as JSON here')
    args = ap.parse_args()
    torch.set_num_threads(1)
    hasoc, trac = read(args.data, 'hasoc2019_hi.jsonl'), read(args.data, 'trac1_hi.jsonl')
    train = [r for r in hasoc if extra_split(r) == 'train' and r['script'] == 'deva']
    evals = {
        'trac1_hi latn (all)': [r for r in trac if r['script'] == 'latn'],
        'hasoc2019_hi latn+mixed (test part)': [r for r in hasoc if extra_split(r) == 'test' and r['script'] != 'deva'],
        'hasoc2019_hi deva (test part)': [r for r in hasoc if extra_split(r) == 'test' and r['script'] == 'deva'],
    }
    base = base_weights()
    res = {'train_rows': len(train), 'eval': {}}
    conds = {
        'devanagari only': [(r['text'], r['label']) for r in train],
        'devanagari + romanized copies': [(r['text'], r['label']) for r in train]
        + [(transliterate(r['text']), r['label']) for r in train if has_devanagari(r['text'])],
    }
    models = {k: fit([featurize(t) for t, _ in v], [y for _, y in v]) for k, v in conds.items()}
    for name, rows in evals.items():
        fs = [featurize(r['text']) for r in rows]
        y = [r['label'] for r in rows]
        out = {'n': len(rows), 'pos': int(sum(y)), 'bundled model': auc(y, base_features(fs, base)[2])}
        for k, m in models.items():
            out[k] = auc(y, m(fs))
        res['eval'][name] = out
        print(name, json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}))
    print('example:', train[0]['text'][:80], '->', transliterate(train[0]['text'])[:80])
    if args.out:
        with open(args.out, 'w') as f:
            json.dump(res, f, indent=1)


if __name__ == '__main__':
    main()
