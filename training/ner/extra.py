"""Loaders for ner/extra (ner/EXTRA_NER_SOURCES.md): one JSONL file per source and split, BIO over PER/LOC/ORG.

Splits (fixed before any run, never tuned):
- a source with train, dev and test files uses them as they are;
- train + test but no dev: dev = the train sentences whose hash bucket is < 10 (of 100), train = the rest;
- dev/validation + test but no train (UNER English-EWT): the dev file is split by hash, buckets < 70 train, rest dev;
- only an `all`, `dev` or `validation` file: buckets < 80 train, 80-89 dev, 90-99 test;
- test only: test.
The hash bucket is md5(tokens joined by one space) mod 100, so a sentence always falls in the same split.
TIER: 'A' = the licence allows shipping trained weights; 'B' = non-commercial, research-only or unclear (never trained
on for the bundled model; those files are held-out sources)."""

import hashlib
import json
import os

TIER = {
    'europeana_fr': 'A', 'gum_en_A': 'A', 'gum_en_B': 'B', 'hineng_cm_tweets': 'B', 'hiner_hi': 'A', 'idner_news_id': 'A',
    'kind_it': 'B', 'klue_ner_ko': 'A', 'nemo_he': 'B', 'ner_uk': 'B', 'newsfane_ar': 'A', 'norne_nb': 'A',
    'norne_nn': 'A', 'stockmark_wiki_ja': 'A', 'turkish_wiki_ner_tr': 'A', 'tweebank_ner_en': 'B', 'uner_da_ddt': 'A',
    'uner_en_ewt': 'A', 'uner_hr_set': 'A', 'uner_pt_bosque': 'A', 'uner_sk_snk': 'A', 'uner_sv_talbanken': 'A',
    'uner_tl_trg': 'A', 'uner_zh_gsd': 'A', 'weibo_zh': 'B', 'wnut16_en': 'B',
}
# Sources tokenised into single characters or unspaced words (Chinese, Japanese): the runtime tokenizer sees a whole
# unspaced run as one token, so gold-token training would not transfer to it; evaluated (with gold tokens) only.
NO_TRAIN = {'uner_zh_gsd', 'stockmark_wiki_ja', 'weibo_zh'}
SPLITS = ('train', 'dev', 'test')


def bucket(tokens):
    return int(hashlib.md5(' '.join(tokens).encode('utf-8')).hexdigest(), 16) % 100


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def files(data):
    """{source: {file split name: path}} for every file in ner/extra."""
    out = {}
    edir = os.path.join(data, 'ner', 'extra')
    for name in sorted(os.listdir(edir)):
        parts = name.split('.')
        if len(parts) == 3 and parts[2] == 'jsonl':
            if parts[0] not in TIER:
                raise ValueError(f'{name}: source {parts[0]} has no licence tier in extra.py (see EXTRA_NER_SOURCES.md)')
            out.setdefault(parts[0], {})[parts[1]] = os.path.join(edir, name)
    return out


def split_rows(paths):
    """{'train': rows, 'dev': rows, 'test': rows} for one source from its files, by the rules in the module doc."""
    got = {k: read_jsonl(p) for k, p in paths.items()}
    dev_like = got.get('dev', []) + got.get('validation', [])
    out = {s: [] for s in SPLITS}
    if 'train' in got:
        out['test'] = got.get('test', [])
        if dev_like:
            out['train'], out['dev'] = got['train'], dev_like
        else:
            out['train'] = [r for r in got['train'] if bucket(r['tokens']) >= 10]
            out['dev'] = [r for r in got['train'] if bucket(r['tokens']) < 10]
    elif 'test' in got:
        out['test'] = got['test']
        out['train'] = [r for r in dev_like if bucket(r['tokens']) < 70]
        out['dev'] = [r for r in dev_like if bucket(r['tokens']) >= 70]
    else:
        rows = got.get('all', []) + dev_like
        out['train'] = [r for r in rows if bucket(r['tokens']) < 80]
        out['dev'] = [r for r in rows if 80 <= bucket(r['tokens']) < 90]
        out['test'] = [r for r in rows if bucket(r['tokens']) >= 90]
    return out


def load_extra(data, tiers=('A', 'B')):
    """{split: {source: [examples]}} of every ner/extra source in `tiers`; examples as data.py (text, spans, source,
    lang). Sources in NO_TRAIN get no train rows."""
    from data import bio_to_example  # here, so that training/calibration/rows.py can load this file by path

    out = {s: {} for s in SPLITS}
    for src, paths in files(data).items():
        if TIER[src] not in tiers:
            continue
        for split, rows in split_rows(paths).items():
            if split == 'train' and src in NO_TRAIN:
                continue
            if rows:
                out[split][src] = [bio_to_example(r['tokens'], r['tags'], src, r['lang']) for r in rows]
    return out
