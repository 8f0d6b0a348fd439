"""ONNX export of the language-ID model (built by hand with onnx.helper, opset 13).

Inputs:  ids int64 [B, L] (hashed n-gram ids, padded with 0), weights float [B, L] (1/count for real ids, 0 for padding)
Outputs: probs float [B, C] (temperature-scaled softmax), logits float [B, C]
int8 model: Gather(int8 table) -> DequantizeLinear(per-table scale) -> * weights -> ReduceSum -> MLP.
"""

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def export_onnx(path, table, scale, fc, temperature, word_head=None):
    """word_head: (table, scale or None, wout [C, r], pool) -> extra inputs wids int64 [B, Lw] and wweights float
    [B, Lw] (1 per real word for 'sum', 1/count for 'mean', 0 for padding); its pooled rows times wout^T are added to
    the logits."""
    (w1, b1), (w2, b2) = fc
    inits = [
        numpy_helper.from_array(w1.numpy().T.astype(np.float32).copy(), 'w1'),
        numpy_helper.from_array(b1.numpy().astype(np.float32), 'b1'),
        numpy_helper.from_array(w2.numpy().T.astype(np.float32).copy(), 'w2'),
        numpy_helper.from_array(b2.numpy().astype(np.float32), 'b2'),
        numpy_helper.from_array(np.array([2], dtype=np.int64), 'ax2'),
        numpy_helper.from_array(np.array([1], dtype=np.int64), 'ax1'),
        numpy_helper.from_array(np.array(temperature, dtype=np.float32), 'temp'),
    ]
    nodes = []
    if scale is None:
        inits.append(numpy_helper.from_array(table.numpy().astype(np.float32), 'table'))
        nodes.append(helper.make_node('Gather', ['table', 'ids'], ['emb']))
    else:
        inits.append(numpy_helper.from_array(table.numpy().astype(np.int8), 'table_q'))
        inits.append(numpy_helper.from_array(np.array(scale, dtype=np.float32), 'scale'))
        inits.append(numpy_helper.from_array(np.array(0, dtype=np.int8), 'zero'))
        nodes.append(helper.make_node('Gather', ['table_q', 'ids'], ['emb_q']))
        nodes.append(helper.make_node('DequantizeLinear', ['emb_q', 'scale', 'zero'], ['emb']))
    nodes += [
        helper.make_node('Unsqueeze', ['weights', 'ax2'], ['w3']),
        helper.make_node('Mul', ['emb', 'w3'], ['weighted']),
        helper.make_node('ReduceSum', ['weighted', 'ax1'], ['pooled'], keepdims=0),
        helper.make_node('Gemm', ['pooled', 'w1', 'b1'], ['h1']),
        helper.make_node('Relu', ['h1'], ['h']),
        helper.make_node('Gemm', ['h', 'w2', 'b2'], ['logits' if word_head is None else 'logits_mlp']),
        helper.make_node('Div', ['logits', 'temp'], ['scaled']),
        helper.make_node('Softmax', ['scaled'], ['probs'], axis=-1),
    ]
    inputs = [helper.make_tensor_value_info('ids', TensorProto.INT64, ['batch', 'len']),
              helper.make_tensor_value_info('weights', TensorProto.FLOAT, ['batch', 'len'])]
    if word_head is not None:
        wt, ws, wout, _ = word_head
        inits.append(numpy_helper.from_array(wout.numpy().T.astype(np.float32).copy(), 'wout'))
        if ws is None:
            inits.append(numpy_helper.from_array(wt.numpy().astype(np.float32), 'wtable'))
            nodes.append(helper.make_node('Gather', ['wtable', 'wids'], ['wemb']))
        else:
            inits.append(numpy_helper.from_array(wt.numpy().astype(np.int8), 'wtable_q'))
            inits.append(numpy_helper.from_array(np.array(ws, dtype=np.float32), 'wscale'))
            nodes.append(helper.make_node('Gather', ['wtable_q', 'wids'], ['wemb_q']))
            nodes.append(helper.make_node('DequantizeLinear', ['wemb_q', 'wscale', 'zero'], ['wemb']))
        nodes += [
            helper.make_node('Unsqueeze', ['wweights', 'ax2'], ['ww3']),
            helper.make_node('Mul', ['wemb', 'ww3'], ['wweighted']),
            helper.make_node('ReduceSum', ['wweighted', 'ax1'], ['wpooled'], keepdims=0),
            helper.make_node('MatMul', ['wpooled', 'wout'], ['wlogits']),
            helper.make_node('Add', ['logits_mlp', 'wlogits'], ['logits']),
        ]
        inputs += [helper.make_tensor_value_info('wids', TensorProto.INT64, ['batch', 'wlen']),
                   helper.make_tensor_value_info('wweights', TensorProto.FLOAT, ['batch', 'wlen'])]
        # keep topological order: temperature scaling and softmax come last
        nodes = [n for n in nodes if n.op_type not in ('Div', 'Softmax')] + [n for n in nodes if n.op_type in ('Div', 'Softmax')]
    graph = helper.make_graph(
        nodes, 'lid', inputs,
        [helper.make_tensor_value_info('probs', TensorProto.FLOAT, ['batch', 'classes']),
         helper.make_tensor_value_info('logits', TensorProto.FLOAT, ['batch', 'classes'])],
        inits)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)], producer_name='edge-ai-lid')
    m.ir_version = 8
    onnx.checker.check_model(m)
    onnx.save(m, path)
