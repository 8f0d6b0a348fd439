"""Model, batching and evaluation helpers for language ID."""

import math

import numpy as np
import torch
from torch import nn


class LidNet(nn.Module):
    """Mean of hashed n-gram embeddings -> Linear -> ReLU -> Linear (fastText / CLD3 style)."""

    def __init__(self, buckets, dim, hidden, classes):
        super().__init__()
        self.emb = nn.EmbeddingBag(buckets, dim, mode='mean', sparse=True)
        nn.init.uniform_(self.emb.weight, -0.5, 0.5)
        self.fc1 = nn.Linear(dim, hidden)
        self.fc2 = nn.Linear(hidden, classes)

    def forward(self, ids, offsets):
        return self.fc2(torch.relu(self.fc1(self.emb(ids, offsets))))

    def forward_table(self, table, ids, offsets):
        """Same as forward with another embedding table (e.g. the dequantized int8 table)."""
        e = nn.functional.embedding_bag(ids, table, offsets, mode='mean')
        return self.fc2(torch.relu(self.fc1(e)))


def batch(id_arrays):
    """Concatenate id arrays into EmbeddingBag (ids, offsets). Empty arrays get the id 0 bag (never happens in
    training: texts without letters are answered 'und' before the model runs)."""
    lens = [max(1, len(a)) for a in id_arrays]
    offsets = np.zeros(len(id_arrays), dtype=np.int64)
    offsets[1:] = np.cumsum(lens)[:-1]
    ids = np.concatenate([a if len(a) else np.zeros(1, dtype=np.int64) for a in id_arrays])
    return torch.from_numpy(ids), torch.from_numpy(offsets)


@torch.no_grad()
def logits_of(model, id_arrays, table=None, bs=1024):
    out = []
    for i in range(0, len(id_arrays), bs):
        ids, off = batch(id_arrays[i:i + bs])
        out.append(model(ids, off) if table is None else model.forward_table(table, ids, off))
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
