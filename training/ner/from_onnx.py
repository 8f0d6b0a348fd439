"""Rebuild a training run folder from an exported int8 model.onnx (the inverse of export.build_graph): the weights are
dequantized into a Tagger state dict (best.pt) and the gazetteer bits written to gaz_bits.npy, so the bundled model can
be evaluated in Python and fine-tuned (train.py --init <work>/best.pt, with the same gaz_bits.npy in its work folder).
  /usr/bin/python3 training/ner/from_onnx.py --onnx packages/models/models/ner/model.onnx --tag v5"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
import onnx  # noqa: E402
import torch  # noqa: E402
from model import CFG, CFG_GAZ, Tagger  # noqa: E402
from onnx import numpy_helper  # noqa: E402


def dequant(t, name, axis):
    """Float weight from `name` (float initializer) or `name`_q/_s (int8 + per-channel scale along `axis`)."""
    if name in t:
        return t[name]
    q, s = t[name + '_q'].astype(np.float32), t[name + '_s']
    shape = [1] * q.ndim
    shape[axis] = -1
    return q * s.reshape(shape)


def table(t, name):
    """Embedding table stored as int8 rows + per-row scale [N, 1], or float."""
    if name in t:
        return t[name]
    return t[name + '_q'].astype(np.float32) * t[name + '_s']


def state_from_onnx(path):
    t = {i.name: numpy_helper.to_array(i) for i in onnx.load(path).graph.initializer}
    gaz = 'gaz_bits' in t
    model = Tagger(CFG_GAZ if gaz else CFG)
    n = len(model.cfg['dilations'])
    sd = {
        'ngram.weight': table(t, 'ngram'), 'word.weight': table(t, 'word'), 'shape.weight': t['shape_emb'],
        'proj.weight': dequant(t, 'proj_w', 1).T, 'proj.bias': t['proj_b'],
        'out_norm.weight': t['lno_g'], 'out_norm.bias': t['lno_b'], 'out.weight': t['out_w'].T, 'out.bias': t['out_b'],
    }
    for i in range(n):
        sd[f'norms.{i}.weight'], sd[f'norms.{i}.bias'] = t[f'ln{i}_g'], t[f'ln{i}_b']
        sd[f'convs.{i}.weight'], sd[f'convs.{i}.bias'] = dequant(t, f'conv{i}_w', 0), t[f'conv{i}_b']
    if gaz:
        sd['gaz.weight'] = t['gaz_w'].T
    model.load_state_dict({k: torch.from_numpy(np.array(v, dtype=np.float32)) for k, v in sd.items()})
    return model, (t['gaz_bits'] if gaz else None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--onnx', default=os.path.join(HERE, '..', '..', 'packages', 'models', 'models', 'ner', 'model.onnx'))
    ap.add_argument('--tag', required=True)
    ap.add_argument('--work', default=os.path.join(HERE, '..', '.work'))
    args = ap.parse_args()
    model, bits = state_from_onnx(args.onnx)
    work = os.path.join(args.work, f'ner-{args.tag}')
    os.makedirs(work, exist_ok=True)
    torch.save(model.state_dict(), os.path.join(work, 'best.pt'))
    if bits is not None:
        np.save(os.path.join(work, 'gaz_bits.npy'), bits)
    meta = json.load(open(os.path.join(os.path.dirname(args.onnx), 'meta.json')))
    json.dump({'sources': ['wikiann', 'wnut17', 'sec', 'synthetic'], 'steps': 0, 'from_onnx': args.onnx,
               'results_in_meta': meta.get('results')}, open(os.path.join(work, 'results.json'), 'w'), indent=1)
    print('wrote', work)


if __name__ == '__main__':
    main()
