"""Appends the chosen category head (categories.py) to the bundled toxicity graph as a second output `categories`.

The existing nodes, initializers and outputs (`score`, `logit`) are kept as they are, so the binary score does not
change; the head's nodes read the graph's pooled features (`h0`), hidden layer (`h1`), mask helpers (`m3`, `cntc`,
`pen`) and `ids`. Its own embedding is int8 with fp16 per-row scales; per-category Platt scaling is folded into the
last layer. Also writes meta.json's `categories` entry and the TypeScript parity fixture.

/usr/bin/python3 training/toxicity/categories_export.py --work /tmp/tox-categories --variant bag8
"""

import argparse
import json
import os
import sys

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import category_data as C  # noqa: E402
from categories import MODEL, Head, base_features, base_weights, probs  # noqa: E402
from features import featurize  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.normpath(os.path.join(HERE, '..', '..', 'packages', 'models'))
FIXTURE_TEXTS = [
    'you are a worthless idiot', 'this is fucking awesome', 'holy shit, what a goal!', 'all immigrants are vermin',
    'i will find you and kill you', 'I would love to 🔪 some 👳🏾', 'du bist ein dummes arschloch', 'scheiß geiles konzert',
    'eres un idiota de mierda', 'que porra de jogo bom', 'the weather in berlin is nice today', 'thanks for your help',
    'calling people retards is wrong', 'muslims are a disease', 'go back to your country', 'damn, that pizza was good',
    'tu es un connard', 'ты тупой идиот', '你这个傻逼', 'tum ek bewakoof ho', '', '!!! ???',
]


def quantize_rows_keep0(w):
    """Per-row int8 with fp16 scales (row 0 is a real bucket here: ids mod buckets)."""
    scale = np.abs(w).max(1) / 127.0
    scale[scale == 0] = 1.0
    scale = scale.astype(np.float16).astype(np.float32)
    q = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale


def load_head(work, variant):
    ck = torch.load(os.path.join(work, f'{variant}-final.pt'))
    dim, buckets, hidden, _ = ck['config']
    head = Head(dim, buckets, hidden)
    head.load_state_dict(ck['state'])
    if dim:  # evaluate exactly what ships: the int8 table
        q, s = quantize_rows_keep0(head.emb.weight.detach().numpy())
        with torch.no_grad():
            head.emb.weight.copy_(torch.from_numpy(q.astype(np.float32) * s[:, None]))
    head.eval()
    return head, ck['cal'], ck['config']


def append_head(model, head, cal):
    g = model.graph
    names = C.CATEGORIES
    a = np.array([cal[c]['a'] for c in names], dtype=np.float32)
    b = np.array([cal[c]['b'] for c in names], dtype=np.float32)
    w2 = head.fc2.weight.detach().numpy().T * a[None, :]
    b2 = head.fc2.bias.detach().numpy() * a + b
    init = lambda n, arr: g.initializer.append(numpy_helper.from_array(np.asarray(arr), n))  # noqa: E731
    nodes = []
    feats = ['h0', 'h1']
    if head.dim:
        q, s = quantize_rows_keep0(head.emb.weight.detach().numpy())
        init('cat_q', q)
        init('cat_scale', s.astype(np.float16))
        init('cat_buckets', np.array(head.buckets, dtype=np.int64))
        nodes += [
            helper.make_node('Mod', ['ids', 'cat_buckets'], ['cat_ids']),
            helper.make_node('Gather', ['cat_q', 'cat_ids'], ['cat_eq']),
            helper.make_node('Cast', ['cat_eq'], ['cat_ef'], to=TensorProto.FLOAT),
            helper.make_node('Gather', ['cat_scale', 'cat_ids'], ['cat_s16']),
            helper.make_node('Cast', ['cat_s16'], ['cat_s32'], to=TensorProto.FLOAT),
            helper.make_node('Unsqueeze', ['cat_s32', 'ax2'], ['cat_s3']),
            helper.make_node('Mul', ['cat_ef', 'cat_s3'], ['cat_e']),
            helper.make_node('Mul', ['cat_e', 'm3'], ['cat_em']),
            helper.make_node('ReduceSum', ['cat_em', 'ax1'], ['cat_sum'], keepdims=0),
            helper.make_node('Div', ['cat_sum', 'cntc'], ['cat_mean']),
            helper.make_node('Add', ['cat_e', 'pen'], ['cat_ep']),
            helper.make_node('ReduceMax', ['cat_ep'], ['cat_mx'], axes=[1], keepdims=0),
        ]
        feats += ['cat_mean', 'cat_mx']
    init('cat_w1', head.fc1.weight.detach().numpy().T.copy())
    init('cat_b1', head.fc1.bias.detach().numpy())
    init('cat_w2', w2.astype(np.float32))
    init('cat_b2', b2.astype(np.float32))
    nodes += [
        helper.make_node('Concat', feats, ['cat_x'], axis=1),
        helper.make_node('MatMul', ['cat_x', 'cat_w1'], ['cat_h1a']),
        helper.make_node('Add', ['cat_h1a', 'cat_b1'], ['cat_h1b']),
        helper.make_node('Relu', ['cat_h1b'], ['cat_h1']),
        helper.make_node('MatMul', ['cat_h1', 'cat_w2'], ['cat_oa']),
        helper.make_node('Add', ['cat_oa', 'cat_b2'], ['cat_logits']),
        helper.make_node('Sigmoid', ['cat_logits'], ['categories']),
    ]
    g.node.extend(nodes)
    g.output.append(helper.make_tensor_value_info('categories', TensorProto.FLOAT, ['batch', len(names)]))
    onnx.checker.check_model(model)
    return model


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--work', required=True)
    ap.add_argument('--variant', required=True)
    ap.add_argument('--base', default=MODEL, help='the bundled model.onnx without a category head')
    ap.add_argument('--out', default=os.path.join(PKG, 'models', 'toxicity'))
    args = ap.parse_args()
    torch.set_num_threads(1)
    base = onnx.load(args.base)
    if any(o.name == 'categories' for o in base.graph.output):
        sys.exit(f'{args.base} already has a categories output; pass the model without one as --base')
    head, cal, config = load_head(args.work, args.variant)
    model = append_head(base, head, cal)
    with open(os.path.join(args.out, 'model.onnx'), 'wb') as f:
        f.write(model.SerializeToString())
    meta_path = os.path.join(args.out, 'meta.json')
    with open(meta_path) as f:
        meta = json.load(f)
    meta['outputs']['categories'] = 'calibrated probability per category [batch, %d], in categories.names order' % len(C.CATEGORIES)
    meta['categories'] = {
        'names': list(C.CATEGORIES),
        'thresholds': {c: round(cal[c]['threshold'], 4) for c in C.CATEGORIES},
        'platt': {c: {'a': cal[c]['a'], 'b': cal[c]['b']} for c in C.CATEGORIES},
        'head': {'variant': args.variant, 'embedding_dim': config[0], 'buckets': config[1], 'hidden': config[2]},
        'trained_by': 'training/toxicity/categories.py',
    }
    with open(meta_path, 'w') as f:
        json.dump(meta, f, indent=2, ensure_ascii=False)
        f.write('\n')
    # parity fixture: what the graph must give (float head on the int8-rounded table)
    feats = [featurize(t) for t in FIXTURE_TEXTS]
    p = probs(head, cal, feats, base_features(feats, base_weights(args.base)))
    fx = [{'text': t, 'categories': {c: round(float(p[k]), 6) for k, c in enumerate(C.CATEGORIES)}} for t, p in zip(FIXTURE_TEXTS, p)]
    with open(os.path.join(PKG, 'test', 'fixtures', 'toxicity-categories.json'), 'w') as f:
        json.dump(fx, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'wrote {args.out}/model.onnx ({os.path.getsize(os.path.join(args.out, "model.onnx"))} bytes), meta.json, fixture')


if __name__ == '__main__':
    main()
