"""Category heads (profanity, insult, identity_attack, threat) on top of the bundled toxicity model.

The bundled model stays frozen: its pooled features (mean ‖ max of the embedding, 48) and hidden layer (64) are read
from models/toxicity/model.onnx and computed here exactly as the graph does. A head sees them, optionally plus a small
new embedding bag over the same hashed ids (ids mod `buckets`, so the featurizer is unchanged), and predicts the four
categories with a masked loss (a source only teaches the categories it annotates; category_data.py). Variants are
compared on the validation splits; the chosen one is calibrated (Platt per category on validation) and appended to the
graph by categories_export.py, leaving the binary `score` untouched.

/usr/bin/python3 training/toxicity/categories.py --data ../shared/data --work /tmp/tox-categories
"""

import argparse
import json
import os
import pickle
import random
import sys
import time

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import category_data as C  # noqa: E402
from data import drop_train_copies  # noqa: E402
from features import featurize, tokenize  # noqa: E402
from model import auc, best_threshold, f1_at, pad, platt, sigmoid  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL = os.path.normpath(os.path.join(HERE, '..', '..', 'packages', 'models', 'models', 'toxicity', 'model.onnx'))
K = len(C.CATEGORIES)
# name -> (new embedding dim, its buckets, hidden, epochs); dim 0 = head on the frozen features only
VARIANTS = {'frozen': (0, 0, 32, 20), 'bag8': (8, 1 << 14, 32, 10), 'bag16': (16, 1 << 14, 32, 10)}
T0 = time.time()


def log(msg):
    print(f'[{time.time() - T0:7.1f}s] {msg}', flush=True)


def base_weights(path=MODEL):
    w = {i.name: numpy_helper.to_array(i) for i in onnx.load(path).graph.initializer}
    emb = w['emb_q'].astype(np.float32) * w['emb_scale'].astype(np.float32)[:, None]
    return emb, w['w1'], w['b1'], w['w2'], w['b2']


def base_features(feats, base):
    """(h0 = mean ‖ max pooled embedding, h1 = relu hidden layer, logit) of the bundled graph, per row."""
    emb, w1, b1, w2, b2 = base
    h0 = np.zeros((len(feats), 2 * emb.shape[1]), dtype=np.float32)
    for i, ids in enumerate(feats):
        e = emb[np.asarray(ids)]
        h0[i] = np.concatenate([e.mean(0), e.max(0)])
    h1 = np.maximum(h0 @ w1 + b1, 0)
    return h0, h1, (h1 @ w2 + b2)[:, 0]


def prepare(root, work):
    path = os.path.join(work, 'prepared.pkl')
    if os.path.exists(path):
        with open(path, 'rb') as f:
            return pickle.load(f)
    rows = C.load_train_sources(root)
    keys = [' '.join(tokenize(r[0])) for r in rows]
    behav = C.load_behavioural()
    held = {k for k, r in zip(keys, rows) if r[4] != 'train'} | {' '.join(tokenize(r[0])) for r in behav}
    keep = drop_train_copies(rows, keys, held)
    train_keys = {k for k, r in zip(keys, rows) if r[4] == 'train'}
    ext = [r for r in C.load_eval_only(root) if ' '.join(tokenize(r[0])) not in train_keys]
    log(f'rows {len(rows)} -> {len(keep)} after dedup; eval-only {len(ext)}; behavioural {len(behav)}')
    base = base_weights()
    out = {'rows': keep, 'ext': ext, 'behav': behav}
    for name in ('rows', 'ext', 'behav'):
        f = [featurize(r[0]) for r in out[name]]
        out[name + '_feats'] = f
        out[name + '_base'] = base_features(f, base)
        log(f'featurized {name}: {len(f)}')
    with open(path, 'wb') as fh:
        pickle.dump(out, fh)
    return out


def label_arrays(rows):
    y = np.zeros((len(rows), K), dtype=np.float32)
    m = np.zeros((len(rows), K), dtype=np.float32)
    for i, r in enumerate(rows):
        for k, c in enumerate(C.CATEGORIES):
            if r[1][c] is not None:
                y[i, k] = r[1][c]
                m[i, k] = 1
    return y, m


class Head(nn.Module):
    def __init__(self, dim, buckets, hidden):
        super().__init__()
        self.dim, self.buckets = dim, buckets
        if dim:
            self.emb = nn.Embedding(buckets, dim, sparse=True)
            nn.init.normal_(self.emb.weight, 0, 0.1)
        self.fc1 = nn.Linear(112 + 2 * dim, hidden)
        self.fc2 = nn.Linear(hidden, K)

    def forward(self, h0, h1, ids=None, mask=None):
        x = [h0, h1]
        if self.dim:
            e = self.emb(ids % self.buckets)
            mk = mask.unsqueeze(-1)
            x.append((e * mk).sum(1) / mask.sum(1, keepdim=True).clamp(min=1))
            x.append((e + (mk - 1) * 1e4).max(1).values)
        return self.fc2(torch.relu(self.fc1(torch.cat(x, 1))))


def predict(head, feats, h0, h1, bs=512):
    head.eval()
    out = np.zeros((len(feats), K), dtype=np.float32)
    idx = sorted(range(len(feats)), key=lambda i: len(feats[i]))
    with torch.no_grad():
        for c in range(0, len(idx), bs):
            b = idx[c : c + bs]
            ids, mask = pad([feats[i] for i in b]) if head.dim else (None, None)
            out[b] = head(torch.from_numpy(h0[b]), torch.from_numpy(h1[b]), ids, mask).numpy()
    head.train()
    return out


def per_category_auc(y, m, logits, srcs):
    """Per category: the mean over sources of the within-source AUC (sources with >= 5 positives and 5 negatives of that
    category), so that telling sources apart (some annotate only clean text) earns nothing."""
    out = {}
    for k, c in enumerate(C.CATEGORIES):
        per = []
        for s in sorted(set(srcs)):
            sel = (m[:, k] > 0) & (srcs == s)
            pos = y[sel, k].sum()
            if pos >= 5 and sel.sum() - pos >= 5:
                per.append(auc(y[sel, k], logits[sel, k]))
        out[c] = float(np.mean(per)) if per else float('nan')
    return out


def row_weights(rows, idx):
    """Each source weighs ~size^0.5 in total (as the binary model's training)."""
    by = {}
    for i in idx:
        by.setdefault(rows[i][2], []).append(i)
    w = np.zeros(len(rows), dtype=np.float32)
    for v in by.values():
        w[v] = len(v) ** 0.5 / len(v)
    return w / w[idx].mean()


def train_variant(name, P, work, seed=13, bs=128):
    dim, buckets, hidden, epochs = VARIANTS[name]
    torch.manual_seed(seed)
    random.seed(seed)
    rng = np.random.default_rng(seed)
    rows, feats = P['rows'], P['rows_feats']
    h0, h1, _ = P['rows_base']
    y, m = label_arrays(rows)
    tr = [i for i, r in enumerate(rows) if r[4] == 'train' and m[i].any()]
    va = [i for i, r in enumerate(rows) if r[4] == 'val' and m[i].any()]
    w = row_weights(rows, tr)
    head = Head(dim, buckets, hidden)
    dense = [p for n, p in head.named_parameters() if n != 'emb.weight']
    opt = torch.optim.Adam(dense, lr=2e-3, weight_decay=1e-5)
    opt_s = torch.optim.SparseAdam([head.emb.weight], lr=3e-3) if dim else None
    ck = os.path.join(work, f'{name}.pt')
    st = {'epoch': 0, 'best': -1.0, 'best_state': None, 'history': []}
    if os.path.exists(ck):
        st = torch.load(ck)
        head.load_state_dict(st['model'])
        opt.load_state_dict(st['opt'])
        if opt_s:
            opt_s.load_state_dict(st['opt_s'])
        log(f'[{name}] resumed after epoch {st["epoch"]}')
    T = lambda a: torch.from_numpy(np.ascontiguousarray(a))  # noqa: E731
    vf = [feats[i] for i in va]
    for ep in range(st['epoch'], epochs):
        random.seed(seed + ep)
        order = sorted(tr, key=lambda i: len(feats[i])) if dim else list(tr)
        bl = [order[i : i + bs] for i in range(0, len(order), bs)]
        random.shuffle(bl)
        tot = 0.0
        for b in bl:
            ids, mask = pad([feats[i] for i in b], drop=0.15, rng=rng) if dim else (None, None)
            logit = head(T(h0[b]), T(h1[b]), ids, mask)
            lm = T(m[b]) * T(w[b])[:, None]
            loss = (nn.functional.binary_cross_entropy_with_logits(logit, T(y[b]), reduction='none') * lm).sum() / lm.sum()
            opt.zero_grad()
            if opt_s:
                opt_s.zero_grad()
            loss.backward()
            opt.step()
            if opt_s:
                opt_s.step()
            tot += loss.item()
        vl = predict(head, vf, h0[va], h1[va])
        aucs = per_category_auc(y[va], m[va], vl, np.array([rows[i][2] for i in va]))
        score = float(np.mean(list(aucs.values())))
        st['history'].append({'epoch': ep + 1, 'loss': tot / len(bl), 'val': aucs})
        log(f'[{name}] epoch {ep + 1} loss {tot / len(bl):.4f} val mean within-source AUC {score:.4f} ' + json.dumps({k: round(v, 4) for k, v in aucs.items()}))
        if score > st['best']:
            st['best'] = score
            st['best_state'] = {k: v.clone() for k, v in head.state_dict().items()}
        st.update(epoch=ep + 1, model=head.state_dict(), opt=opt.state_dict(), opt_s=opt_s.state_dict() if opt_s else None)
        torch.save(st, ck + '.tmp')
        os.replace(ck + '.tmp', ck)
    head.load_state_dict(st['best_state'])
    return head, st


def calibrate(head, P):
    rows, feats = P['rows'], P['rows_feats']
    h0, h1, _ = P['rows_base']
    y, m = label_arrays(rows)
    va = [i for i, r in enumerate(rows) if r[4] == 'val' and m[i].any()]
    vl = predict(head, [feats[i] for i in va], h0[va], h1[va])
    cal = {}
    for k, c in enumerate(C.CATEGORIES):
        sel = m[va, k] > 0
        a, b = platt(vl[sel, k], y[va][sel, k])
        p = sigmoid(a * vl[sel, k] + b)
        thr = best_threshold(y[va][sel, k], p)
        cal[c] = {'a': a, 'b': b, 'threshold': thr, 'val_auc': auc(y[va][sel, k], p), 'val_f1': f1_at(y[va][sel, k], p, thr),
                  'val_n': int(sel.sum()), 'val_pos': int(y[va][sel, k].sum())}
        log(f'calibrated {c}: ' + json.dumps({kk: round(v, 4) if isinstance(v, float) else v for kk, v in cal[c].items()}))
    return cal


def probs(head, cal, feats, base):
    lg = predict(head, feats, base[0], base[1])
    return np.stack([sigmoid(cal[c]['a'] * lg[:, k] + cal[c]['b']) for k, c in enumerate(C.CATEGORIES)], 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--work', required=True)
    ap.add_argument('--variants', default='frozen,bag8')
    ap.add_argument('--seed', type=int, default=13)
    args = ap.parse_args()
    torch.set_num_threads(1)
    os.makedirs(args.work, exist_ok=True)
    P = prepare(args.data, args.work)
    results = {}
    for name in args.variants.split(','):
        head, st = train_variant(name, P, args.work, seed=args.seed)
        results[name] = {'best_val_mean_auc': st['best'], 'history': st['history']}
        cal = calibrate(head, P)
        torch.save({'variant': name, 'state': head.state_dict(), 'cal': cal, 'config': VARIANTS[name]},
                   os.path.join(args.work, f'{name}-final.pt'))
    with open(os.path.join(args.work, 'selection.json'), 'w') as f:
        json.dump(results, f, indent=1)
    log('done ' + json.dumps({k: round(v['best_val_mean_auc'], 4) for k, v in results.items()}))


if __name__ == '__main__':
    main()
