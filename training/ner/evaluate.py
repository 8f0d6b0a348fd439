"""Featurisation cache, augmentation and exact-span entity evaluation."""

import os

import numpy as np
import torch
from features import MAX_NGRAMS, decode, ngram_ids, shape_ids, spans_from_tags, tags_for_spans, tokenize, word_id
from gazetteer import N_GAZ, lookup, positions
from model import CFG, CFG_GAZ, Tagger, pad_batch
from synth import noisy

_cache = {}
GAZ = {'bits': None}  # set_gazetteer() before featurising when the model uses gazetteer features


def set_gazetteer(bits):
    GAZ['bits'] = bits
    _cache.clear()


def load_run(work):
    """The best checkpoint of a training run (its work folder) in eval mode, with the gazetteer bits it was trained
    with set for featurisation -> (model, bits or None)."""
    state = torch.load(os.path.join(work, 'best.pt'))
    gaz = 'gaz.weight' in state
    model = Tagger(CFG_GAZ if gaz else CFG)
    model.load_state_dict(state)
    model.eval()
    bits = np.load(os.path.join(work, 'gaz_bits.npy')) if gaz else None
    set_gazetteer(bits)
    return model, bits


def token_feats(tok):
    f = _cache.get(tok)
    if f is None:
        g = np.zeros(MAX_NGRAMS, dtype=np.int32)
        ids = ngram_ids(tok)
        g[: len(ids)] = ids
        z = lookup(GAZ['bits'], positions(tok)) if GAZ['bits'] is not None else np.zeros(N_GAZ, dtype=np.float32)
        f = _cache[tok] = (g, word_id(tok), z)
    return f


def featurize_example(text, spans):
    toks = tokenize(text)
    tf = [token_feats(t) for t, _, _ in toks]
    ng = np.stack([f[0] for f in tf]) if tf else np.zeros((0, MAX_NGRAMS), dtype=np.int32)
    w = np.array([f[1] for f in tf], dtype=np.int64)
    s = np.array(shape_ids(text, toks), dtype=np.int64)
    t = np.array(tags_for_spans(toks, spans), dtype=np.int64) if spans is not None else None
    z = np.stack([f[2] for f in tf]) if tf else np.zeros((0, N_GAZ), dtype=np.float32)
    return toks, (ng, w, s, t, z)


def swap_entity(rng, lex, lang, typ):
    lang = lang if lang in lex.first else 'en'
    return lex.person(rng, lang) if typ == 'PER' else lex.place(rng, lang) if typ == 'LOC' else lex.org(rng, lang)


def augment(rng, example, lex=None, swap=0.0, noise=True):
    """Entity swapping (each entity replaced by a lexicon entity of the same type with probability `swap`) and
    chat-style noise (lowercase, no punctuation, emoji, typos, fillers, URLs) on a labelled sentence."""
    text, spans, src, lang = example
    segs, pos = [], 0
    for s, e, typ in sorted(spans):
        if s > pos:
            segs.append([text[pos:s], None])
        segs.append([swap_entity(rng, lex, lang, typ) if lex and rng.random() < swap else text[s:e], typ])
        pos = e
    if pos < len(text):
        segs.append([text[pos:], None])
    if not segs:
        return example
    if noise:
        segs = noisy(rng, lang if lang in ('de', 'en', 'es', 'nl', 'pl', 'ru') else 'en', segs)
    out, new = '', []
    for t, y in segs:
        if y and t.strip():
            new.append((len(out), len(out) + len(t), y))
        out += t
    return (out, new, src, lang)


@torch.no_grad()
def predict(model, texts, batch=64):
    """-> list of (tokens, tag ids, probs) per text."""
    model.eval()
    feats = [featurize_example(t, None) for t in texts]
    order = sorted(range(len(texts)), key=lambda i: len(feats[i][1][1]))
    res = [None] * len(texts)
    for k in range(0, len(order), batch):
        idx = order[k : k + batch]
        ng, w, s, _, z = pad_batch([feats[i][1] for i in idx])
        probs = torch.softmax(model(ng, w, s, z), dim=-1).numpy()
        for b, i in enumerate(idx):
            n = len(feats[i][0])
            p = probs[b, :n]
            res[i] = (feats[i][0], decode(p.tolist()), p)
    return res


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {'p': round(p, 4), 'r': round(r, 4), 'f1': round(2 * p * r / (p + r), 4) if p + r else 0.0, 'n': tp + fn}


def evaluate(model, examples, group=lambda ex: ex[2] + '/' + ex[3]):
    """Exact-span entity micro P/R/F1, overall, per group and per type."""
    preds = predict(model, [ex[0] for ex in examples])
    return span_scores(examples, [spans_from_tags(toks, tags) for toks, tags, _p in preds], group)


def span_scores(examples, preds, group=lambda ex: ex[2] + '/' + ex[3]):
    """Exact-span entity micro P/R/F1 of predicted span lists against the examples' gold spans, overall, per group
    and per type."""
    counts = {}
    for ex, spans in zip(examples, preds):
        gold, pred = set(ex[1]), set(spans)
        for key in ('all', group(ex)):
            for typ in ('all', 'PER', 'LOC', 'ORG'):
                c = counts.setdefault((key, typ), [0, 0, 0])
                g = {x for x in gold if typ == 'all' or x[2] == typ}
                q = {x for x in pred if typ == 'all' or x[2] == typ}
                c[0] += len(g & q)
                c[1] += len(q - g)
                c[2] += len(g - q)
    out = {}
    for (key, typ), c in sorted(counts.items()):
        out.setdefault(key, {})[typ] = prf(*c)
    return out
