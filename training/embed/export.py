"""Exports the best checkpoint as int8 ONNX into packages/models/models/embed/ (the hand-off contract):

  model.onnx  inputs  ids int64 [batch, len] (0 = padding), mask float32 [batch, len] (1 = real id)
              output  embedding float32 [batch, dim], L2-normalized
              int8 embedding rows with fp16 per-row scales, dequantized in-graph; mean over real ids -> residual MLP
  meta.json   dim, featurizer settings (checked by packages/models/src/embed.ts), recommended threshold
  and packages/models/test/fixtures/embed-features.json: feature ids + int8-model vectors for parity tests.

Usage: python3 training/embed/export.py /work/embed-work/run1/best.pt packages/models [--threshold T]
"""

import json
import sys
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, str(Path(__file__).parent))
from features import BUCKETS, MAX_CHARS, MAX_IDS, feature_strings, features  # noqa: E402
from train import Embedder  # noqa: E402

PARITY_TEXTS = [
    'How do I sort a list in Python?',
    'In Python, how do I sort a list?',
    'How do I reverse a list in Python?',
    'Can you email <PERSON_1> the report from <LOCATION_2>?',
    'Book a table for 4 people at 7 pm',
    'Wie kann ich mein Passwort zurücksetzen?',
    'Ich habe mein Passwort vergessen, was nun?',
    '¿Cómo puedo cambiar mi contraseña?',
    'Comment réinitialiser mon mot de passe ?',
    'Come posso reimpostare la password?',
    'Como faço para redefinir minha senha?',
    'Hoe kan ik mijn wachtwoord opnieuw instellen?',
    'Jak zresetować hasło?',
    'Как сбросить пароль?',
    '我怎样才能重置密码？',
    'パスワードをリセットするにはどうすればいいですか？',
    '비밀번호를 어떻게 재설정하나요?',
    'Miten voin vaihtaa salasanani?',
    'Hur återställer jag mitt lösenord?',
    'ＦＵＬＬＷＩＤＴＨ ｔｅｘｔ and ligatures ﬁ',
    'İstanbul ΣΟΦΟΣ straße',
    'emoji 🙂 and symbols ©®™ — dashes',
    '',
    '   ',
    '12345 67.89 1,000,000',
    'x' * 2500,
]


def quantize_rows(w):
    scale = np.abs(w).max(1) / 127.0
    scale[scale == 0] = 1.0
    scale = scale.astype(np.float16).astype(np.float32)
    q = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)
    q[0] = 0
    return q, scale


def build(model, meta_props):
    w = model.emb.weight.detach().numpy().astype(np.float32)
    q, scale = quantize_rows(w)
    inits = []
    c = lambda name, arr: inits.append(numpy_helper.from_array(np.asarray(arr), name))  # noqa: E731
    c('emb_q', q)
    c('emb_scale', scale.astype(np.float16))
    c('ax1', np.array([1], dtype=np.int64))
    c('ax2', np.array([2], dtype=np.int64))
    c('one', np.array(1.0, dtype=np.float32))
    c('eps', np.array(1e-12, dtype=np.float32))
    meanmax = model.pool == 'meanmax'
    if meanmax:
        c('big', np.array(1e4, dtype=np.float32))
    c('w1', model.fc1.weight.detach().numpy().T.copy())
    c('b1', model.fc1.bias.detach().numpy())
    c('w2', model.fc2.weight.detach().numpy().T.copy())
    c('b2', model.fc2.bias.detach().numpy())
    nodes = [
        helper.make_node('Gather', ['emb_q', 'ids'], ['e_q']),
        helper.make_node('Cast', ['e_q'], ['e_f'], to=TensorProto.FLOAT),
        helper.make_node('Gather', ['emb_scale', 'ids'], ['s16']),
        helper.make_node('Cast', ['s16'], ['s32'], to=TensorProto.FLOAT),
        helper.make_node('Mul', ['s32', 'mask'], ['sm']),
        helper.make_node('Unsqueeze', ['sm', 'ax2'], ['sm3']),
        helper.make_node('Mul', ['e_f', 'sm3'], ['em']),
        helper.make_node('ReduceSum', ['em', 'ax1'], ['esum'], keepdims=0),
        helper.make_node('ReduceSum', ['mask', 'ax1'], ['cnt'], keepdims=1),
        helper.make_node('Max', ['cnt', 'one'], ['cntc']),
        helper.make_node('Div', ['esum', 'cntc'], ['mean']),
        *(
            [
                # max over real ids: padding positions pushed to -1e4 first
                helper.make_node('Unsqueeze', ['s32', 'ax2'], ['s32u']),
                helper.make_node('Unsqueeze', ['mask', 'ax2'], ['m3']),
                helper.make_node('Mul', ['e_f', 's32u'], ['ef_s']),
                helper.make_node('Sub', ['m3', 'one'], ['m3n']),
                helper.make_node('Mul', ['m3n', 'big'], ['pen']),
                helper.make_node('Add', ['ef_s', 'pen'], ['ep']),
                helper.make_node('ReduceMax', ['ep'], ['mx'], axes=[1], keepdims=0),
                helper.make_node('Concat', ['mean', 'mx'], ['x'], axis=1),
            ]
            if meanmax
            else []
        ),
        helper.make_node('MatMul', ['x' if meanmax else 'mean', 'w1'], ['h1a']),
        helper.make_node('Add', ['h1a', 'b1'], ['h1b']),
        helper.make_node('Relu', ['h1b'], ['h1']),
        helper.make_node('MatMul', ['h1', 'w2'], ['h2a']),
        helper.make_node('Add', ['h2a', 'b2'], ['h2']),
        helper.make_node('Add', ['mean', 'h2'], ['h']),
        helper.make_node('Mul', ['h', 'h'], ['hh']),
        helper.make_node('ReduceSum', ['hh', 'ax1'], ['ss'], keepdims=1),
        helper.make_node('Max', ['ss', 'eps'], ['ssc']),
        helper.make_node('Sqrt', ['ssc'], ['norm']),
        helper.make_node('Div', ['h', 'norm'], ['embedding']),
    ]
    graph = helper.make_graph(
        nodes,
        'embed',
        [
            helper.make_tensor_value_info('ids', TensorProto.INT64, ['batch', 'len']),
            helper.make_tensor_value_info('mask', TensorProto.FLOAT, ['batch', 'len']),
        ],
        [helper.make_tensor_value_info('embedding', TensorProto.FLOAT, ['batch', w.shape[1]])],
        inits,
    )
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)], producer_name='edge-ai-embed')
    m.ir_version = 7
    for k, v in meta_props.items():
        m.metadata_props.append(onnx.StringStringEntryProto(key=k, value=str(v)))
    onnx.checker.check_model(m)
    return m.SerializeToString(), q, scale


def int8_forward(model, q, scale, texts):
    """What the ONNX graph computes, in numpy (for the parity fixture)."""
    w1, b1 = model.fc1.weight.detach().numpy().T, model.fc1.bias.detach().numpy()
    w2, b2 = model.fc2.weight.detach().numpy().T, model.fc2.bias.detach().numpy()
    out = []
    for t in texts:
        ids = features(t)
        rows = q[ids].astype(np.float32) * scale[ids, None]
        mean = rows.mean(0)
        x = np.concatenate([mean, rows.max(0)]) if model.pool == 'meanmax' else mean
        h = mean + np.maximum(x @ w1 + b1, 0) @ w2 + b2
        out.append(h / max(np.linalg.norm(h), 1e-6))
    return np.stack(out)


def main():
    ckpt, pkg = Path(sys.argv[1]), Path(sys.argv[2])
    s = torch.load(ckpt)
    model = Embedder(s['dim'], pool=s.get('pool', 'mean'))
    model.load_state_dict(s['model'])
    model.eval()
    threshold = float(sys.argv[sys.argv.index('--threshold') + 1]) if '--threshold' in sys.argv else None
    props = {'step': s['step'], 'dev_pooled_hit_at_1pct_fh': round(s['dev']['_pooled'][0], 4)}
    raw, q, scale = build(model, props)
    out = pkg / 'models/embed'
    out.mkdir(parents=True, exist_ok=True)
    (out / 'model.onnx').write_bytes(raw)
    meta = {
        'dim': int(s['dim']),
        'pool': model.pool,
        'threshold': threshold,
        'featurizer': {'buckets': BUCKETS, 'maxChars': MAX_CHARS, 'maxIds': MAX_IDS},
        'trained_steps': s['step'],
    }
    (out / 'meta.json').write_text(json.dumps(meta, indent=2) + '\n')
    vecs = int8_forward(model, q, scale, PARITY_TEXTS)
    fx = [
        {'text': t, 'features': feature_strings(t)[:MAX_IDS], 'ids': features(t), 'vector': [round(float(x), 6) for x in v]}
        for t, v in zip(PARITY_TEXTS, vecs)
    ]
    (pkg / 'test/fixtures/embed-features.json').write_text(json.dumps(fx, ensure_ascii=False) + '\n')
    print(f'wrote {out / "model.onnx"} ({len(raw)} bytes), meta.json, parity fixture ({len(fx)} texts)')


if __name__ == '__main__':
    main()
