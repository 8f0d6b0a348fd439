"""Step 2: unlabelled pretraining corpus (training splits only) + sentencepiece Unigram vocabulary + packed token ids.
  /usr/bin/python3 training/experiments/encoder/corpus.py --data ../shared/data
Writes training/.work/encoder/{corpus.txt,heldout.txt,spm.model,spm.vocab,train_ids.npy,heldout_ids.npy,
corpus_stats.json}. Deterministic; skips steps whose outputs exist.

Included (case kept): WikiANN train (6 languages; NER), toxicity TRAIN-split rows of the sources toxicity trains on
(Davidson, TweetEval offensive+hate, GermEval 2018, DE-LIMIT sources in toxicity/data.py DELIMIT_TRAIN; never the
eval-only DE-LIMIT sources English_2g/2h/2i/2j, German_3c, nor val/test rows), Tatoeba sentences of LID's training split
(lid/data.py split_tatoeba, seed 1234) minus the 10% the NER negatives use as dev (fnv1a % 10 == 0), STS-B-multi-mt
TRAIN files (11 languages), and NER synthetic chat sentences (synth.py, train lexicon + train templates).
Excluded on purpose: WNUT-17 and SEC text (the held-out NER sources stay wholly unseen), UDHR (LID's held-out set)."""

import argparse
import csv
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRAINING = os.path.join(HERE, '..')
WORK = os.path.join(TRAINING, '.work', 'encoder')
sys.path.insert(0, HERE)

VOCAB = 12000
SEQ = 128
PAD, UNK, BOS, EOS, MASK = 0, 1, 2, 3, 4


def _import(sub, names):
    """Import names from training/<sub>/<module>.py without clashing module names (data.py exists thrice)."""
    import importlib.util

    out = []
    for mod, name in names:
        path = os.path.join(TRAINING, sub, mod + '.py')
        sys.path.insert(0, os.path.join(TRAINING, sub))
        key = f'_{sub}_{mod}'
        if key not in sys.modules:
            spec = importlib.util.spec_from_file_location(key, path)
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            sys.modules[key] = m
        out.append(getattr(sys.modules[key], name))
        sys.path.pop(0)
    return out


def collect(data):
    texts = []  # (source, text)
    (load_wikiann,) = _import('ner', [('data', 'load_wikiann')])
    for lang in ['de', 'en', 'es', 'nl', 'pl', 'ru']:
        texts += [('wikiann', x[0]) for x in load_wikiann(data, lang, 'train')]
    (tox_all,) = _import('toxicity', [('data', 'load_all')])
    train_rows, _eval_only = tox_all(data)
    texts += [('toxicity', r[0]) for r in train_rows if r[4] == 'train']
    load_tatoeba, split_tatoeba = _import('lid', [('data', 'load_tatoeba'), ('data', 'split_tatoeba')])
    (fnv1a,) = _import('ner', [('features', 'fnv1a')])
    split = split_tatoeba(load_tatoeba(data), 1234)
    texts += [('tatoeba', t) for rows in split['train'].values() for t in rows if fnv1a(t) % 10 != 0]
    d = os.path.join(data, 'paraphrase', 'stsb-multi-mt', 'data')
    for fn in sorted(os.listdir(d)):
        if fn.endswith('-train.csv'):
            for row in csv.reader(open(os.path.join(d, fn), encoding='utf-8')):
                texts += [('stsb', s) for s in row[:2]]
    Lexicon, generate = _import('ner', [('synth', 'Lexicon'), ('synth', 'generate')])
    texts += [('synthetic', x[0]) for x in generate(Lexicon(data, 'train'), 60000, seed=424242, split='train')]
    out, seen = [], set()
    for src, t in texts:
        t = ' '.join(t.replace('\u2581', ' ').split())
        if len(t) >= 3 and t not in seen:
            seen.add(t)
            out.append((src, t))
    return out


def encode_words(sp, text, tokenize):
    """Token ids of a text, segmented per NER token (features.tokenize): a token after whitespace (or at the start)
    gets the '▁' word-start marker, a token glued to the previous one (punctuation) gets none. Returns (ids, first)
    where first[k] = index into ids of the first piece of word k."""
    toks = tokenize(text)
    strs = [(' ' if (k == 0 or text[toks[k - 1][2]:s] != '') else '') + t for k, (t, s, _e) in enumerate(toks)]
    pieces = sp.encode(strs) if strs else []
    ids, first = [], []
    for p in pieces:
        first.append(len(ids))
        ids += p
    return ids, first, toks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    import numpy as np
    import sentencepiece as spm

    cpath, hpath = os.path.join(WORK, 'corpus.txt'), os.path.join(WORK, 'heldout.txt')
    if not os.path.exists(cpath):
        rows = collect(args.data)
        random.Random(0).shuffle(rows)
        n_h = len(rows) // 100
        stats = {}
        for src, _t in rows:
            stats[src] = stats.get(src, 0) + 1
        with open(hpath, 'w', encoding='utf-8') as f:
            f.writelines(t + '\n' for _s, t in rows[:n_h])
        with open(cpath, 'w', encoding='utf-8') as f:
            f.writelines(t + '\n' for _s, t in rows[n_h:])
        json.dump({'sentences_by_source': stats, 'heldout': n_h}, open(os.path.join(WORK, 'corpus_stats.json'), 'w'),
                  indent=1)
        print('corpus', stats, 'heldout', n_h, flush=True)
    mpath = os.path.join(WORK, 'spm.model')
    if not os.path.exists(mpath):
        spm.SentencePieceTrainer.train(
            input=cpath, model_prefix=os.path.join(WORK, 'spm'), vocab_size=VOCAB, model_type='unigram',
            character_coverage=0.9995, byte_fallback=True, normalization_rule_name='identity',
            remove_extra_whitespaces=False, add_dummy_prefix=False, pad_id=PAD, unk_id=UNK, bos_id=BOS, eos_id=EOS,
            user_defined_symbols=['[MASK]'], input_sentence_size=1000000, shuffle_input_sentence=True,
            num_threads=2, max_sentencepiece_length=16, train_extremely_large_corpus=False)
        print('sentencepiece trained', flush=True)
    sp = spm.SentencePieceProcessor(model_file=mpath)
    (tokenize,) = _import('ner', [('features', 'tokenize')])
    for name, path in (('heldout', hpath), ('train', cpath)):
        out = os.path.join(WORK, f'{name}_ids.npy')
        if os.path.exists(out):
            continue
        blocks, cur = [], [BOS]
        n_tok = 0
        for line in open(path, encoding='utf-8'):
            ids = encode_words(sp, line.rstrip('\n'), tokenize)[0][: SEQ - 2] + [EOS]
            n_tok += len(ids)
            if len(cur) + len(ids) > SEQ:
                blocks.append(cur + [PAD] * (SEQ - len(cur)))
                cur = [BOS]
            cur += ids
        blocks.append(cur + [PAD] * (SEQ - len(cur)))
        arr = np.array(blocks, dtype=np.int16)
        np.save(out, arr)
        print(name, 'blocks', arr.shape, 'tokens', n_tok, flush=True)


if __name__ == '__main__':
    main()
