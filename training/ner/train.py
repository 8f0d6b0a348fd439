"""Train the PER/LOC/ORG tagger. Usage (from the repo root):
  /usr/bin/python3 training/ner/train.py --data ../shared/data --out packages/models/models/ner
Held-out-source runs: --exclude wnut17,sec (or wikiann, synthetic) --tag <name> --no-export.
Checkpoints: training/.work/ner-<tag>/ (resumable: rerun the same command)."""

import argparse
import json
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
import torch  # noqa: E402
from data import WIKIANN_LANGS, gazetteers, load_sec, load_wikiann, load_wnut  # noqa: E402
from evaluate import augment, evaluate, featurize_example, set_gazetteer  # noqa: E402
from gazetteer import build_bits  # noqa: E402
from model import CFG, CFG_GAZ, Tagger, pad_batch  # noqa: E402
from extra import load_extra  # noqa: E402
from negatives import load_negatives  # noqa: E402
from synth import noisy  # noqa: E402
from synth import Lexicon, generate  # noqa: E402

SOURCES = ['wikiann', 'wnut17', 'sec', 'synthetic']


def log(*a):
    print(time.strftime('%H:%M:%S'), *a, flush=True)


def load_all(data):
    d = {'train': {}, 'dev': {}, 'test': {}}
    d['train']['wikiann'] = [x for l in WIKIANN_LANGS for x in load_wikiann(data, l, 'train')]
    d['dev']['wikiann'] = [x for l in WIKIANN_LANGS for x in load_wikiann(data, l, 'val')[:400]]
    d['test']['wikiann'] = [x for l in WIKIANN_LANGS for x in load_wikiann(data, l, 'test')[:2000]]
    d['train']['wnut17'], d['dev']['wnut17'], d['test']['wnut17'] = (load_wnut(data, s) for s in ('train', 'dev', 'test'))
    sec = load_sec(data, 'train')
    random.Random(7).shuffle(sec)
    d['train']['sec'], d['dev']['sec'], d['test']['sec'] = sec[150:], sec[:150], load_sec(data, 'test')
    return d


def add_extra(d, data, tiers):
    """ner/extra train rows of the licence `tiers` ('A' or 'A,B') as d['train']['extra'], and their dev rows pooled as
    d['dev']['extra'] (one dev score for all extra sources trained on)."""
    ex = load_extra(data, tuple(tiers.split(',')))
    d['train']['extra'] = [x for v in ex['train'].values() for x in v]
    d['dev']['extra'] = [x for src, v in ex['dev'].items() if src in ex['train'] for x in v]


def lowered(example):
    """The sentence in lower case with the same entity spans (unchanged when lower-casing changes its length)."""
    text, spans, src, lang = example
    low = text.lower()
    return (low, spans, src, lang) if len(low) == len(text) else example


def add_lower_dev(d):
    """d['dev']['lower']: the WNUT-17 and pooled ner/extra dev sentences in lower case (names in chat are often
    typed that way; the synthetic dev split has its training names only)."""
    d['dev']['lower'] = [lowered(x) for x in d['dev']['wnut17'] + d['dev'].get('extra', [])]


def epoch_items(rng, epoch, d, lex, args, include):
    """The shuffled training examples of one epoch: a WikiANN sample, upsampled WNUT-17/SEC, non-entity openings,
    augmentation, synthetic sentences (some joined to a negative) and hard negatives (also used by
    training/encoder/finetune_ner.py)."""
    items = []
    if 'wikiann' in include:
        wk = d['train']['wikiann']
        items += wk if args.wikiann_per_lang <= 0 else [
            x for lang in WIKIANN_LANGS for x in rng.sample([y for y in wk if y[3] == lang], args.wikiann_per_lang)
        ]
    for src in ('wnut17', 'sec'):
        if src in include:
            items += d['train'][src] * args.upsample
    if 'extra' in include:  # ner/extra train splits; English ones (the chat language) count twice
        items += [lowered(x) if rng.random() < args.extra_lower else x
                  for x in d['train']['extra'] for _ in range(args.extra_upsample * (2 if x[3] == 'en' else 1))]
    if args.prefix > 0:  # WikiANN: 40% of sentences start with an entity; give some a non-entity opening
        items = [prefixed(rng, x, d['prefixes']) if x[2] == 'wikiann' and rng.random() < args.prefix else x
                 for x in items]
    out = []
    for x in items:
        noise, swap = rng.random() < args.aug, rng.random() < args.swap
        out.append(augment(rng, x, lex, swap=0.7, noise=noise) if noise or swap else x)
    items = out
    if 'synthetic' in include:
        syn = generate(lex, args.synthetic, seed=2000 + epoch, split='train')
        if args.neg > 0 and args.mix > 0:
            syn = [mixed(rng, x, d['neg_by_lang']) if rng.random() < args.mix else x for x in syn]
        items += syn
    if args.neg > 0:
        items += [negative(rng, x) for x in rng.sample(d['neg'], min(args.neg, len(d['neg'])))]
    rng.shuffle(items)
    return items


def length_batches(rng, feats, batch, length):
    """Batches of similar `length`: windows of 50 batches sorted by it, then the batches shuffled."""
    chunks = []
    for k in range(0, len(feats), batch * 50):
        chunk = sorted(feats[k : k + batch * 50], key=length)
        chunks += [chunk[j : j + batch] for j in range(0, len(chunk), batch)]
    rng.shuffle(chunks)
    return chunks


def epoch_batches(epoch, d, lex, args, include):
    """Deterministic list of featurised batches for one epoch."""
    rng = random.Random(1000 + epoch)
    feats = [featurize_example(x[0], x[1])[1] for x in epoch_items(rng, epoch, d, lex, args, include)]
    feats = [f for f in feats if len(f[1]) > 0]
    return length_batches(rng, feats, args.batch, lambda f: len(f[1]))


def openings(examples):
    """Non-entity sentence openings (text before the first entity, 1-6 words) per language."""
    out = {}
    for text, spans, _src, lang in examples:
        first = min((s for s, _e, _t in spans), default=len(text))
        words = text[:first].split(' ')
        alpha = [w for w in words if len(w) > 1 and w.isalpha()]
        if first > 0 and len(alpha) >= 2 and len(words) <= 7:
            out.setdefault(lang, []).append(text[:first])
    return out


def prefixed(rng, example, prefixes):
    text, spans, src, lang = example
    pre = rng.choice(prefixes.get(lang) or prefixes['en'])
    if rng.random() < 0.5:
        pre = pre[:1].lower() + pre[1:]
    return (pre + text, [(s + len(pre), e + len(pre), t) for s, e, t in spans], src, lang)


def negative(rng, example):
    """Entity-free sentence with chat noise; extra Title Case / ALL CAPS (headings) on some."""
    text, _spans, src, lang = example
    segs = noisy(rng, lang, [[text, None]]) if rng.random() < 0.6 else [[text, None]]
    out = ''.join(t for t, _y in segs)
    r = rng.random()
    if r < 0.08:
        out = ' '.join(w[:1].upper() + w[1:] for w in out.split(' '))
    elif r < 0.12:
        out = out.upper()
    return (out, [], src, lang)


def mixed(rng, example, neg_by_lang):
    """A labelled sentence with an entity-free sentence before or after it (natural context words)."""
    text, spans, src, lang = example
    pool = neg_by_lang.get(lang) or neg_by_lang['en']
    other = rng.choice(pool)[0]
    if rng.random() < 0.4:
        other = other.lower()
    sep = rng.choice([' ', '. ', ', ', ' - ', '\n'])
    if rng.random() < 0.5:
        pre = other + sep
        return (pre + text, [(s + len(pre), e + len(pre), t) for s, e, t in spans], src, lang)
    return (text + sep + other, spans, src, lang)


def neg_rate(model, exs):
    from evaluate import predict
    from features import spans_from_tags

    n = sum(len(spans_from_tags(t, y)) for t, y, _p in predict(model, [x[0] for x in exs]))
    return round(100 * n / max(1, len(exs)), 2)


def dev_score(model, dev, neg=None):
    res = {src: evaluate(model, exs)['all']['all']['f1'] for src, exs in dev.items()}
    score = sum(res.values()) / len(res)
    if neg:
        res['neg_fp_per_100'] = neg_rate(model, neg)
    return score, res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--out', default='packages/models/models/ner')
    ap.add_argument('--work', default=os.path.join(HERE, '..', '.work'))
    ap.add_argument('--tag', default='v5')
    ap.add_argument('--exclude', default='')
    ap.add_argument('--steps', type=int, default=16000)
    ap.add_argument('--batch', type=int, default=32)
    ap.add_argument('--lr', type=float, default=2e-3)
    ap.add_argument('--synthetic', type=int, default=30000)
    ap.add_argument('--upsample', type=int, default=8)
    ap.add_argument('--wikiann-per-lang', type=int, default=7000, help='sample per language and epoch (0 = all)')
    ap.add_argument('--aug', type=float, default=0.3)
    ap.add_argument('--swap', type=float, default=0.3)
    ap.add_argument('--prefix', type=float, default=0.4, help='share of WikiANN sentences given a non-entity opening')
    ap.add_argument('--neg', type=int, default=15000, help='entity-free sentences per epoch (hard negatives)')
    ap.add_argument('--mix', type=float, default=0.3, help='share of synthetic sentences joined to a negative one')
    ap.add_argument('--no-gaz', dest='gaz', action='store_false', help='without gazetteer features (gazetteer.py)')
    ap.add_argument('--eval-every', type=int, default=1000)
    ap.add_argument('--no-export', action='store_true')
    ap.add_argument('--extra', default='', help="ner/extra licence tiers to train on (extra.py): 'A' (bundled) or 'A,B'")
    ap.add_argument('--extra-upsample', type=int, default=3, help='copies of each ner/extra train sentence per epoch')
    ap.add_argument('--extra-lower', type=float, default=0.0, help='share of ner/extra train sentences lower-cased')
    ap.add_argument('--lower-dev', action='store_true', help='also select on the lower-cased dev split (add_lower_dev)')
    ap.add_argument('--init', default='', help='encoder weights from pretrain.py (experiment; the bundled model has none)')
    args = ap.parse_args()
    torch.set_num_threads(1)
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    include = [s for s in SOURCES + (['extra'] if args.extra else []) if s not in args.exclude.split(',')]
    work = os.path.join(args.work, f'ner-{args.tag}')
    os.makedirs(work, exist_ok=True)
    log('sources', include, 'work', work)

    d = load_all(args.data)
    d['prefixes'] = openings(d['train']['wikiann'] + d['train']['wnut17'])
    lex = Lexicon(args.data, 'train', gaz=gazetteers(d['train']['wikiann']) if 'wikiann' in include else None)
    eval_lex = Lexicon(args.data, 'eval')
    d['dev']['synthetic'] = generate(Lexicon(args.data, 'train'), 900, seed=77, split='train')
    d['test']['synthetic'] = generate(eval_lex, 2700, seed=12345, split='eval')
    if 'extra' in include:
        add_extra(d, args.data, args.extra)
    if args.lower_dev:
        add_lower_dev(d)
    dev = {s: d['dev'][s] for s in include + (['lower'] if args.lower_dev else [])}
    wk_names = d['train']['wikiann'] if 'wikiann' in include else None  # no WikiANN labels in a run without it
    d['neg'] = load_negatives(args.data, 'train', wk_names) if args.neg > 0 else []
    d['neg_by_lang'] = {}
    for x in d['neg']:
        d['neg_by_lang'].setdefault(x[3], []).append(x)
    neg_dev = load_negatives(args.data, 'dev', wk_names)[::3]
    log('negatives', len(d['neg']), 'dev negatives', len(neg_dev))
    bits = None
    if args.gaz:
        gpath = os.path.join(work, 'gaz_bits.npy')
        if os.path.exists(gpath):
            bits = np.load(gpath)
        else:
            bits, sizes = build_bits(args.data, d['neg'] or load_negatives(args.data, 'train', wk_names))
            np.save(gpath, bits)
            log('gazetteer entries per category', sizes, 'bytes', bits.nbytes)
        set_gazetteer(bits)
    log({k: {s: len(v) for s, v in d[k].items()} for k in ('train', 'dev', 'test')})

    model = Tagger(CFG_GAZ if args.gaz else CFG)
    if args.init:
        missing, unexpected = model.load_state_dict(torch.load(args.init), strict=False)
        log('encoder initialised from', args.init, 'missing', missing, 'unexpected', unexpected)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-5)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, total_steps=args.steps, pct_start=0.05)
    step, best = 0, -1.0
    ckpt = os.path.join(work, 'ckpt.pt')
    if os.path.exists(ckpt):
        st = torch.load(ckpt)
        model.load_state_dict(st['model'])
        opt.load_state_dict(st['opt'])
        sched.load_state_dict(st['sched'])
        step, best = st['step'], st['best']
        torch.set_rng_state(st['torch_rng'])
        log('resumed at step', step, 'best dev', best)

    epoch, pos, t0, loss_acc = 0, step, time.time(), 0.0
    while step < args.steps:
        batches = epoch_batches(epoch, d, lex, args, include)
        if pos >= len(batches):
            pos -= len(batches)
            epoch += 1
            continue
        log(f'epoch {epoch}: {len(batches)} batches, starting at {pos}')
        for b in batches[pos:]:
            model.train()
            ng, w, s, tags, z = pad_batch(b)
            logits = model(ng, w, s, z)
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), tags.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            loss_acc += loss.item()
            if step % 100 == 0:
                log(f'step {step}/{args.steps} loss {loss_acc / 100:.4f} {(time.time() - t0) / 100:.3f}s/step')
                loss_acc, t0 = 0.0, time.time()
            if step % args.eval_every == 0 or step == args.steps:
                score, per = dev_score(model, dev, neg_dev)
                log(f'dev step {step}: mean F1 {score:.4f} {per}')
                if score > best:
                    best = score
                    torch.save(model.state_dict(), os.path.join(work, 'best.pt'))
                torch.save(
                    {'model': model.state_dict(), 'opt': opt.state_dict(), 'sched': sched.state_dict(), 'step': step,
                     'best': best, 'torch_rng': torch.get_rng_state()},
                    ckpt,
                )
                t0 = time.time()
            if step >= args.steps:
                break
        pos, epoch = 0, epoch + 1

    model.load_state_dict(torch.load(os.path.join(work, 'best.pt')))
    log('test evaluation (best dev checkpoint)')
    results = {'sources': include, 'steps': args.steps, 'best_dev': best}
    for src, exs in d['test'].items():
        results[src] = evaluate(model, exs)
        log(src, json.dumps(results[src]['all']))
    from probe import probe_rate

    results['dev_all'] = {src: evaluate(model, exs)['all']['all'] for src, exs in d['dev'].items()}
    log('dev (all sources, excluded ones for recipe comparison only)', json.dumps({k: v['f1'] for k, v in results['dev_all'].items()}))
    results['neg_dev_fp_per_100'] = neg_rate(model, neg_dev)
    results['probe'] = probe_rate(model)[0]
    log('dev negatives FP/100', results['neg_dev_fp_per_100'], 'probe spans/100', results['probe'])
    json.dump(results, open(os.path.join(work, 'results.json'), 'w'), indent=1)
    if not args.no_export:
        from export import export

        export(model, d, results, args.out, os.path.join(HERE, '..', '..', 'packages', 'models', 'test', 'fixtures'), bits)
        os.makedirs(os.path.join(args.work, 'ner-final'), exist_ok=True)
        json.dump({**results, 'tag': args.tag}, open(os.path.join(args.work, 'ner-final', 'results.json'), 'w'), indent=1)
        log('exported to', args.out)


if __name__ == '__main__':
    main()
