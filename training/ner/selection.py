"""Validation figures of trained runs for the recipe-selection table of the card: exact-span F1 on every dev split
(WikiANN val 400/lang, WNUT-17 dev, SEC dev 150, synthetic dev), false-positive spans per 100 entity-free dev sentences
(negatives.py 'dev'), and spans per 100 no-entity chat prompts (probe.py). Test splits are not touched.
  /usr/bin/python3 training/ner/selection.py --data ../shared/data run1 run2 ...
Writes training/.work/ner-selection.json (merged with earlier entries)."""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import torch  # noqa: E402
from evaluate import evaluate, load_run, set_gazetteer  # noqa: E402
from negatives import load_negatives  # noqa: E402
from probe import probe_rate  # noqa: E402
from synth import Lexicon, generate  # noqa: E402
from train import add_extra, add_lower_dev, load_all, neg_rate  # noqa: E402

WORK = os.path.join(HERE, '..', '.work')


def dev_figures(model, dev):
    """Exact-span F1 and PERSON recall per dev split."""
    res = {s: evaluate(model, exs)['all'] for s, exs in dev.items()}
    return {'dev': {s: r['all']['f1'] for s, r in res.items()}, 'dev_per_r': {s: r['PER']['r'] for s, r in res.items()}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--extra', default='', help="also the pooled ner/extra dev split of these licence tiers ('A')")
    ap.add_argument('runs', nargs='+')
    args = ap.parse_args()
    torch.set_num_threads(1)
    d = load_all(args.data)
    d['dev']['synthetic'] = generate(Lexicon(args.data, 'train'), 900, seed=77, split='train')
    if args.extra:
        add_extra(d, args.data, args.extra)
    add_lower_dev(d)
    neg_dev = load_negatives(args.data, 'dev', d['train']['wikiann'])[::3]
    out_path = os.path.join(WORK, 'ner-selection.json')
    out = json.load(open(out_path)) if os.path.exists(out_path) else {}
    for run in args.runs:
        work = os.path.join(WORK, f'ner-{run}')
        model, _bits = load_run(work)
        res = json.load(open(os.path.join(work, 'results.json'))) if os.path.exists(os.path.join(work, 'results.json')) else {}
        out[run] = {
            'sources': res.get('sources'), 'steps': res.get('steps'),
            **dev_figures(model, d['dev']),
            'neg_dev_fp_per_100': neg_rate(model, neg_dev), 'probe': probe_rate(model)[0],
        }
        print(run, json.dumps(out[run]), flush=True)
    set_gazetteer(None)
    json.dump(out, open(out_path, 'w'), indent=1)


if __name__ == '__main__':
    main()
