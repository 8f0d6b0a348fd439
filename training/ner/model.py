"""Word-level tagger: hashed char n-gram bag + hashed word + shape embeddings -> dilated residual 1-D CNN -> BIO."""

import numpy as np
import torch
import torch.nn as nn
from features import MAX_NGRAMS, N_SHAPES, NGRAM_BUCKETS, TAGS, WORD_BUCKETS
from gazetteer import N_GAZ

CFG = {'d_ngram': 64, 'd_word': 32, 'd_shape': 16, 'hidden': 96, 'dilations': [1, 2, 4, 1], 'kernel': 3}
# with gazetteer features (gazetteer.py): 5 membership bits -> linear 16
CFG_GAZ = {**CFG, 'd_gaz': 16}


class Tagger(nn.Module):
    def __init__(self, cfg=CFG):
        super().__init__()
        self.cfg = cfg
        h = cfg['hidden']
        self.ngram = nn.EmbeddingBag(NGRAM_BUCKETS, cfg['d_ngram'], mode='mean', padding_idx=0)
        self.word = nn.Embedding(WORD_BUCKETS, cfg['d_word'], padding_idx=0)
        self.shape = nn.Embedding(N_SHAPES, cfg['d_shape'], padding_idx=0)
        nn.init.normal_(self.ngram.weight, std=0.1)
        nn.init.normal_(self.word.weight, std=0.1)
        with torch.no_grad():
            self.ngram.weight[0].zero_()
            self.word.weight[0].zero_()
        self.gaz = nn.Linear(N_GAZ, cfg['d_gaz'], bias=False) if cfg.get('d_gaz') else None
        self.proj = nn.Linear(cfg['d_ngram'] + cfg['d_word'] + cfg['d_shape'] + cfg.get('d_gaz', 0), h)
        self.norms = nn.ModuleList(nn.LayerNorm(h) for _ in cfg['dilations'])
        self.convs = nn.ModuleList(
            nn.Conv1d(h, h, cfg['kernel'], dilation=d, padding=d * (cfg['kernel'] - 1) // 2) for d in cfg['dilations']
        )
        self.out_norm = nn.LayerNorm(h)
        self.out = nn.Linear(h, len(TAGS))
        self.drop = nn.Dropout(0.25)
        self.word_drop = 0.1

    def forward(self, ng, word, shape, gaz=None):
        """ng [B,T,K], word [B,T], shape [B,T] (0 = padding), gaz [B,T,N_GAZ] -> logits [B,T,len(TAGS)]."""
        B, T, K = ng.shape
        e_ng = self.ngram(ng.reshape(B * T, K)).reshape(B, T, -1)
        if self.training and self.word_drop > 0:
            word = word.masked_fill(torch.rand(word.shape) < self.word_drop, 0)
        parts = [e_ng, self.word(word), self.shape(shape)]
        if self.gaz is not None:
            parts.append(self.gaz(gaz))
        x = torch.cat(parts, dim=-1)
        h = self.proj(self.drop(x))
        for norm, conv in zip(self.norms, self.convs):
            y = conv(norm(h).transpose(1, 2)).transpose(1, 2)
            h = h + self.drop(torch.relu(y))
        return self.out(self.out_norm(h))


def pad_batch(feats):
    """feats: list of (ngram ids [n,K], word ids [n], shape ids [n], tags [n] or None, gazetteer bits [n,N_GAZ])
    numpy arrays -> tensors (ngrams, words, shapes, tags, gaz)."""
    T = max(1, max(len(f[1]) for f in feats))
    B = len(feats)
    ng = np.zeros((B, T, MAX_NGRAMS), dtype=np.int64)
    word = np.zeros((B, T), dtype=np.int64)
    shape = np.zeros((B, T), dtype=np.int64)
    tags = np.full((B, T), -100, dtype=np.int64)
    gaz = np.zeros((B, T, N_GAZ), dtype=np.float32)
    for b, (g, w, s, t, z) in enumerate(feats):
        n = len(w)
        ng[b, :n] = g
        word[b, :n] = w
        shape[b, :n] = s
        if t is not None:
            tags[b, :n] = t
        gaz[b, :n] = z
    return tuple(torch.from_numpy(a) for a in (ng, word, shape, tags, gaz))
