"""BERT-style encoder (pre-LayerNorm) with an MLM head for pretraining and token-classification heads for fine-tuning.
Written with plain ops so it exports cleanly to ONNX (opset 14).

Speed note: Debian's torch 1.13 links the reference BLAS (~6 GFLOP/s on this machine) but MKL-DNN convolutions run at
~60-100 GFLOP/s, so in training every matrix product is computed as a 1x1 (grouped) convolution (`fast_*` below).
The ONNX export (torch.onnx.is_in_onnx_export()) and FAST = False use the plain MatMul formulation; both are equal up to
float rounding."""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F


FAST = True
SHAPE = dict(h=128, layers=2, heads=4, ff=384, max_len=256)  # chosen in latency.py (README: latency table)


def _fast():
    return FAST and not torch.onnx.is_in_onnx_export()


class Linear(nn.Linear):
    def forward(self, x):
        if not _fast():
            return F.linear(x, self.weight, self.bias)
        shp = x.shape
        y = F.conv1d(x.reshape(-1, shp[-1], 1), self.weight[:, :, None], self.bias)
        return y.reshape(*shp[:-1], self.weight.shape[0])


def scores(q, k):
    """q, k [B, heads, T, d] -> q @ k^T [B, heads, T, T]."""
    if not _fast():
        return torch.matmul(q, k.transpose(-1, -2))
    B, nh, T, d = q.shape
    G = B * nh
    y = F.conv1d(k.reshape(G, T, d).transpose(1, 2).reshape(1, G * d, T), q.reshape(G * T, d, 1), groups=G)
    return y.reshape(B, nh, T, T)


def mix(a, v):
    """a [B, heads, T, T], v [B, heads, T, d] -> a @ v."""
    if not _fast():
        return torch.matmul(a, v)
    B, nh, T, d = v.shape
    G = B * nh
    y = F.conv1d(v.reshape(1, G * T, d), a.reshape(G * T, T, 1), groups=G)
    return y.reshape(B, nh, T, d)


class Layer(nn.Module):
    def __init__(self, h, heads, ff, drop):
        super().__init__()
        self.h, self.heads = h, heads
        self.ln1 = nn.LayerNorm(h)
        self.qkv = Linear(h, 3 * h)
        self.o = Linear(h, h)
        self.ln2 = nn.LayerNorm(h)
        self.f1 = Linear(h, ff)
        self.f2 = Linear(ff, h)
        self.drop = nn.Dropout(drop)

    def forward(self, x, bias):
        B, T, H = x.shape
        d = H // self.heads
        q, k, v = self.qkv(self.ln1(x)).split(H, dim=-1)
        q = q.reshape(B, T, self.heads, d).transpose(1, 2)
        k = k.reshape(B, T, self.heads, d).transpose(1, 2)
        v = v.reshape(B, T, self.heads, d).transpose(1, 2)
        a = scores(q, k) * (1.0 / math.sqrt(d)) + bias
        a = self.drop(torch.softmax(a, dim=-1))
        y = mix(a, v).transpose(1, 2).reshape(B, T, H)
        x = x + self.drop(self.o(y))
        return x + self.drop(self.f2(F.gelu(self.f1(self.ln2(x)))))


class Encoder(nn.Module):
    def __init__(self, vocab, h=128, layers=2, heads=4, ff=512, max_len=256, drop=0.1):
        super().__init__()
        self.cfg = dict(vocab=vocab, h=h, layers=layers, heads=heads, ff=ff, max_len=max_len)
        self.tok = nn.Embedding(vocab, h)
        self.pos = nn.Embedding(max_len, h)
        self.ln0 = nn.LayerNorm(h)
        self.layers = nn.ModuleList([Layer(h, heads, ff, drop) for _ in range(layers)])
        self.lnf = nn.LayerNorm(h)
        self.drop = nn.Dropout(drop)
        self.apply(self._init)

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def forward(self, ids, mask=None):
        """ids [B,T] int64; mask [B,T] 1 = real token (None = all real)."""
        T = ids.shape[1]
        pos = torch.arange(T, device=ids.device).unsqueeze(0)
        x = self.drop(self.ln0(self.tok(ids) + self.pos(pos)))
        bias = torch.zeros(1, 1, 1, T) if mask is None else (1.0 - mask[:, None, None, :].float()) * -1e4
        for layer in self.layers:
            x = layer(x, bias)
        return self.lnf(x)


class MLM(nn.Module):
    def __init__(self, enc):
        super().__init__()
        h = enc.cfg['h']
        self.enc = enc
        self.dense = Linear(h, h)
        self.ln = nn.LayerNorm(h)
        self.bias = nn.Parameter(torch.zeros(enc.cfg['vocab']))

    def forward(self, ids, mask, positions):
        """positions: flat indices into B*T of the masked tokens -> logits [N, vocab]."""
        x = self.enc(ids, mask).reshape(-1, self.enc.cfg['h'])[positions]
        x = self.ln(F.gelu(self.dense(x)))
        if _fast():
            return F.conv1d(x[:, :, None], self.enc.tok.weight[:, :, None], self.bias)[:, :, 0]
        return x @ self.enc.tok.weight.t() + self.bias


class TokenHead(nn.Module):
    def __init__(self, enc, n_out, drop=0.1):
        super().__init__()
        self.enc = enc
        self.drop = nn.Dropout(drop)
        self.out = Linear(enc.cfg['h'], n_out)

    def forward(self, ids, mask=None):
        return self.out(self.drop(self.enc(ids, mask)))
