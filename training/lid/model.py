"""Model, batching and evaluation helpers for language ID."""

import math

import numpy as np
import torch
from torch import nn


class LidNet(nn.Module):
    """Mean of hashed n-gram embeddings -> Linear -> ReLU -> Linear (fastText / CLD3 style)."""

    def __init__(self, buckets, dim, hidden, classes, wh_buckets=0, wh_dim=0, wh_pool='sum', dropout=0.0, in_dropout=0.0):
        super().__init__()
        self.drop = nn.Dropout(dropout)  # training only: after the ReLU
        self.in_drop = nn.Dropout(in_dropout)  # training only: on the pooled embedding
        self.emb = nn.EmbeddingBag(buckets, dim, mode='mean', sparse=True)
        nn.init.uniform_(self.emb.weight, -0.5, 0.5)
        self.fc1 = nn.Linear(dim, hidden)
        self.fc2 = nn.Linear(hidden, classes)
        self.wh_pool = wh_pool
        if wh_buckets:
            # word head: pooled rows of a second hashed whole-word table -> linear map added to the logits
            self.wemb = nn.EmbeddingBag(wh_buckets, wh_dim, mode=wh_pool, sparse=True)
            nn.init.uniform_(self.wemb.weight, -0.1, 0.1)
            self.wout = nn.Linear(wh_dim, classes, bias=False)
            nn.init.zeros_(self.wout.weight)
        else:
            self.wemb = None

    def forward(self, ids, offsets, wids=None, woffsets=None):
        out = self.fc2(self.drop(torch.relu(self.fc1(self.in_drop(self.emb(ids, offsets))))))
        if self.wemb is not None:
            out = out + self.wout(self.wemb(wids, woffsets))
        return out

    def forward_table(self, table, ids, offsets, wtable=None, wids=None, woffsets=None):
        """Same as forward with other embedding tables (e.g. the dequantized int8 tables)."""
        e = nn.functional.embedding_bag(ids, table, offsets, mode='mean')
        out = self.fc2(torch.relu(self.fc1(e)))
        if self.wemb is not None:
            out = out + self.wout(nn.functional.embedding_bag(wids, wtable, woffsets, mode=self.wh_pool))
        return out


def batch(id_arrays):
    """Concatenate id arrays into EmbeddingBag (ids, offsets). Empty arrays get the id 0 bag (never happens in
    training: texts without letters are answered 'und' before the model runs)."""
    lens = [max(1, len(a)) for a in id_arrays]
    offsets = np.zeros(len(id_arrays), dtype=np.int64)
    offsets[1:] = np.cumsum(lens)[:-1]
    ids = np.concatenate([a if len(a) else np.zeros(1, dtype=np.int64) for a in id_arrays])
    return torch.from_numpy(ids), torch.from_numpy(offsets)


@torch.no_grad()
def logits_of(model, id_arrays, table=None, bs=1024, wid_arrays=None, wtable=None):
    out = []
    for i in range(0, len(id_arrays), bs):
        ids, off = batch(id_arrays[i:i + bs])
        wids, woff = batch(wid_arrays[i:i + bs]) if wid_arrays is not None else (None, None)
        out.append(model(ids, off, wids, woff) if table is None
                   else model.forward_table(table, ids, off, wtable, wids, woff))
    return torch.cat(out) if out else torch.zeros(0)


def quantize_table(w):
    """Symmetric per-table int8: q = round(w / scale), scale = max|w| / 127."""
    scale = float(w.abs().max()) / 127.0
    q = torch.clamp(torch.round(w / scale), -127, 127).to(torch.int8)
    return q, scale


def fit_temperature(logits, y):
    """Temperature minimising NLL on a calibration split (golden-section search over log T)."""
    def nll(log_t):
        return float(nn.functional.cross_entropy(logits / math.exp(log_t), y))
    lo, hi = math.log(0.05), math.log(20.0)
    g = (math.sqrt(5) - 1) / 2
    a, b = hi - g * (hi - lo), lo + g * (hi - lo)
    for _ in range(60):
        if nll(a) < nll(b):
            hi = b
        else:
            lo = a
        a, b = hi - g * (hi - lo), lo + g * (hi - lo)
    return math.exp((lo + hi) / 2)


def ece(probs, y, bins=15):
    conf, pred = probs.max(1)
    correct = (pred == y).float()
    total = 0.0
    for i in range(bins):
        m = (conf > i / bins) & (conf <= (i + 1) / bins)
        if m.any():
            total += float(m.float().mean()) * abs(float(correct[m].mean()) - float(conf[m].mean()))
    return total


def fit_bias(logits, y, lam=0.001, steps=300, frozen=()):
    """Per-label logit bias minimising NLL + lam * |b|^2 on a calibration split (corrects the training label prior:
    English subsampled, rare languages repeated, toward the held-out one). Labels (indices) in `frozen` keep bias 0."""
    mask = torch.ones(logits.shape[1])
    for i in frozen:
        mask[i] = 0.0
    b0 = torch.zeros(logits.shape[1], requires_grad=True)
    opt = torch.optim.Adam([b0], lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        b = b0 * mask
        loss = nn.functional.cross_entropy(logits + b, y) + lam * (b ** 2).sum()
        loss.backward()
        opt.step()
    b = (b0 * mask).detach()
    return b - b.mean()
