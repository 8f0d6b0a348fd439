"""Hashed n-gram bag model (mean + max pooling, small MLP) with per-source bias, training loop and metrics."""

import math
import os
import random
import sys

import numpy as np
import torch
from torch import nn

from features import BUCKETS

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from metrics import auc  # noqa: E402,F401 (re-exported: train.py, select.py, evaluate.py import it from here)

CONFIG = {'drop': 0.15, 'lr_emb': 3e-3, 'lr': 2e-3, 'pool': 'meanmax', 'dim': 24, 'hidden': 64}


class BagModel(nn.Module):
    def __init__(self, n_sources: int):
        super().__init__()
        dim, hidden = CONFIG['dim'], CONFIG['hidden']
        self.emb = nn.Embedding(BUCKETS, dim, padding_idx=0, sparse=True)
        nn.init.normal_(self.emb.weight, 0, 0.1)
        with torch.no_grad():
            self.emb.weight[0].zero_()
        self.fc1 = nn.Linear(2 * dim, hidden)
        self.pool = CONFIG['pool']
        self.fc2 = nn.Linear(hidden, 1)
        self.src_bias = nn.Embedding(n_sources, 1)
        nn.init.zeros_(self.src_bias.weight)

    def pooled(self, ids, mask, emb=None):
        e = self.emb(ids) if emb is None else emb[ids]
        m = mask.unsqueeze(-1)
        mean = (e * m).sum(1) / mask.sum(1, keepdim=True).clamp(min=1)
        mx = (e + (m - 1) * 1e4).max(1).values
        if self.pool == 'mean':
            mx = torch.zeros_like(mx)
        return torch.cat([mean, mx], 1)

    def forward(self, ids, mask, src=None, emb=None):
        logit = self.fc2(torch.relu(self.fc1(self.pooled(ids, mask, emb)))).squeeze(1)
        if src is not None:
            logit = logit + self.src_bias(src).squeeze(1)
        return logit


def pad(batch_ids, drop=0.0, rng=None):
    L = max(len(x) for x in batch_ids)
    ids = np.zeros((len(batch_ids), L), dtype=np.int64)
    for i, x in enumerate(batch_ids):
        ids[i, : len(x)] = x
    if drop > 0:
        keep = rng.random(ids.shape) >= drop
        keep[:, 0] = True
        ids = ids * keep
    ids_t = torch.from_numpy(ids)
    return ids_t, (ids_t > 0).float()


def batches(order, lengths, bs):
    """Length-bucketed batches: chunks of 50 batches sorted by length, then shuffled."""
    out = []
    chunk = bs * 50
    for c in range(0, len(order), chunk):
        part = sorted(order[c : c + chunk], key=lambda i: lengths[i])
        out += [part[i : i + bs] for i in range(0, len(part), bs)]
    random.shuffle(out)
    return out


def predict(model, feats, bs=512, emb=None):
    model.eval()
    res = []
    idx = sorted(range(len(feats)), key=lambda i: len(feats[i]))
    out = np.zeros(len(feats), dtype=np.float32)
    with torch.no_grad():
        for c in range(0, len(idx), bs):
            b = idx[c : c + bs]
            ids, mask = pad([feats[i] for i in b])
            out[b] = model(ids, mask, emb=emb).numpy()
    model.train()
    return out


def train_run(name, feats, labels, srcs, weights, n_sources, val_fn, epochs, work, log, seed=13, bs=128):
    """Trains with resumable per-epoch checkpoints; keeps the epoch with the best val_fn(model) score."""
    torch.manual_seed(seed)
    random.seed(seed)
    rng = np.random.default_rng(seed)
    model = BagModel(n_sources)
    dense = [p for n, p in model.named_parameters() if n != 'emb.weight']
    opt_s = torch.optim.SparseAdam([model.emb.weight], lr=CONFIG['lr_emb'])
    opt_d = torch.optim.Adam(dense, lr=CONFIG['lr'], weight_decay=1e-5)
    ck = os.path.join(work, f'{name}.pt')
    state = {'epoch': 0, 'best': -1.0, 'best_state': None, 'history': []}
    if os.path.exists(ck):
        state = torch.load(ck)
        model.load_state_dict(state['model'])
        opt_s.load_state_dict(state['opt_s'])
        opt_d.load_state_dict(state['opt_d'])
        log(f'[{name}] resumed after epoch {state["epoch"]}')
    y = torch.tensor(labels, dtype=torch.float32)
    s = torch.tensor(srcs, dtype=torch.int64)
    w = torch.tensor(weights, dtype=torch.float32)
    lengths = [len(f) for f in feats]
    lossf = nn.BCEWithLogitsLoss(reduction='none')
    for ep in range(state['epoch'], epochs):
        random.seed(seed + ep)
        order = list(range(len(feats)))
        random.shuffle(order)
        tot, n = 0.0, 0
        for k, b in enumerate(batches(order, lengths, bs)):
            ids, mask = pad([feats[i] for i in b], drop=CONFIG['drop'], rng=rng)
            bt = torch.tensor(b)
            logit = model(ids, mask, s[bt])
            loss = (lossf(logit, y[bt]) * w[bt]).sum() / w[bt].sum()
            opt_s.zero_grad()
            opt_d.zero_grad()
            loss.backward()
            opt_s.step()
            opt_d.step()
            tot += loss.item()
            n += 1
            if k % 200 == 0:
                log(f'[{name}] epoch {ep + 1} batch {k} loss {tot / n:.4f}')
        score = val_fn(model)
        state['history'].append({'epoch': ep + 1, 'loss': tot / n, 'val': score})
        log(f'[{name}] epoch {ep + 1} done loss {tot / n:.4f} val {score:.4f}')
        if score > state['best']:
            state['best'] = score
            state['best_state'] = {k: v.clone() for k, v in model.state_dict().items()}
        state.update(epoch=ep + 1, model=model.state_dict(), opt_s=opt_s.state_dict(), opt_d=opt_d.state_dict())
        torch.save(state, ck + '.tmp')
        os.replace(ck + '.tmp', ck)
    model.load_state_dict(state['best_state'])
    return model, state['history']


def f1_at(y, p, t):
    y = np.asarray(y)
    pred = np.asarray(p) >= t
    tp = float((pred & (y == 1)).sum())
    fp = float((pred & (y == 0)).sum())
    fn = float((~pred & (y == 1)).sum())
    return 2 * tp / max(1.0, 2 * tp + fp + fn)


def best_threshold(y, p):
    cands = np.unique(np.quantile(p, np.linspace(0.01, 0.99, 197)))
    f = [f1_at(y, p, t) for t in cands]
    return float(cands[int(np.argmax(f))])


def platt(logits, y, iters=300):
    """Fits sigmoid(a * logit + b) by Newton-free gradient descent on log loss; returns (a, b)."""
    x = torch.tensor(logits, dtype=torch.float64)
    t = torch.tensor(y, dtype=torch.float64)
    ab = torch.tensor([1.0, 0.0], dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([ab], lr=0.5, max_iter=iters)

    def closure():
        opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(ab[0] * x + ab[1], t)
        loss.backward()
        return loss

    opt.step(closure)
    return float(ab[0]), float(ab[1])


def sigmoid(x):
    return 1 / (1 + np.exp(-np.clip(x, -30, 30)))


def ece(y, p, bins=10):
    y = np.asarray(y)
    p = np.asarray(p)
    e = 0.0
    for k in range(bins):
        m = (p >= k / bins) & (p < (k + 1) / bins if k < bins - 1 else p <= 1)
        if m.any():
            e += m.mean() * abs(p[m].mean() - y[m].mean())
    return float(e)


_ = math
