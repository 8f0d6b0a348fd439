"""Masked-token pretraining of the tagger's encoder on unlabelled text (experiment; the bundled model is not pretrained).
Text: the training split of negatives.py's pool (STS-B train, 90% of Tatoeba, TweetEval train; en de es fr it pt nl pl
ru) plus the WikiANN training sentences without their labels. Never WNUT-17 or SEC text, so the held-out-source runs
(--exclude wnut17,sec) stay clean. 15% of the tokens lose their n-gram, word and gazetteer features (the shape is kept)
and the encoder predicts their hashed word id (features.word_id folded to 4,096 buckets: a full 16,384-way softmax
costs seconds per batch on a CPU) through a temporary linear head, evaluated at the masked positions only.
Usage (repo root):
  /usr/bin/python3 training/ner/pretrain.py --data ../shared/data --minutes 25
then: train.py ... --init training/.work/ner-pretrain/encoder.pt
Checkpoints: training/.work/ner-pretrain/ (resumable: rerun the same command)."""

import argparse
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
from data import WIKIANN_LANGS, load_wikiann  # noqa: E402
from evaluate import featurize_example, set_gazetteer  # noqa: E402
from model import CFG_GAZ, Tagger, pad_batch  # noqa: E402
from negatives import _raw  # noqa: E402


TARGETS = 4096


def log(*a):
    print(time.strftime('%H:%M:%S'), *a, flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--work', default=os.path.join(HERE, '..', '.work', 'ner-pretrain'))
    ap.add_argument('--gaz-bits', default=os.path.join(HERE, '..', '.work', 'ner-v5', 'gaz_bits.npy'))
    ap.add_argument('--minutes', type=float, default=25.0, help='wall-clock budget of this call')
    ap.add_argument('--steps', type=int, default=20000, help='total steps (learning-rate schedule length)')
    ap.add_argument('--batch', type=int, default=64)
    ap.add_argument('--lr', type=float, default=2e-3)
    ap.add_argument('--threads', type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    random.seed(0)
    torch.manual_seed(0)
    os.makedirs(args.work, exist_ok=True)
    set_gazetteer(np.load(args.gaz_bits))

    texts = [s for _lang, s in _raw(args.data, 'train')]
    texts += [x[0] for lang in WIKIANN_LANGS for x in load_wikiann(args.data, lang, 'train')]
    texts = [t for t in texts if 3 <= len(t.split()) <= 60]
    random.Random(1).shuffle(texts)
    log('unlabelled sentences', len(texts))

    model = Tagger(CFG_GAZ)
    model.out = nn.Identity()  # the encoder's normalised hidden state
    head = nn.Linear(CFG_GAZ['hidden'], TARGETS)
    params = list(model.parameters()) + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=1e-5)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, total_steps=args.steps, pct_start=0.05)
    step = 0
    ckpt = os.path.join(args.work, 'ckpt.pt')
    if os.path.exists(ckpt):
        st = torch.load(ckpt)
        model.load_state_dict(st['model'])
        head.load_state_dict(st['head'])
        opt.load_state_dict(st['opt'])
        sched.load_state_dict(st['sched'])
        step = st['step']
        log('resumed at step', step)

    def save():
        torch.save({'model': model.state_dict(), 'head': head.state_dict(), 'opt': opt.state_dict(),
                    'sched': sched.state_dict(), 'step': step}, ckpt)
        enc = {k: v for k, v in model.state_dict().items() if not k.startswith('out.')}
        torch.save(enc, os.path.join(args.work, 'encoder.pt'))

    rng = np.random.default_rng(step)
    deadline = time.time() + args.minutes * 60
    t0, loss_acc = time.time(), 0.0
    model.train()
    while step < args.steps and time.time() < deadline:
        i = (step * args.batch) % len(texts)
        feats = [featurize_example(t, None)[1] for t in texts[i : i + args.batch]]
        ng, w, s, _tags, z = pad_batch(feats)
        real = s > 0
        mask = torch.from_numpy(rng.random(tuple(w.shape)) < 0.15) & real & (w > 0)
        target = w[mask] % TARGETS
        ng = ng.masked_fill(mask.unsqueeze(-1), 0)
        z = z.masked_fill(mask.unsqueeze(-1), 0.0)
        w = w.masked_fill(mask, 0)
        h = model(ng, w, s, z)
        loss = nn.functional.cross_entropy(head(h[mask]), target)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        step += 1
        loss_acc += loss.item()
        if step % 100 == 0:
            log(f'step {step}/{args.steps} masked-token loss {loss_acc / 100:.4f} {(time.time() - t0) / 100:.3f}s/step')
            loss_acc, t0 = 0.0, time.time()
        if step % 1000 == 0:
            save()
    save()
    log('saved encoder at step', step, os.path.join(args.work, 'encoder.pt'))


if __name__ == '__main__':
    main()
