"""Step 3: masked-token pretraining of the encoder (model.py) on the packed corpus of corpus.py.
  nice -n 5 /usr/bin/python3 training/experiments/encoder/pretrain.py --steps 12000
MLM: 15% of real tokens, 80% [MASK] / 10% random / 10% kept, masks redrawn every batch (dynamic); blocks of 128 packed
tokens; AdamW, linear warmup then linear decay to 0 at --steps. Held-out loss/accuracy on corpus.py's 1% held-out slice
(fixed masks). Checkpoint .work/encoder/pretrain/ckpt.pt every --ckpt-min minutes and at the end (resumable: rerun the
same command; a larger --steps later continues the run with the decay stretched to the new end). Encoder weights for
fine-tuning: .work/encoder/pretrain/encoder.pt (written with every checkpoint)."""

import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from corpus import MASK, PAD, VOCAB, WORK  # noqa: E402
from enc_model import MLM, SHAPE, Encoder  # noqa: E402

N_SPECIAL = 5


def log(*a):
    print(time.strftime('%H:%M:%S'), *a, flush=True)


def mask_batch(ids, gen):
    """ids [B,T] int64 -> (inputs, positions (flat), targets)."""
    real = ids > EOS_OR_SPECIAL
    r = torch.rand(ids.shape, generator=gen)
    sel = real & (r < 0.15)
    inp = ids.clone()
    r2 = torch.rand(ids.shape, generator=gen)
    inp[sel & (r2 < 0.8)] = MASK
    rnd = sel & (r2 >= 0.8) & (r2 < 0.9)
    inp[rnd] = torch.randint(N_SPECIAL, VOCAB, (int(rnd.sum()),), generator=gen)
    pos = sel.reshape(-1).nonzero().squeeze(1)
    return inp, pos, ids.reshape(-1)[pos]


EOS_OR_SPECIAL = N_SPECIAL - 1


@torch.no_grad()
def heldout_eval(model, held, bs=64):
    model.eval()
    gen = torch.Generator().manual_seed(99)
    tot, correct, n = 0.0, 0, 0
    for k in range(0, len(held), bs):
        ids = torch.from_numpy(held[k : k + bs].astype(np.int64))
        inp, pos, tgt = mask_batch(ids, gen)
        logits = model(inp, (ids != PAD).long(), pos)
        tot += F.cross_entropy(logits, tgt, reduction='sum').item()
        correct += (logits.argmax(-1) == tgt).sum().item()
        n += len(tgt)
    model.train()
    return tot / n, correct / n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--steps', type=int, default=12000)
    ap.add_argument('--batch', type=int, default=64)
    ap.add_argument('--lr', type=float, default=1e-3)
    ap.add_argument('--warmup', type=int, default=600)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--ckpt-min', type=float, default=5.0)
    ap.add_argument('--eval-every', type=int, default=500)
    ap.add_argument('--out', default=os.path.join(WORK, 'pretrain'))
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    os.makedirs(args.out, exist_ok=True)
    train = np.load(os.path.join(WORK, 'train_ids.npy'))
    held = np.load(os.path.join(WORK, 'heldout_ids.npy'))
    log('train blocks', train.shape, 'held-out blocks', held.shape)
    model = MLM(Encoder(VOCAB, **SHAPE))
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.ndim < 2]
    opt = torch.optim.AdamW([{'params': decay, 'weight_decay': 0.01}, {'params': no_decay, 'weight_decay': 0.0}],
                            lr=args.lr, betas=(0.9, 0.98), eps=1e-6)
    step, hist = 0, []
    ckpt = os.path.join(args.out, 'ckpt.pt')
    gen = torch.Generator().manual_seed(1)
    if os.path.exists(ckpt):
        st = torch.load(ckpt)
        model.load_state_dict(st['model'])
        opt.load_state_dict(st['opt'])
        step, hist = st['step'], st['hist']
        gen.set_state(st['gen'])
        log('resumed at step', step)

    def lr_at(s):
        return args.lr * (s / args.warmup if s < args.warmup else max(0.0, (args.steps - s) / max(1, args.steps - args.warmup)))

    def save():
        torch.save({'model': model.state_dict(), 'opt': opt.state_dict(), 'step': step, 'hist': hist,
                    'gen': gen.get_state(), 'shape': SHAPE, 'vocab': VOCAB}, ckpt + '.tmp')
        os.replace(ckpt + '.tmp', ckpt)
        torch.save({'shape': SHAPE, 'vocab': VOCAB, 'step': step, 'encoder': model.enc.state_dict()},
                   os.path.join(args.out, 'encoder.pt'))
        json.dump(hist, open(os.path.join(args.out, 'history.json'), 'w'), indent=1)

    n_blocks = len(train)
    t_ck, t0, acc_loss, acc_n = time.time(), time.time(), 0.0, 0
    model.train()
    while step < args.steps:
        # deterministic epoch order from the step number, so resuming continues the same stream
        epoch, off = divmod(step * args.batch, n_blocks)
        perm = np.random.RandomState(epoch).permutation(n_blocks)
        idx = perm[off : off + args.batch]
        ids = torch.from_numpy(train[idx].astype(np.int64))
        inp, pos, tgt = mask_batch(ids, gen)
        for g in opt.param_groups:
            g['lr'] = lr_at(step)
        loss = F.cross_entropy(model(inp, (ids != PAD).long(), pos), tgt)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        acc_loss += loss.item()
        acc_n += 1
        if step % 50 == 0:
            log(f'step {step}/{args.steps} epoch {step * args.batch / n_blocks:.2f} loss {acc_loss / acc_n:.4f} '
                f'lr {lr_at(step):.2e} {(time.time() - t0) / acc_n:.3f}s/step')
            acc_loss, acc_n, t0 = 0.0, 0, time.time()
        if step % args.eval_every == 0 or step == args.steps:
            hl, ha = heldout_eval(model, held)
            hist.append({'step': step, 'heldout_loss': round(hl, 4), 'heldout_acc': round(ha, 4), 'time': time.time()})
            log(f'held-out step {step}: MLM loss {hl:.4f} acc {ha:.4f}')
        if time.time() - t_ck > args.ckpt_min * 60 or step == args.steps:
            save()
            t_ck = time.time()
            log('checkpoint', step)
    log('done')


if __name__ == '__main__':
    main()
