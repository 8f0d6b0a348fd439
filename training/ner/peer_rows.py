"""Writes the English held-out rows (wikiann/en test, wnut17 test, sec test, synthetic/en eval, probe/en) as token
lists with token-index gold spans for peer_compromise.ts: training/.work/ner-peer/rows.jsonl."""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from features import tokenize  # noqa: E402
from probe import PROBE  # noqa: E402
from synth import Lexicon, generate  # noqa: E402
from train import load_all  # noqa: E402


def token_spans(text, spans, toks):
    out = []
    for s, e, typ in spans:
        idx = [k for k, (_t, a, b) in enumerate(toks) if a < e and b > s]
        out.append([idx[0], idx[-1] + 1, typ])
    return out


def main(data):
    d = load_all(data)
    syn = generate(Lexicon(data, 'eval'), 2700, seed=12345, split='eval')
    work = os.path.join(HERE, '..', '.work', 'ner-peer')
    os.makedirs(work, exist_ok=True)
    sets = [('wikiann/en', [x for x in d['test']['wikiann'] if x[3] == 'en']), ('wnut17', d['test']['wnut17']),
            ('sec', d['test']['sec']), ('synthetic/en', [x for x in syn if x[3] == 'en']),
            ('probe/en', [(t, [], 'probe', 'en') for t in PROBE['en']])]
    with open(os.path.join(work, 'rows.jsonl'), 'w') as f:
        for name, exs in sets:
            for text, spans, _src, _lang in exs:
                if name == 'synthetic/en' or name == 'probe/en':
                    toks = tokenize(text)
                else:  # text is the dataset tokens joined by single spaces
                    toks, pos = [], 0
                    for t in text.split(' '):
                        toks.append((t, pos, pos + len(t)))
                        pos += len(t) + 1
                f.write(json.dumps({'set': name, 'tokens': [t for t, _a, _b in toks],
                                    'spans': token_spans(text, spans, toks)}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '../shared/data')
