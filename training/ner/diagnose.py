"""False-positive diagnosis of a held-out-source run on the WNUT-17 and SEC test splits (analysis only; nothing is
tuned on it): counts false-positive spans by kind (overlapping a gold entity with wrong span/type, sentence-initial,
ALL CAPS, lowercase, other capitalised) and lists the most frequent ones.
  /usr/bin/python3 training/ner/diagnose.py --data ../shared/data holdout-neg-gaz"""

import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import torch  # noqa: E402
from data import load_sec, load_wnut  # noqa: E402
from evaluate import load_run, predict  # noqa: E402
from features import spans_from_tags  # noqa: E402

WORK = os.path.join(HERE, '..', '.work')


def kind(text, s, e, gold):
    t = text[s:e]
    if any(g[0] < e and s < g[1] for g in gold):
        return 'overlaps gold (wrong span/type)'
    if s == 0:
        return 'sentence-initial'
    if t.isupper():
        return 'ALL CAPS'
    if t[:1].islower():
        return 'lowercase'
    if t[:1].isupper():
        return 'capitalised'
    return 'other'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('runs', nargs='+')
    args = ap.parse_args()
    torch.set_num_threads(1)
    out_path = os.path.join(WORK, 'ner-diagnosis.json')
    out = json.load(open(out_path)) if os.path.exists(out_path) else {}
    sets = {'wnut17': load_wnut(args.data, 'test'), 'sec': load_sec(args.data, 'test')}
    for run in args.runs:
        work = os.path.join(WORK, f'ner-{run}')
        model, _bits = load_run(work)
        out[run] = {}
        for name, exs in sets.items():
            kinds, top = collections.Counter(), collections.Counter()
            for ex, (toks, tags, _p) in zip(exs, predict(model, [x[0] for x in exs])):
                gold = set(ex[1])
                for s, e, t in set(spans_from_tags(toks, tags)) - gold:
                    kinds[kind(ex[0], s, e, gold)] += 1
                    top[f'{ex[0][s:e]} ({t})'] += 1
            out[run][name] = {'fp': sum(kinds.values()), 'kinds': dict(kinds.most_common()), 'top': top.most_common(12)}
            print(run, name, json.dumps(out[run][name], ensure_ascii=False), flush=True)
    json.dump(out, open(out_path, 'w'), indent=1, ensure_ascii=False)


if __name__ == '__main__':
    main()
