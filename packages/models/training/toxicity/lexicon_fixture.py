"""Writes test/fixtures/toxicity-lexicon-features.json: featurizer parity for the optional lexicon features.

The bundled model has no lexicon.json (lexicon features off), so the main parity fixture does not exercise them; this
one carries a lexicon (the LDNOOBW entries kept by train.build_lexicon on the training splits) and both settings of
entry features. /usr/bin/python3 packages/models/training/toxicity/lexicon_fixture.py --data ../shared/data
"""

import argparse
import json
import os
import pickle
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import features as F  # noqa: E402
import train as T  # noqa: E402
from evaluate import PARITY  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--work', default=os.path.join(HERE, '..', '.work', 'toxicity'))
    args = ap.parse_args()
    with open(os.path.join(args.work, 'prepared.pkl'), 'rb') as f:
        P = pickle.load(f)
    rows = P['rows']
    entries, no_stem = T.build_lexicon(data.load_lexicon(args.data), rows, [i for i, r in enumerate(rows) if r[4] == 'train'])
    rng = random.Random(7)
    texts = [t for t in PARITY if len(t) < 500] + [r[0] for r in rng.sample([r for r in rows if r[4] == 'test'], 60)]
    out = {'lexicon': {'entries': entries, 'noStem': no_stem}, 'cases': []}
    for entry_feats in (True, False):
        F.set_lexicon(entries, no_stem, entry_feats)
        out['cases'] += [{'entryFeatures': entry_feats, 'text': t, 'ids': F.featurize(t)} for t in texts]
    F.set_lexicon([])
    path = os.path.join(HERE, '..', '..', 'test', 'fixtures', 'toxicity-lexicon-features.json')
    with open(path, 'w') as f:
        json.dump(out, f, ensure_ascii=False)
    print(f'wrote {path}: {len(entries)} entries, {len(out["cases"])} cases')


if __name__ == '__main__':
    main()
