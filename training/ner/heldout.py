"""Held-out figures of trained runs on every test split: WikiANN / WNUT-17 / SEC / synthetic eval and the ner/extra
test splits (extra.py; Tier A and Tier B sources), exact-span P/R/F1 overall and for PER, per source and language and
per language, plus false spans on entity-free dev sentences and the no-entity chat probe.
  /usr/bin/python3 training/ner/heldout.py --data ../shared/data v5 r2
Writes training/.work/ner-heldout.json (merged with earlier entries)."""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import torch  # noqa: E402
from evaluate import evaluate, load_run  # noqa: E402
from extra import TIER, load_extra  # noqa: E402
from negatives import load_negatives  # noqa: E402
from probe import probe_rate  # noqa: E402
from synth import Lexicon, generate  # noqa: E402
from train import load_all, neg_rate  # noqa: E402

WORK = os.path.join(HERE, '..', '.work')


def test_sets(data):
    """{source: examples} of every test split; the synthetic eval set as in train.py."""
    d = load_all(data)
    tests = dict(d['test'])
    tests['synthetic'] = generate(Lexicon(data, 'eval'), 2700, seed=12345, split='eval')
    tests.update(load_extra(data)['test'])
    return tests, d['train']['wikiann']


def summary(res):
    """all / PER P, R, F1 and gold counts of one evaluate() group."""
    return {'p': res['all']['p'], 'r': res['all']['r'], 'f1': res['all']['f1'], 'n': res['all']['n'],
            'per_p': res['PER']['p'], 'per_r': res['PER']['r'], 'per_f1': res['PER']['f1'], 'per_n': res['PER']['n']}


def run_figures(model, tests, neg_dev):
    by_source, by_lang = {}, {}
    pooled = []
    for src, exs in tests.items():
        res = evaluate(model, exs)
        by_source[src] = {'tier': TIER.get(src, 'A'), **summary(res['all'])}
        for key, v in res.items():
            if key != 'all' and src != 'synthetic' and len({x[3] for x in exs}) > 1:
                by_source[f'{src}/{key.split("/", 1)[1]}'] = {'tier': TIER.get(src, 'A'), **summary(v)}
        if src != 'synthetic':
            pooled += exs
    res = evaluate(model, pooled, group=lambda ex: ex[3])
    for lang, v in res.items():
        if lang != 'all':
            by_lang[lang] = summary(v)
    return {'source': by_source, 'lang': by_lang, 'neg_dev_fp_per_100': neg_rate(model, neg_dev),
            'probe': probe_rate(model)[0]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('runs', nargs='+')
    args = ap.parse_args()
    torch.set_num_threads(1)
    tests, wk_train = test_sets(args.data)
    neg_dev = load_negatives(args.data, 'dev', wk_train)[::3]
    out_path = os.path.join(WORK, 'ner-heldout.json')
    out = json.load(open(out_path)) if os.path.exists(out_path) else {}
    for run in args.runs:
        model, _bits = load_run(os.path.join(WORK, f'ner-{run}'))
        out[run] = run_figures(model, tests, neg_dev)
        print(run, json.dumps({k: v['f1'] for k, v in out[run]['source'].items()}), flush=True)
        json.dump(out, open(out_path, 'w'), indent=1)


if __name__ == '__main__':
    main()
