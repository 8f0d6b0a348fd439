"""Warm start for a language-ID run from a bundled int8 ONNX model (its checkpoint is not kept in the repo).

  /usr/bin/python3 training/lid/init_from_onnx.py --model packages/models/models/lid \
      --new-labels guj,pan,... --out training/.work/lidx/init.pt

The embedding table is the dequantized int8 table; the MLP is copied; the output rows of new labels start small
(random, 0.1 x the spread of the existing rows) with the mean bias. train.py --init loads the result.
"""

import argparse
import json
import os

import numpy as np
import onnx
import torch
from onnx import numpy_helper


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--model', required=True)
    p.add_argument('--new-labels', default='')
    p.add_argument('--out', required=True)
    p.add_argument('--seed', type=int, default=1234)
    a = p.parse_args()
    meta = json.load(open(os.path.join(a.model, 'model.json')))
    g = {t.name: numpy_helper.to_array(t) for t in onnx.load(os.path.join(a.model, 'model.onnx')).graph.initializer}
    old = meta['labels']
    labels = sorted(set(old) | {l for l in a.new_labels.split(',') if l})
    rng = np.random.default_rng(a.seed)
    w2, b2 = g['w2'].T, g['b2']  # [C_old, hidden], [C_old]
    W2 = rng.normal(0, 0.1 * w2.std(), (len(labels), w2.shape[1])).astype(np.float32)
    B2 = np.full(len(labels), b2.mean(), dtype=np.float32)
    for i, l in enumerate(labels):
        if l in old:
            W2[i], B2[i] = w2[old.index(l)], b2[old.index(l)]
    state = {
        'emb.weight': torch.from_numpy(g['table_q'].astype(np.float32) * float(g['scale'])),
        'fc1.weight': torch.from_numpy(g['w1'].T.copy()), 'fc1.bias': torch.from_numpy(g['b1'].copy()),
        'fc2.weight': torch.from_numpy(W2), 'fc2.bias': torch.from_numpy(B2),
    }
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    torch.save({'model': state, 'labels': labels}, a.out)
    print(f'{len(old)} -> {len(labels)} labels; table {tuple(state["emb.weight"].shape)}; wrote {a.out}')


if __name__ == '__main__':
    main()
