"""Loads the toxicity sources from the shared data folder with binary labels (1 = abusive/offensive/hateful)."""

import csv
import json
import os
import zlib

# DE-LIMIT sources named in its README (trained on); the others have no documented origin/licence: evaluation only.
DELIMIT_TRAIN = {
    'Arabic_1a': 'ar', 'Arabic_1b': 'ar', 'English_2e': 'en', 'German_3a': 'de', 'Indonesian_4a': 'id',
    'Indonesian_4b': 'id', 'Italian_5a': 'it', 'Italian_5b': 'it', 'Polish_6a': 'pl', 'Portugese_7a': 'pt',
    'Spanish_8a': 'es', 'Spanish_8b': 'es', 'French_9a': 'fr',
}
DELIMIT_EVAL_ONLY = {'English_2g': 'en', 'English_2h': 'en', 'English_2i': 'en', 'English_2j': 'en', 'German_3c': 'de'}
DELIMIT_DROPPED = {'English_2a', 'English_2d'}  # duplicates of Davidson / HatEval (TweetEval hate)


def _split_of(text: str, val: float = 0.1, test: float = 0.1) -> str:
    r = (zlib.crc32(text.encode('utf-8')) % 10000) / 10000
    return 'test' if r < test else 'val' if r < test + val else 'train'


def load_davidson(root):
    rows = []
    with open(os.path.join(root, 'toxicity/davidson/labeled_data.csv'), newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            t = r['tweet']
            rows.append((t, 0 if r['class'] == '2' else 1, 'davidson', 'en', _split_of(t)))
    return rows


def read_tweeteval(root, task):
    """(text, label string, split) of one TweetEval task's official train/val/test files."""
    for sp in ('train', 'val', 'test'):
        d = os.path.join(root, 'toxicity/tweeteval', task)
        with open(os.path.join(d, f'{sp}_text.txt'), encoding='utf-8') as f:
            texts = f.read().split('\n')
        with open(os.path.join(d, f'{sp}_labels.txt'), encoding='utf-8') as f:
            labels = [x.strip() for x in f.read().split('\n') if x.strip()]
        for t, y in zip(texts, labels):
            yield t, y, sp


def load_tweeteval(root, task):
    return [(t, int(y), f'tweeteval-{task}', 'en', sp) for t, y, sp in read_tweeteval(root, task)]


def load_germeval(root):
    rows = []
    with open(os.path.join(root, 'toxicity/germeval2018/germeval2018.training.txt'), encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) >= 2:
                rows.append((parts[0], 1 if parts[1] == 'OFFENSE' else 0, 'germeval2018', 'de', _split_of(parts[0])))
    return rows


def load_delimit(root, names):
    rows = []
    for name, lang in names.items():
        for sp in ('train', 'val', 'test'):
            p = os.path.join(root, 'toxicity/delimit_multilingual', sp, f'{name}_full.csv')
            if not os.path.exists(p):
                continue
            with open(p, newline='', encoding='utf-8') as f:
                for r in csv.DictReader(f):
                    if r['text'].strip() and r['label'].strip():
                        rows.append((r['text'], int(float(r['label'])), f'delimit-{name}', lang, sp))
    return rows


# toxicity/extra (round 2; toxicity/extra/SOURCES.md): file -> licence tier. Tier A allows shipping trained weights.
EXTRA_TIERS = {
    'cold_zh.jsonl': 'A', 'korean_hate_speech_ko.jsonl': 'A', 'toldbr_pt.jsonl': 'A', 'poleval2019_task6_pl.jsonl': 'A',
    'dkhate_da.jsonl': 'A', 'mlma_ar_fr.jsonl': 'A', 'ru_distorted_toxicity_ru.jsonl': 'A', 'japanese_toxic_ja.jsonl': 'A',
    'hatemoji_build_en.jsonl': 'A', 'offenseval2020_tr.jsonl': 'B', 'hasoc2019_hi.jsonl': 'B', 'trac1_hi.jsonl': 'B',
    'osact2022_ar.jsonl': 'B',
}


def extra_split(row):
    """Split of a toxicity/extra row by a hash of its text (of its pair id for HatemojiBuild, so that an original and
    its perturbation stay together): 50% train, 10% val, 40% test. training/calibration/rows.py uses the same split."""
    key = row.get('pair_id') or row['text']
    r = (zlib.crc32(key.encode('utf-8')) % 1000) / 1000
    return 'train' if r < 0.5 else 'val' if r < 0.6 else 'test'


def read_extra(root, tiers=('A',)):
    """The JSON records of toxicity/extra files of the given licence tiers."""
    d = os.path.join(root, 'toxicity', 'extra')
    for name, tier in sorted(EXTRA_TIERS.items()):
        if tier not in tiers or not os.path.exists(os.path.join(d, name)):
            continue
        with open(os.path.join(d, name), encoding='utf-8') as f:
            for line in f:
                yield json.loads(line)


def load_extra(root, tiers=('A',)):
    """toxicity/extra rows of the given licence tiers as (text, label, source, lang, split); source = extra-<id>."""
    return [(r['text'], int(r['label']), f"extra-{r['source']}", r['lang'], extra_split(r)) for r in read_extra(root, tiers)]


def load_all(root, extra_tiers=()):
    """Returns (train_sources_rows, eval_only_rows); each row = (text, label, source, lang, split)."""
    train = load_davidson(root) + load_tweeteval(root, 'offensive') + load_tweeteval(root, 'hate')
    train += load_germeval(root) + load_delimit(root, DELIMIT_TRAIN)
    if extra_tiers:
        train += load_extra(root, extra_tiers)
    return train, load_delimit(root, DELIMIT_EVAL_ONLY)


def load_lexicon(root):
    d = os.path.join(root, 'toxicity/lexicon_naughty_words')
    words = set()
    for fn in sorted(os.listdir(d)):
        if fn.endswith('.json'):
            with open(os.path.join(d, fn), encoding='utf-8') as f:
                words.update(w.strip().lower() for w in json.load(f) if w.strip())
    return sorted(words)


def drop_train_copies(rows, keys, held):
    """Training rows whose key is held out (in `held`) or already seen are dropped; other splits are kept as they are."""
    seen, keep = set(), []
    for k, r in zip(keys, rows):
        if r[4] == 'train' and (k in held or k in seen):
            continue
        seen.add(k)
        keep.append(r)
    return keep
