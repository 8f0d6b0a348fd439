"""ONNX export (opset 14) of a TokenHead model and weight-only int8 quantization: MatMul/Gemm weights become int8
initializers with a per-output-channel DequantizeLinear; the token-embedding table becomes int8 rows with a per-row
scale (Gather int8 -> Cast -> Mul by the gathered scale). Biases, LayerNorms and positions stay float32."""

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper


def export_float(model, path, T=160):
    model.eval()
    ids = torch.zeros(1, T, dtype=torch.int64)
    torch.onnx.export(model, (ids,), path, input_names=['ids'], output_names=['logits'],
                      dynamic_axes={'ids': {0: 'batch', 1: 'seq'}, 'logits': {0: 'batch', 1: 'seq'}},
                      opset_version=14, do_constant_folding=True)


def quantize(src, dst, min_size=4096, dynamic=False):
    m = onnx.load(src)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    consumers = {}
    for n in g.node:
        for k, x in enumerate(n.input):
            consumers.setdefault(x, []).append((n, k))
    new_nodes, drop, removed = [], set(), []
    for name, init in inits.items():
        w = numpy_helper.to_array(init)
        if w.ndim != 2 or w.size < min_size or name not in consumers:
            continue
        uses = consumers[name]
        if all(n.op_type == 'Gather' and k == 0 for n, k in uses):
            s = np.abs(w).max(axis=1) / 127.0 + 1e-12
            q = np.clip(np.round(w / s[:, None]), -127, 127).astype(np.int8)
            g.initializer.append(numpy_helper.from_array(q, name + '_q'))
            g.initializer.append(numpy_helper.from_array(s.astype(np.float32)[:, None], name + '_s'))
            for n, _k in uses:
                idx, out = n.input[1], n.output[0]
                n.input[0] = name + '_q'
                n.output[0] = out + '_q8'
                new_nodes += [
                    helper.make_node('Cast', [out + '_q8'], [out + '_qf'], to=onnx.TensorProto.FLOAT),
                    helper.make_node('Gather', [name + '_s', idx], [out + '_sc'], axis=0),
                    helper.make_node('Mul', [out + '_qf', out + '_sc'], [out]),
                ]
            drop.add(name)
        elif all(n.op_type in ('MatMul', 'Gemm') and k == 1 for n, k in uses):
            if dynamic and all(n.op_type == 'MatMul' for n, _ in uses):
                s = np.abs(w).max(axis=0) / 127.0 + 1e-12
                q = np.clip(np.round(w / s[None, :]), -127, 127).astype(np.int8)
                g.initializer.append(numpy_helper.from_array(q, name + '_q'))
                g.initializer.append(numpy_helper.from_array(s.astype(np.float32), name + '_s'))
                g.initializer.append(numpy_helper.from_array(np.zeros(1, dtype=np.int8)[0], name + '_z'))
                for j, (n, _k) in enumerate(uses):
                    a, out, p = n.input[0], n.output[0], f'{name}_{j}'
                    new_nodes += [
                        helper.make_node('DynamicQuantizeLinear', [a], [p + '_aq', p + '_as', p + '_az']),
                        helper.make_node('MatMulInteger', [p + '_aq', name + '_q', p + '_az', name + '_z'], [p + '_i32']),
                        helper.make_node('Cast', [p + '_i32'], [p + '_f'], to=onnx.TensorProto.FLOAT),
                        helper.make_node('Mul', [p + '_as', name + '_s'], [p + '_sc']),
                        helper.make_node('Mul', [p + '_f', p + '_sc'], [out]),
                    ]
                    removed.append(n)
                drop.add(name)
                continue
            trans = any(n.op_type == 'Gemm' and any(a.name == 'transB' and a.i == 1 for a in n.attribute) for n, _ in uses)
            axis = 0 if trans else 1
            s = np.abs(w).max(axis=1 - axis) / 127.0 + 1e-12
            q = np.clip(np.round(w / (s[:, None] if axis == 0 else s[None, :])), -127, 127).astype(np.int8)
            g.initializer.append(numpy_helper.from_array(q, name + '_q'))
            g.initializer.append(numpy_helper.from_array(s.astype(np.float32), name + '_s'))
            g.initializer.append(numpy_helper.from_array(np.zeros_like(s, dtype=np.int8), name + '_z'))
            new_nodes.append(helper.make_node('DequantizeLinear', [name + '_q', name + '_s', name + '_z'], [name + '_dq'],
                                              axis=axis))
            for n, k in uses:
                n.input[k] = name + '_dq'
            drop.add(name)
    keep = [i for i in g.initializer if i.name not in drop]
    del g.initializer[:]
    g.initializer.extend(keep)
    nodes = new_nodes + [n for n in g.node if not any(n is r for r in removed)]
    # topological order: DequantizeLinear nodes first; dequant-of-Gather nodes must follow their Gather
    order, ready = [], {i.name for i in g.initializer} | {i.name for i in g.input}
    pending = nodes
    while pending:
        rest = []
        for n in pending:
            if all(x == '' or x in ready for x in n.input):
                order.append(n)
                ready.update(n.output)
            else:
                rest.append(n)
        if len(rest) == len(pending):
            raise RuntimeError('cycle in graph')
        pending = rest
    del g.node[:]
    g.node.extend(order)
    onnx.checker.check_model(m)
    onnx.save(m, dst)
