"""Trivial baseline on the same held-out test sets: every maximal run of capitalised word tokens that does not start
the sentence is one entity, typed with the majority type (PER). Prints exact-span micro P/R/F1 (typed) and untyped.
  /usr/bin/python3 training/ner/baseline.py --data ../shared/data"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from evaluate import prf  # noqa: E402
from features import case_class, tokenize  # noqa: E402
from synth import Lexicon, generate  # noqa: E402
from train import load_all  # noqa: E402


def predict(text):
    spans, cur = [], None
    toks = tokenize(text)
    for k, (tok, s, e) in enumerate(toks):
        cap = case_class(tok) in (1, 2, 3) and k > 0 and toks[k - 1][0] not in ('.', '!', '?')
        if cap:
            cur = [cur[0], e] if cur else [s, e]
        elif cur:
            spans.append((cur[0], cur[1], 'PER'))
            cur = None
    if cur:
        spans.append((cur[0], cur[1], 'PER'))
    return spans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--out', default=os.path.join(HERE, '..', '.work', 'ner-baseline.json'))
    args = ap.parse_args()
    d = load_all(args.data)
    d['test']['synthetic'] = generate(Lexicon(args.data, 'eval'), 2700, seed=12345, split='eval')
    res = {}
    for src, exs in d['test'].items():
        c = {'typed': [0, 0, 0], 'untyped': [0, 0, 0]}
        for text, gold, _s, _l in exs:
            pred = predict(text)
            for key, g, q in (
                ('typed', set(gold), set(pred)),
                ('untyped', {x[:2] for x in gold}, {x[:2] for x in pred}),
            ):
                c[key][0] += len(g & q)
                c[key][1] += len(q - g)
                c[key][2] += len(g - q)
        res[src] = {k: prf(*v) for k, v in c.items()}
        print(src, json.dumps(res[src]))
    json.dump(res, open(args.out, 'w'), indent=1)


if __name__ == '__main__':
    main()
