"""Step 1: size and warm latency of candidate encoder shapes (random weights; latency does not depend on them).
  /usr/bin/python3 training/experiments/encoder/latency.py   (writes .work/encoder/latency/*.onnx, prints a table)"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import torch  # noqa: E402
from enc_model import Encoder, TokenHead  # noqa: E402
from onnx_export import export_float, quantize  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
OUT = os.path.join(HERE, '..', '.work', 'encoder', 'latency')
SHAPES = [(8000, 128, 2, 512), (8000, 128, 3, 512), (8000, 128, 4, 512), (12000, 128, 2, 512), (8000, 160, 2, 640),
          (8000, 192, 2, 768), (8000, 128, 2, 256), (8000, 96, 3, 384), (16000, 128, 2, 512)]


def main():
    torch.set_num_threads(1)
    os.makedirs(OUT, exist_ok=True)
    shapes = SHAPES if len(sys.argv) < 2 else [tuple(map(int, s.split('x'))) for s in sys.argv[1:]]
    files = []
    for v, h, L, ff in shapes:
        m = TokenHead(Encoder(v, h, L, 4, ff), 7)
        f = os.path.join(OUT, f'v{v}_h{h}_l{L}_ff{ff}')
        export_float(m, f + '.f32.onnx')
        quantize(f + '.f32.onnx', f + '.int8.onnx')
        quantize(f + '.f32.onnx', f + '.dyn8.onnx', dynamic=True)
        files += [f + '.int8.onnx', f + '.dyn8.onnx']
    node = os.path.join(ROOT, 'node_modules', '.bin', 'node')
    for T in (150,):
        r = subprocess.run([node, os.path.join(HERE, 'bench.mjs'), str(T), '300', *files], capture_output=True, text=True,
                           cwd=ROOT)
        print(r.stdout, r.stderr[-2000:])
        for line in r.stdout.splitlines():
            d = json.loads(line)
            print(f"{os.path.basename(d['file']):32s} {d['bytes'] / 1e6:6.2f} MB  T={d['T']}  p50 {d['p50']:.3f} ms  p90 {d['p90']:.3f}")


if __name__ == '__main__':
    main()
