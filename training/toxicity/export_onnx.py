"""Builds the toxicity ONNX graph by hand: float, or int8 embedding rows with fp16 per-row scales (dequantized in-graph)."""

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def quantize_rows(w):
    scale = np.abs(w).max(1) / 127.0
    scale[scale == 0] = 1.0
    scale = scale.astype(np.float16).astype(np.float32)
    q = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)
    q[0] = 0
    return q, scale


def build(model, a, b, quantized, meta_props):
    w = model.emb.weight.detach().numpy().astype(np.float32)
    inits, nodes = [], []
    c = lambda name, arr: inits.append(numpy_helper.from_array(np.asarray(arr), name))  # noqa: E731
    if quantized:
        q, scale = quantize_rows(w)
        c('emb_q', q)
        c('emb_scale', scale.astype(np.float16))
        nodes += [
            helper.make_node('Gather', ['emb_q', 'ids'], ['e_q']),
            helper.make_node('Cast', ['e_q'], ['e_f'], to=TensorProto.FLOAT),
            helper.make_node('Gather', ['emb_scale', 'ids'], ['s16']),
            helper.make_node('Cast', ['s16'], ['s32'], to=TensorProto.FLOAT),
            helper.make_node('Unsqueeze', ['s32', 'ax2'], ['s3']),
            helper.make_node('Mul', ['e_f', 's3'], ['e']),
        ]
    else:
        c('emb', w)
        nodes.append(helper.make_node('Gather', ['emb', 'ids'], ['e']))
    c('ax1', np.array([1], dtype=np.int64))
    c('ax2', np.array([2], dtype=np.int64))
    c('one', np.array(1.0, dtype=np.float32))
    c('big', np.array(1e4, dtype=np.float32))
    c('w1', model.fc1.weight.detach().numpy().T.copy())
    c('b1', model.fc1.bias.detach().numpy())
    c('w2', model.fc2.weight.detach().numpy().T.copy())
    c('b2', model.fc2.bias.detach().numpy())
    c('pa', np.array(a, dtype=np.float32))
    c('pb', np.array(b, dtype=np.float32))
    nodes += [
        helper.make_node('Unsqueeze', ['mask', 'ax2'], ['m3']),
        helper.make_node('Mul', ['e', 'm3'], ['em']),
        helper.make_node('ReduceSum', ['em', 'ax1'], ['esum'], keepdims=0),
        helper.make_node('ReduceSum', ['mask', 'ax1'], ['cnt'], keepdims=1),
        helper.make_node('Max', ['cnt', 'one'], ['cntc']),
        helper.make_node('Div', ['esum', 'cntc'], ['mean']),
        helper.make_node('Sub', ['m3', 'one'], ['m3n']),
        helper.make_node('Mul', ['m3n', 'big'], ['pen']),
        helper.make_node('Add', ['e', 'pen'], ['ep']),
        helper.make_node('ReduceMax', ['ep'], ['mx'], axes=[1], keepdims=0),
        helper.make_node('Concat', ['mean', 'mx'], ['h0'], axis=1),
        helper.make_node('MatMul', ['h0', 'w1'], ['h1a']),
        helper.make_node('Add', ['h1a', 'b1'], ['h1b']),
        helper.make_node('Relu', ['h1b'], ['h1']),
        helper.make_node('MatMul', ['h1', 'w2'], ['o2a']),
        helper.make_node('Add', ['o2a', 'b2'], ['o2']),
        helper.make_node('Squeeze', ['o2', 'ax1'], ['logit']),
        helper.make_node('Mul', ['logit', 'pa'], ['cl']),
        helper.make_node('Add', ['cl', 'pb'], ['cl2']),
        helper.make_node('Sigmoid', ['cl2'], ['score']),
    ]
    graph = helper.make_graph(
        nodes,
        'toxicity',
        [
            helper.make_tensor_value_info('ids', TensorProto.INT64, ['batch', 'len']),
            helper.make_tensor_value_info('mask', TensorProto.FLOAT, ['batch', 'len']),
        ],
        [
            helper.make_tensor_value_info('score', TensorProto.FLOAT, ['batch']),
            helper.make_tensor_value_info('logit', TensorProto.FLOAT, ['batch']),
        ],
        inits,
    )
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)], producer_name='edge-ai-toxicity')
    m.ir_version = 7
    for k, v in meta_props.items():
        m.metadata_props.append(onnx.StringStringEntryProto(key=k, value=str(v)))
    onnx.checker.check_model(m)
    return m.SerializeToString()
