"""Rewrites lid-float.json (float-model outputs on the committed dev sample) for a model whose logit bias was fitted
afterwards by bias_fit.py, so that the int8-vs-float test compares like with like.

  /usr/bin/python3 training/lid/bias_fixture.py --ckpt training/.work/lidx/ckpt.pt \
      --report training/.work/lidx/report.json --meta CANDIDATE_BIASED/lid/model.json \
      --fixtures packages/models/test/fixtures
"""

import argparse
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import featurize as fz  # noqa: E402
from model import LidNet, logits_of  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ckpt', required=True)
    ap.add_argument('--report', required=True)
    ap.add_argument('--meta', required=True)
    ap.add_argument('--fixtures', required=True)
    a = ap.parse_args()
    meta = json.load(open(a.meta))
    st = torch.load(a.ckpt)
    labels = st['labels']
    assert labels == meta['labels']
    fz.set_buckets(meta['featurizer']['buckets'], meta['featurizer'].get('word_repeat', 1), 0)
    model = LidNet(meta['featurizer']['buckets'], meta['dim'], meta['hidden'], len(labels))
    model.load_state_dict(st['model'], strict=False)
    model.eval()
    t_float = json.load(open(a.report))['temperature_float']
    bias = torch.tensor([meta.get('logit_bias', {}).get('by_label', {}).get(l, 0.0) for l in labels])
    dev = [json.loads(l) for l in open(os.path.join(a.fixtures, 'lid-dev.jsonl'), encoding='utf-8') if l.strip()]
    ids = [np.array(fz.featurize(r['text']), dtype=np.int64) for r in dev]
    p = torch.softmax(logits_of(model, ids) / t_float + bias, 1)
    out = []
    for r, row in zip(dev, p):
        top = torch.topk(row, 3)
        out.append({'text': r['text'], 'top': [{'lang': labels[int(i)], 'p': round(float(v), 6)}
                                               for v, i in zip(top.values, top.indices)]})
    with open(os.path.join(a.fixtures, 'lid-float.json'), 'w') as f:
        json.dump(out, f, ensure_ascii=False)
    print(f'wrote {len(out)} rows to {a.fixtures}/lid-float.json')


if __name__ == '__main__':
    main()
