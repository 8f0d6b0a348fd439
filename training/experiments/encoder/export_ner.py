"""Exports a fine-tuned encoder NER run (best.pt) to ONNX: float32 and int8 (dynamic MatMulInteger, int8 embedding rows;
onnx_export.py), checks int8-vs-torch agreement of per-token argmax on dev sentences with onnxruntime-node, and times
the int8 model on 512-character chat inputs. Nothing is written to packages/models/models/.
  /usr/bin/python3 training/experiments/encoder/export_ner.py --data ../shared/data --tag pre"""

import argparse
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..', 'ner'))
import torch  # noqa: E402
from corpus import VOCAB, WORK  # noqa: E402
from enc_model import SHAPE, Encoder, TokenHead  # noqa: E402
from finetune_ner import featurize  # noqa: E402
from onnx_export import export_float, quantize  # noqa: E402
from synth import Lexicon, generate  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
NODE = os.path.join(ROOT, 'node_modules', '.bin', 'node')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--tag', required=True)
    args = ap.parse_args()
    torch.set_num_threads(1)
    work = WORK + f'-ner-{args.tag}'
    model = TokenHead(Encoder(VOCAB, **SHAPE), 7)
    model.load_state_dict(torch.load(os.path.join(work, 'best.pt')))
    model.eval()
    f32, i8 = os.path.join(work, 'model.f32.onnx'), os.path.join(work, 'model.int8.onnx')
    export_float(model, f32)
    quantize(f32, i8, dynamic=True)
    syn = generate(Lexicon(args.data, 'train'), 900, seed=77, split='train')
    texts = [x[0] for x in syn[:300]]
    from train import load_all

    d = load_all(args.data)
    texts += [x[0] for x in d['dev']['wikiann'][::8]]
    seqs = [featurize(t, None)[0] for t in texts]
    ids_path = os.path.join(work, 'check_ids.json')
    json.dump(seqs, open(ids_path, 'w'))
    agree = tot = 0
    res = {}
    for name, path in (('float', f32), ('int8', i8)):
        r = subprocess.run([NODE, os.path.join(HERE, 'check_onnx.mjs'), path, ids_path], capture_output=True, text=True,
                           cwd=ROOT, check=True)
        res[name] = json.loads(r.stdout)
    with torch.no_grad():
        for s, a, b in zip(seqs, res['float'], res['int8']):
            ref = model(torch.tensor([s])).argmax(-1)[0].tolist()
            agree += sum(x == y for x, y in zip(ref, b))
            tot += len(ref)
            assert sum(x == y for x, y in zip(ref, a)) >= len(ref) - 1, 'float ONNX differs from torch'
    # 512-character chat inputs: synthetic chat sentences joined until 512 characters
    rng = random.Random(3)
    lens = []
    for _ in range(50):
        t = ''
        while len(t) < 512:
            t += rng.choice(syn)[0] + ' '
        lens.append(len(featurize(t[:512], None)[0]))
    T = sorted(lens)[len(lens) // 2]
    r = subprocess.run([NODE, os.path.join(HERE, 'bench.mjs'), str(T), '400', i8], capture_output=True, text=True,
                       cwd=ROOT, check=True)
    bench = json.loads(r.stdout.strip().splitlines()[-1])
    out = {'int8_vs_torch_token_argmax_agreement': round(agree / tot, 5), 'tokens': tot, 'int8_bytes': os.path.getsize(i8),
           'float_bytes': os.path.getsize(f32), 'tokens_512_chars_median': T, 'latency_int8': bench}
    json.dump(out, open(os.path.join(work, 'export.json'), 'w'), indent=1)
    print(json.dumps(out))


if __name__ == '__main__':
    main()
