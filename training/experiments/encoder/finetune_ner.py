"""Step 4: PER/LOC/ORG fine-tuning of the pretrained encoder (or a random-init one), with the data mixture and
checkpoint-selection protocol of training/ner/train.py (its loaders, synthetic data, augmentation, non-entity openings,
hard negatives and mixed sentences; checkpoint = best mean exact-span F1 over the INCLUDED sources' dev splits).
Word-level BIO (features.tokenize words, as the CNN), label on each word's first subword, constrained Viterbi (features.decode).
  /usr/bin/python3 training/experiments/encoder/finetune_ner.py --data ../shared/data --exclude wnut17,sec \
      --tag pre --init training/.work/encoder/pretrain/encoder.pt --steps 6000
  (--init '' = random init). Work folder .work/encoder-ner-<tag>/ (ckpt.pt resumable: rerun the same command; best.pt;
  results.json with dev figures of every source, test figures of every source (computed once, at the end, from
  best.pt), false spans on entity-free dev sentences and on the chat probe)."""

import argparse
import json
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NER = os.path.join(HERE, '..', 'ner')
sys.path.insert(0, HERE)
sys.path.insert(0, NER)

import numpy as np  # noqa: E402
import sentencepiece as spm  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from corpus import BOS, EOS, PAD, VOCAB, WORK, encode_words  # noqa: E402
from data import gazetteers  # noqa: E402
from enc_model import SHAPE, Encoder, TokenHead  # noqa: E402
from evaluate import span_scores  # noqa: E402
from features import TAGS, decode, spans_from_tags, tags_for_spans, tokenize  # noqa: E402
from negatives import load_negatives  # noqa: E402
from probe import probe_spans  # noqa: E402
from synth import Lexicon, generate  # noqa: E402
from train import SOURCES, epoch_items, length_batches, load_all, openings  # noqa: E402

MAXLEN = 256
SP = {}


def log(*a):
    print(time.strftime('%H:%M:%S'), *a, flush=True)


def sp():
    if 'sp' not in SP:
        SP['sp'] = spm.SentencePieceProcessor(model_file=os.path.join(WORK, 'spm.model'))
    return SP['sp']


def featurize(text, spans):
    """-> (ids, label positions (index into ids of each word's first piece, -1 if truncated), word tags or None, toks)."""
    ids, first, toks = encode_words(sp(), text, tokenize)
    ids = [BOS] + ids[: MAXLEN - 2] + [EOS]
    pos = [f + 1 if f + 1 < MAXLEN - 1 else -1 for f in first]
    tags = tags_for_spans(toks, spans) if spans is not None else None
    return ids, pos, tags, toks


def pad(feats):
    T = max(len(f[0]) for f in feats)
    ids = torch.full((len(feats), T), PAD, dtype=torch.long)
    lab = torch.full((len(feats), T), -100, dtype=torch.long)
    for b, (i, p, t, _toks) in enumerate(feats):
        ids[b, : len(i)] = torch.tensor(i)
        if t is not None:
            for k, tag in zip(p, t):
                if k >= 0:
                    lab[b, k] = tag
    return ids, (ids != PAD).long(), lab


def epoch_batches(epoch, d, lex, args, include):
    """ner/train.py's example mixture (same RNG calls), featurised for the encoder, in batches of similar length."""
    items = epoch_items(random.Random(1000 + epoch), epoch, d, lex, args, include)
    feats = [f for f in (featurize(x[0], x[1]) for x in items) if f[3]]
    return length_batches(random.Random(5000 + epoch), feats, args.batch, lambda f: len(f[0]))


@torch.no_grad()
def predict_spans(model, texts, batch=64):
    model.eval()
    feats = [featurize(t, None) for t in texts]
    order = sorted(range(len(texts)), key=lambda i: len(feats[i][0]))
    res = [None] * len(texts)
    for k in range(0, len(order), batch):
        idx = order[k : k + batch]
        ids, mask, _ = pad([feats[i] for i in idx])
        probs = torch.softmax(model(ids, mask), dim=-1).numpy()
        for b, i in enumerate(idx):
            _ids, pos, _t, toks = feats[i]
            o = np.zeros(len(TAGS), dtype=np.float32)
            o[0] = 1.0
            p = [probs[b, q] if q >= 0 else o for q in pos]
            res[i] = spans_from_tags(toks, decode([r.tolist() for r in p])) if toks else []
    model.train()
    return res


def evaluate(model, examples, group=lambda ex: ex[2] + '/' + ex[3]):
    """Exact-span entity micro P/R/F1 overall, per group and per type (ner/evaluate.py's span_scores)."""
    return span_scores(examples, predict_spans(model, [ex[0] for ex in examples]), group)


def neg_rate(model, exs):
    return round(100 * sum(len(s) for s in predict_spans(model, [x[0] for x in exs])) / max(1, len(exs)), 2)


def probe_rate(model):
    res = probe_spans(lambda texts: predict_spans(model, texts))
    n = sum(v[0] for v in res.values())
    k = sum(v[1] for v in res.values())
    return {'all': round(100 * k / n, 1), 'en': round(100 * res['en'][1] / res['en'][0], 1),
            'other': round(100 * (k - res['en'][1]) / (n - res['en'][0]), 1)}, res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--tag', required=True)
    ap.add_argument('--init', default='')
    ap.add_argument('--exclude', default='wnut17,sec')
    ap.add_argument('--steps', type=int, default=6000)
    ap.add_argument('--batch', type=int, default=32)
    ap.add_argument('--lr', type=float, default=5e-4)
    ap.add_argument('--warmup', type=int, default=300)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--synthetic', type=int, default=30000)
    ap.add_argument('--upsample', type=int, default=8)
    ap.add_argument('--wikiann-per-lang', type=int, default=7000)
    ap.add_argument('--aug', type=float, default=0.3)
    ap.add_argument('--swap', type=float, default=0.3)
    ap.add_argument('--prefix', type=float, default=0.4)
    ap.add_argument('--neg', type=int, default=15000)
    ap.add_argument('--mix', type=float, default=0.3)
    ap.add_argument('--eval-every', type=int, default=1000)
    ap.add_argument('--smoke', action='store_true', help='tiny dev/test/epoch sets, for checking the script only')
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    include = [s for s in SOURCES if s not in args.exclude.split(',')]
    work = os.path.join(WORK + f'-ner-{args.tag}')
    os.makedirs(work, exist_ok=True)
    log('sources', include, 'work', work, vars(args))

    d = load_all(args.data)
    d['prefixes'] = openings(d['train']['wikiann'] + d['train']['wnut17'])
    lex = Lexicon(args.data, 'train', gaz=gazetteers(d['train']['wikiann']) if 'wikiann' in include else None)
    d['dev']['synthetic'] = generate(Lexicon(args.data, 'train'), 900, seed=77, split='train')
    d['test']['synthetic'] = generate(Lexicon(args.data, 'eval'), 2700, seed=12345, split='eval')
    if args.smoke:
        for part in ('dev', 'test'):
            d[part] = {s: v[:40] for s, v in d[part].items()}
        args.wikiann_per_lang, args.synthetic, args.neg = 50, 200, 200
    dev = {s: d['dev'][s] for s in include}
    wk_names = d['train']['wikiann'] if 'wikiann' in include else None
    d['neg'] = load_negatives(args.data, 'train', wk_names) if args.neg > 0 else []
    d['neg_by_lang'] = {}
    for x in d['neg']:
        d['neg_by_lang'].setdefault(x[3], []).append(x)
    neg_dev = load_negatives(args.data, 'dev', wk_names)[::3][: 40 if args.smoke else None]
    log('negatives', len(d['neg']), 'dev negatives', len(neg_dev))

    if args.init:
        st = torch.load(args.init)
        enc = Encoder(st['vocab'], **st['shape'])
        enc.load_state_dict(st['encoder'])
        log('encoder from', args.init, 'pretraining step', st['step'])
    else:
        enc = Encoder(VOCAB, **SHAPE)
        log('random-init encoder')
    model = TokenHead(enc, len(TAGS))
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.ndim < 2]
    opt = torch.optim.AdamW([{'params': decay, 'weight_decay': 0.01}, {'params': no_decay, 'weight_decay': 0.0}],
                            lr=args.lr)

    def lr_at(s):
        return args.lr * (s / args.warmup if s < args.warmup else max(0.0, (args.steps - s) / max(1, args.steps - args.warmup)))

    step, best, hist = 0, -1.0, []
    ckpt = os.path.join(work, 'ckpt.pt')
    if os.path.exists(ckpt):
        st = torch.load(ckpt)
        model.load_state_dict(st['model'])
        opt.load_state_dict(st['opt'])
        step, best, hist = st['step'], st['best'], st['hist']
        torch.set_rng_state(st['torch_rng'])
        log('resumed at step', step, 'best dev', best)

    epoch, pos, t0, loss_acc = 0, step, time.time(), 0.0
    model.train()
    while step < args.steps:
        batches = epoch_batches(epoch, d, lex, args, include)
        if pos >= len(batches):
            pos -= len(batches)
            epoch += 1
            continue
        log(f'epoch {epoch}: {len(batches)} batches, starting at {pos}')
        for b in batches[pos:]:
            ids, mask, lab = pad(b)
            for g in opt.param_groups:
                g['lr'] = lr_at(step)
            logits = model(ids, mask)
            loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), lab.reshape(-1), ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            loss_acc += loss.item()
            if step % 100 == 0:
                log(f'step {step}/{args.steps} loss {loss_acc / 100:.4f} {(time.time() - t0) / 100:.3f}s/step')
                loss_acc, t0 = 0.0, time.time()
            if step % args.eval_every == 0 or step == args.steps:
                per = {src: evaluate(model, exs)['all']['all']['f1'] for src, exs in dev.items()}
                score = sum(per.values()) / len(per)
                per['neg_fp_per_100'] = neg_rate(model, neg_dev)
                hist.append({'step': step, 'mean': round(score, 4), **per})
                log(f'dev step {step}: mean F1 {score:.4f} {per}')
                if score > best:
                    best = score
                    torch.save(model.state_dict(), os.path.join(work, 'best.pt'))
                torch.save({'model': model.state_dict(), 'opt': opt.state_dict(), 'step': step, 'best': best,
                            'hist': hist, 'torch_rng': torch.get_rng_state()}, ckpt + '.tmp')
                os.replace(ckpt + '.tmp', ckpt)
                t0 = time.time()
            if step >= args.steps:
                break
        pos, epoch = 0, epoch + 1

    model.load_state_dict(torch.load(os.path.join(work, 'best.pt')))
    model.eval()
    best_step = max(hist, key=lambda h: h['mean'])['step'] if hist else None
    results = {'sources': include, 'steps': args.steps, 'init': args.init, 'best_dev': best, 'best_step': best_step,
               'history': hist}
    results['dev_all'] = {src: evaluate(model, exs) for src, exs in d['dev'].items()}
    log('dev (all sources; excluded ones not used for selection)',
        json.dumps({k: v['all']['all']['f1'] for k, v in results['dev_all'].items()}))
    results['neg_dev_fp_per_100'] = neg_rate(model, neg_dev)
    results['probe'] = probe_rate(model)[0]
    log('dev negatives FP/100', results['neg_dev_fp_per_100'], 'probe spans/100', results['probe'])
    json.dump(results, open(os.path.join(work, 'results.json'), 'w'), indent=1)
    log('test evaluation (best dev checkpoint, computed once)')
    results['test'] = {}
    for src, exs in d['test'].items():
        results['test'][src] = evaluate(model, exs)
        log(src, json.dumps(results['test'][src]['all']))
    json.dump(results, open(os.path.join(work, 'results.json'), 'w'), indent=1)
    log('done')


if __name__ == '__main__':
    main()
