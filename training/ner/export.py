"""Export the trained tagger to an int8 ONNX graph (built by hand) plus meta.json and test fixtures.
Standalone: /usr/bin/python3 training/ner/export.py --data ../shared/data [--tag main]"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
import onnx  # noqa: E402
import torch  # noqa: E402
from features import MAX_NGRAMS, N_SHAPES, NGRAM_BUCKETS, TAGS, WORD_BUCKETS, featurize, tags_for_spans, tokenize  # noqa: E402
from gazetteer import GAZ_CATS, GAZ_HASHES, N_GAZ, positions  # noqa: E402
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

PARITY_STRINGS = [
    "hi, I'm Anna Schmidt from Berlin 🙂",
    '😀😀 call @john_doe at 555-0199 #Monday',
    'ich heiße jürgen müller und wohne in münchen',
    'Меня зовут Ольга, я живу в Санкт-Петербурге.',
    'me llamo José María y trabajo en Telefónica S.A.',
    'İstanbul ΟΔΥΣΣΕΑΣ naïve cafe\u0301 ｆｕｌｌ',
    '👨‍👩‍👧 family trip to Kraków❤️ with Zoë',
    'Apple Inc. hired 3,000 people in 2023!!!',
    'pls tell mark that sarah from google called lol',
    '東京 に 住んでいます and 42nd street',
    '  leading spaces\tand\ttabs\nnewline  ',
    '',
]


def q_rows(w):
    """Symmetric int8 per row (axis 0)."""
    scale = np.maximum(np.abs(w).max(axis=1, keepdims=True), 1e-8) / 127.0
    return np.clip(np.round(w / scale), -127, 127).astype(np.int8), scale.astype(np.float32)


def build_graph(model, quant=True, bits=None):
    sd = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    cfg = model.cfg
    inits, nodes = [], []

    def init(name, arr):
        inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name))
        return name

    def node(op, ins, outs, **kw):
        nodes.append(helper.make_node(op, ins, outs, **kw))
        return outs[0]

    def weight(name, w, axis):
        """Float weight, or int8 + per-channel DequantizeLinear along `axis`."""
        if not quant:
            return init(name, w)
        moved = np.moveaxis(w, axis, 0).reshape(w.shape[axis], -1)
        q, s = q_rows(moved)
        q = np.moveaxis(q.reshape((w.shape[axis],) + tuple(np.delete(w.shape, axis))), 0, axis)
        init(name + '_q', q)
        init(name + '_s', s.reshape(-1))
        init(name + '_z', np.zeros(w.shape[axis], dtype=np.int8))
        return node('DequantizeLinear', [name + '_q', name + '_s', name + '_z'], [name], axis=axis)

    def table(name, w, ids):
        if not quant:
            return node('Gather', [init(name, w), ids], [name + '_e'])
        q, s = q_rows(w)
        g = node('Gather', [init(name + '_q', q), ids], [name + '_gq'])
        gf = node('Cast', [g], [name + '_gf'], to=TensorProto.FLOAT)
        gs = node('Gather', [init(name + '_s', s), ids], [name + '_gs'])
        return node('Mul', [gf, gs], [name + '_e'])

    ng_w = sd['ngram.weight'].copy()
    ng_w[0] = 0
    e = table('ngram', ng_w, 'ngrams')
    init('ax1', np.array([1], dtype=np.int64))
    init('ax0', np.array([0], dtype=np.int64))
    init('zero_i', np.array(0, dtype=np.int64))
    init('one_f', np.array(1.0, dtype=np.float32))
    tot = node('ReduceSum', [e, 'ax1'], ['ng_sum'], keepdims=0)
    mask = node('Cast', [node('Greater', ['ngrams', 'zero_i'], ['ng_gt'])], ['ng_mask'], to=TensorProto.FLOAT)
    cnt = node('Max', [node('ReduceSum', [mask, 'ax1'], ['ng_cnt0'], keepdims=1), 'one_f'], ['ng_cnt'])
    e_ng = node('Div', [tot, cnt], ['e_ng'])
    e_w = table('word', sd['word.weight'], 'words')
    e_s = node('Gather', [init('shape_emb', sd['shape.weight']), 'shapes'], ['e_s'])
    parts = [e_ng, e_w, e_s]
    use_gaz = model.gaz is not None
    if use_gaz:  # gazetteer: bit lookup of the Bloom positions in the bundled bit array, AND over the hashes
        init('gaz_bits', bits.astype(np.uint8))
        init('eight', np.array(8, dtype=np.int64))
        init('two', np.array(2, dtype=np.int64))
        init('pow2', (1 << np.arange(8)).astype(np.int64))
        init('gaz_shape', np.array([-1, N_GAZ, GAZ_HASHES], dtype=np.int64))
        byte = node('Cast', [node('Gather', ['gaz_bits', node('Div', ['gaz', 'eight'], ['gz_byte_i'])], ['gz_byte'])],
                    ['gz_byte64'], to=TensorProto.INT64)
        pw = node('Gather', ['pow2', node('Mod', ['gaz', 'eight'], ['gz_bit_i'])], ['gz_pow'])
        bit = node('Mod', [node('Div', [byte, pw], ['gz_shift']), 'two'], ['gz_bit'])
        bitf = node('Cast', [bit], ['gz_bitf'], to=TensorProto.FLOAT)
        member = node('ReduceMin', [node('Reshape', [bitf, 'gaz_shape'], ['gz_r'])], ['gz_m'], axes=[2], keepdims=0)
        parts.append(node('MatMul', [member, init('gaz_w', sd['gaz.weight'].T)], ['e_g']))
    x = node('Concat', parts, ['x'], axis=1)
    h = node('Add', [node('MatMul', [x, weight('proj_w', sd['proj.weight'].T, 1)], ['p0']), init('proj_b', sd['proj.bias'])], ['h0'])
    for i, d in enumerate(cfg['dilations']):
        n = node('LayerNormalization', [h, init(f'ln{i}_g', sd[f'norms.{i}.weight']), init(f'ln{i}_b', sd[f'norms.{i}.bias'])],
                 [f'n{i}'], axis=-1, epsilon=1e-5)
        c = node('Unsqueeze', [node('Transpose', [n], [f't{i}'], perm=[1, 0]), 'ax0'], [f'u{i}'])
        pad = d * (cfg['kernel'] - 1) // 2
        y = node('Conv', [c, weight(f'conv{i}_w', sd[f'convs.{i}.weight'], 0), init(f'conv{i}_b', sd[f'convs.{i}.bias'])],
                 [f'c{i}'], dilations=[d], pads=[pad, pad], kernel_shape=[cfg['kernel']])
        y = node('Transpose', [node('Squeeze', [y, 'ax0'], [f's{i}'])], [f'y{i}'], perm=[1, 0])
        h = node('Add', [h, node('Relu', [y], [f'r{i}'])], [f'h{i + 1}'])
    n = node('LayerNormalization', [h, init('lno_g', sd['out_norm.weight']), init('lno_b', sd['out_norm.bias'])], ['no'],
             axis=-1, epsilon=1e-5)
    logits = node('Add', [node('MatMul', [n, init('out_w', sd['out.weight'].T)], ['o0']), init('out_b', sd['out.bias'])], ['logits'])
    node('Softmax', [logits], ['probs'], axis=-1)
    graph = helper.make_graph(
        nodes, 'ner',
        [helper.make_tensor_value_info('ngrams', TensorProto.INT64, ['T', MAX_NGRAMS]),
         helper.make_tensor_value_info('words', TensorProto.INT64, ['T']),
         helper.make_tensor_value_info('shapes', TensorProto.INT64, ['T'])]
        + ([helper.make_tensor_value_info('gaz', TensorProto.INT64, ['T', N_GAZ * GAZ_HASHES])] if use_gaz else []),
        [helper.make_tensor_value_info('probs', TensorProto.FLOAT, ['T', len(TAGS)])],
        inits,
    )
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 17)], producer_name='edge-ai-ner')
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


@torch.no_grad()
def float_probs(model, text):
    from model import pad_batch
    from evaluate import featurize_example

    model.eval()
    toks, f = featurize_example(text, None)
    if not toks:
        return []
    ng, w, s, _, z = pad_batch([f])
    return torch.softmax(model(ng, w, s, z), dim=-1)[0].numpy().round(5).tolist()


def dev_rows(d):
    """Held-out rows in the CLI format from the test splits and the synthetic eval set."""
    rng = random.Random(5)
    rows = []
    picks = [('wikiann', 30), ('wnut17', 100), ('sec', 60), ('synthetic', 90)]
    for src, n in picks:
        exs = d['test'][src]
        if src == 'wikiann':
            sel = [x for lang in sorted({x[3] for x in exs}) for x in rng.sample([e for e in exs if e[3] == lang], n)]
        elif src == 'synthetic':
            sel = [x for lang in sorted({x[3] for x in exs}) for x in [e for e in exs if e[3] == lang][: n // 9]]
        else:
            sel = rng.sample(exs, n)
        for text, spans, source, lang in sel:
            if source == 'synthetic':
                toks = [(t, s, e) for t, s, e in tokenize(text)]
            else:
                toks, pos = [], 0
                for t in text.split(' '):
                    toks.append((t, pos, pos + len(t)))
                    pos += len(t) + 1
            tags = [TAGS[i] for i in tags_for_spans(toks, spans)]
            rows.append({'tokens': [t for t, _, _ in toks], 'tags': tags, 'source': source, 'lang': lang})
    return rows


def export(model, d, results, out_dir, fixtures_dir, bits=None):
    os.makedirs(out_dir, exist_ok=True)
    os.makedirs(fixtures_dir, exist_ok=True)
    m = build_graph(model, quant=True, bits=bits)
    onnx.save(m, os.path.join(out_dir, 'model.onnx'))
    work = os.path.join(HERE, '..', '.work')
    onnx.save(build_graph(model, quant=False, bits=bits), os.path.join(work, 'ner-float.onnx'))
    use_gaz = model.gaz is not None
    meta = {
        'tags': TAGS, 'ngram_buckets': NGRAM_BUCKETS, 'word_buckets': WORD_BUCKETS, 'max_ngrams': MAX_NGRAMS,
        'n_shapes': N_SHAPES, 'max_tokens': 512, 'config': model.cfg, 'inputs': ['ngrams', 'words', 'shapes'] + (['gaz'] if use_gaz else []),
        'output': 'probs',
        'results': {k: results[k]['all'] for k in ('wikiann', 'wnut17', 'sec', 'synthetic') if k in results},
    }
    if use_gaz:
        meta['gazetteer'] = {'categories': [n for n, _b in GAZ_CATS], 'sizes': [b for _n, b in GAZ_CATS],
                             'hashes': GAZ_HASHES}
    json.dump(meta, open(os.path.join(out_dir, 'meta.json'), 'w'), indent=1, ensure_ascii=False)
    parity = []
    for s in PARITY_STRINGS:
        toks, ng, w, sh = featurize(s)
        parity.append({'text': s, 'tokens': [t for t, _, _ in toks], 'ngrams': ng, 'words': w, 'shapes': sh,
                       'gaz': [positions(t) for t, _, _ in toks], 'probs': float_probs(model, s)})
    json.dump(parity, open(os.path.join(fixtures_dir, 'ner-features.json'), 'w'), ensure_ascii=False)
    with open(os.path.join(fixtures_dir, 'ner-dev.jsonl'), 'w') as f:
        for r in dev_rows(d):
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    import argparse

    from model import Tagger
    from synth import Lexicon, generate
    from train import load_all

    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--tag', default='main')
    ap.add_argument('--out', default=os.path.join(HERE, '..', '..', 'packages', 'models', 'models', 'ner'))
    args = ap.parse_args()
    torch.set_num_threads(1)
    work = os.path.join(HERE, '..', '.work', f'ner-{args.tag}')
    from evaluate import load_run

    model, bits = load_run(work)
    d = load_all(args.data)
    d['test']['synthetic'] = generate(Lexicon(args.data, 'eval'), 2700, seed=12345, split='eval')
    # Re-evaluate with the current code so the card, meta.json and fixtures describe exactly the exported model.
    from evaluate import evaluate

    results = {'sources': json.load(open(os.path.join(work, 'results.json')))['sources'], 'tag': args.tag}
    results['steps'] = json.load(open(os.path.join(work, 'results.json')))['steps']
    for src, exs in d['test'].items():
        results[src] = evaluate(model, exs)
        print(src, json.dumps(results[src]['all']['all']), flush=True)
    os.makedirs(os.path.join(HERE, '..', '.work', 'ner-final'), exist_ok=True)
    json.dump(results, open(os.path.join(HERE, '..', '.work', 'ner-final', 'results.json'), 'w'), indent=1)
    export(model, d, results, args.out, os.path.join(HERE, '..', '..', 'packages', 'models', 'test', 'fixtures'), bits)
    print('exported', os.path.getsize(os.path.join(args.out, 'model.onnx')), 'bytes')
