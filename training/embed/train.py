"""Trains the sentence embedder: hashed n-gram embedding bag (mean) + residual MLP, L2-normalized output.

Loss: symmetric in-batch InfoNCE over positive pairs + a pairwise logistic loss on the cosine of every labelled pair
(paraphrase = 1; low-score STS, CANNOT negation/antonym pairs and generated negation/number negatives = 0), so the
cosine itself separates "same question" from "different question" at one threshold.
Model selection on dev only: mean over languages of the hit rate at the threshold where dev false hits are <= 1 %.
Resumable: checkpoints (model + optimizer + step) in OUT/ckpt.pt, best model in OUT/best.pt.
--xling F: a share F of the InfoNCE positives is cross-lingual, from the STS-B train rows aligned across its 11
translations (data.py's train-xling.jsonl): --xmode t = translation pairs (one sentence in two languages), p = the
paraphrase pairs (score >= 4.0) with their two sentences in two languages, tp = half each. Train split only.

Usage: python3 training/embed/train.py /work/embed-work/pairs /work/embed-work/run1 [--steps N] [--dim D]
       [--xling F --xmode t|p|tp]
"""

import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).parent))
from features import BUCKETS, features  # noqa: E402

torch.set_num_threads(1)


class Embedder(nn.Module):
    """pool='mean': mean of the feature rows -> residual MLP. pool='meanmax': the MLP also sees the max over rows."""

    def __init__(self, dim=64, hidden=128, pool='mean'):
        super().__init__()
        self.pool = pool
        self.emb = nn.EmbeddingBag(BUCKETS, dim, mode='mean')
        nn.init.normal_(self.emb.weight, 0, 0.1)
        with torch.no_grad():
            self.emb.weight[0] = 0
        self.fc1 = nn.Linear(dim * (2 if pool == 'meanmax' else 1), hidden)
        self.fc2 = nn.Linear(hidden, dim)
        nn.init.zeros_(self.fc2.weight)
        self.bias = nn.Parameter(torch.tensor(0.7))

    def forward(self, ids, offsets):
        mean = self.emb(ids, offsets)
        x = mean
        if self.pool == 'meanmax':
            x = torch.cat([mean, F.embedding_bag(ids, self.emb.weight, offsets, mode='max')], 1)
        h = mean + self.fc2(torch.relu(self.fc1(x)))
        return F.normalize(h, dim=1)


def batch_ids(feats):
    """Flat ids + offsets for EmbeddingBag (mean over each text's ids)."""
    offsets = torch.tensor([0] + [len(f) for f in feats[:-1]]).cumsum(0)
    ids = torch.tensor([i for f in feats for i in f], dtype=torch.long)
    return ids, offsets


def load(path):
    return [json.loads(line) for line in open(path, encoding='utf-8')]


class Cache:
    def __init__(self):
        self.d = {}

    def __call__(self, t):
        f = self.d.get(t)
        if f is None:
            f = self.d[t] = features(t)
        return f


def encode(model, texts, fc, bs=512):
    out = []
    with torch.no_grad():
        for i in range(0, len(texts), bs):
            ids, mask = batch_ids([fc(t) for t in texts[i : i + bs]])
            out.append(model(ids, mask))
    return torch.cat(out)


def hit_at_fh(pos, neg, fh=0.01):
    """Threshold = smallest t with false-hit rate (neg >= t) <= fh; returns (hit rate, threshold)."""
    neg = np.sort(np.asarray(neg))[::-1]
    k = int(math.floor(fh * len(neg)))
    t = (neg[k] + 1e-6) if k < len(neg) else -1.0
    return float((np.asarray(pos) >= t).mean()), float(t)


def evaluate(model, rows, fc):
    model.eval()
    ea = encode(model, [r['a'] for r in rows], fc)
    eb = encode(model, [r['b'] for r in rows], fc)
    cos = (ea * eb).sum(1).numpy()
    model.train()
    by = {}
    for r, c in zip(rows, cos):
        by.setdefault(r['lang'], ([], []))[0 if r['same'] else 1].append(c)
    res = {lang: hit_at_fh(p, n) for lang, (p, n) in by.items() if p and n}
    allp = [c for r, c in zip(rows, cos) if r['same']]
    alln = [c for r, c in zip(rows, cos) if not r['same']]
    res['_pooled'] = hit_at_fh(allp, alln)
    res['_mean'] = (float(np.mean([v[0] for k, v in res.items() if not k.startswith('_')])), 0.0)
    return res


def xling_pairs(groups, n, mode, rng):
    """n cross-lingual positive pairs, each from a different STS-B row (so no two of them are in-batch false
    negatives of each other): translations (side s1 or s2 in languages X != Y) and/or paraphrases (s1 in X, s2 in
    Y, rows with score >= 4.0)."""
    n_p = n if mode == 'p' else n // 2 if mode == 'tp' else 0
    para = [g for g in groups if g['score'] >= 4.0]
    rows = rng.sample(para, n_p)
    used = {g['row'] for g in rows}
    rows += rng.sample([g for g in groups if g['row'] not in used], n - n_p)
    out = []
    for k, g in enumerate(rows):
        x, y = rng.sample(sorted(g['s1']), 2)
        if k < n_p:
            a, b = g['s1'][x], g['s2'][y]
        else:
            side = g['s1'] if rng.random() < 0.5 else g['s2']
            a, b = side[x], side[y]
        if a and b and a.lower() != b.lower():
            out.append({'a': a, 'b': b})
    return out


def main():
    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    arg = lambda k, d: type(d)(sys.argv[sys.argv.index(k) + 1]) if k in sys.argv else d  # noqa: E731
    steps, dim, bs, lr = arg('--steps', 8000), arg('--dim', 64), arg('--bs', 256), arg('--lr', 3e-3)
    pool, drop = arg('--pool', 'mean'), arg('--drop', 0.0)
    xling, xmode = arg('--xling', 0.0), arg('--xmode', 'tp')
    out.mkdir(parents=True, exist_ok=True)
    train = load(data / 'train.jsonl')
    # Swapped roles keep the bag of n-grams identical: no bag model can tell them apart, the guard does.
    train = [r for r in train if r['kind'] != 'synth-swap']
    dev = [r for r in load(data / 'dev.jsonl') if r['kind'] != 'synth-swap']
    pos = [r for r in train if r['same'] and r['a'] != r['b']]
    labelled = train
    groups = load(data / 'train-xling.jsonl') if xling > 0 else []
    n_x = int(round(bs * xling))
    print(f'train {len(train)} (pos {len(pos)}), dev {len(dev)}, xling {len(groups)} rows, {n_x}/{bs} per batch '
          f'({xmode})', flush=True)
    fc = Cache()
    model = Embedder(dim, pool=pool)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    step, best = 0, -1.0
    ck = out / 'ckpt.pt'
    if ck.exists():
        s = torch.load(ck)
        model.load_state_dict(s['model'])
        opt.load_state_dict(s['opt'])
        step, best = s['step'], s['best']
        print(f'resumed at step {step}, best {best:.4f}', flush=True)
    rng = random.Random(step + 1)
    t0 = time.time()
    while step < steps:
        lr_now = lr * min(1.0, (step + 1) / 300) * 0.5 * (1 + math.cos(math.pi * step / steps))
        for g in opt.param_groups:
            g['lr'] = lr_now
        pb = rng.sample(pos, bs - n_x) + (xling_pairs(groups, n_x, xmode, rng) if n_x else [])
        lb = rng.sample(labelled, bs)
        texts = [r['a'] for r in pb] + [r['b'] for r in pb] + [r['a'] for r in lb] + [r['b'] for r in lb]
        npb = len(pb)
        feats = [fc(t) for t in texts]
        if drop > 0:  # feature dropout: each id kept with probability 1 - drop (never all of a text's)
            feats = [[i for i in f if rng.random() >= drop] or f[:1] for f in feats]
        ids, mask = batch_ids(feats)
        e = model(ids, mask)
        a, b, la, lb_ = e[:npb], e[npb : 2 * npb], e[2 * npb : 2 * npb + bs], e[2 * npb + bs :]
        sim = a @ b.T / 0.05
        target = torch.arange(npb)
        nce = (F.cross_entropy(sim, target) + F.cross_entropy(sim.T, target)) / 2
        y = torch.tensor([float(r['same']) for r in lb])
        cos = (la * lb_).sum(1)
        # False hits cost more than misses: negatives weigh 3x.
        w = torch.where(y > 0, torch.tensor(1.0), torch.tensor(3.0))
        bce = F.binary_cross_entropy_with_logits(20 * (cos - model.bias), y, weight=w)
        loss = nce + bce
        opt.zero_grad()
        loss.backward()
        opt.step()
        with torch.no_grad():
            model.emb.weight[0] = 0
        step += 1
        if step % 100 == 0:
            print(f'step {step} loss {loss.item():.4f} nce {nce.item():.3f} bce {bce.item():.3f} '
                  f'bias {model.bias.item():.3f} {time.time() - t0:.0f}s', flush=True)
        if step % 1000 == 0 or step == steps:
            res = evaluate(model, dev, fc)
            score = res['_mean'][0]
            print('dev', json.dumps({k: [round(v[0], 3), round(v[1], 3)] for k, v in sorted(res.items())}), flush=True)
            if score > best:
                best = score
                torch.save({'model': model.state_dict(), 'dim': dim, 'pool': pool, 'step': step, 'dev': res}, out / 'best.pt')
            torch.save({'model': model.state_dict(), 'opt': opt.state_dict(), 'step': step, 'best': best}, ck)
    print(f'done, best dev mean hit@1%FH {best:.4f}', flush=True)


if __name__ == '__main__':
    main()
