"""Hashed character n-gram featurizer for language ID.

Must stay identical to packages/models/src/lid.ts (`featurize`): test/lid.test.ts checks the TS ids against
fixtures this module writes (test/fixtures/lid-hash.json).

Spec (version 1):
  1. NFC-normalize, lowercase, keep the first MAX_CHARS code points.
  2. Every code point whose Unicode category is not a letter (L*) or mark (M*) becomes a space; split on spaces.
  3. For each word w, token t = '<' + w + '>' (code points). For each start i and n = 1..5 (i + n <= len(t)):
     h = FNV-1a-32 over t[i:i+n] (code point values), feature = fmix32(imul(h ^ n, FNV_PRIME)) % BUCKETS.
     Plus a whole-token feature for tokens of at most WORD_MAX code points, fmix32(imul(h_token ^ 0, FNV_PRIME)),
     repeated WORD_REPEAT times (so that word identity weighs more in the mean).
"""

import unicodedata

import numpy as np

BUCKETS = 1 << 17  # default; train.py --buckets overrides it through set_buckets() and records it in model.json
MAX_N = 5
MAX_CHARS = 1000
WORD_MAX = 24
WORD_REPEAT = 1  # the whole-token feature is added this many times (train.py --word-repeat; recorded in model.json)
FNV_BASIS = 2166136261
FNV_PRIME = 16777619
M32 = 0xFFFFFFFF


def set_buckets(n, word_repeat=1):
    global BUCKETS, WORD_REPEAT
    BUCKETS = n
    WORD_REPEAT = word_repeat


def fmix32(h):
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & M32
    h ^= h >> 16
    return h


def words(text):
    """Clean words: NFC, lowercase, non-letters/marks -> space, first MAX_CHARS code points."""
    t = unicodedata.normalize('NFC', text).lower()[:MAX_CHARS]
    out = []
    cur = []
    for ch in t:
        if unicodedata.category(ch)[0] in 'LM':
            cur.append(ch)
        elif cur:
            out.append(''.join(cur))
            cur = []
    if cur:
        out.append(''.join(cur))
    return out


def word_ids(word):
    cps = [0x3C] + [ord(c) for c in word] + [0x3E]
    n_cp = len(cps)
    ids = []
    for i in range(n_cp):
        h = FNV_BASIS
        for j in range(i, min(i + MAX_N, n_cp)):
            h = ((h ^ cps[j]) * FNV_PRIME) & M32
            ids.append(fmix32(((h ^ (j - i + 1)) * FNV_PRIME) & M32) % BUCKETS)
    if n_cp <= WORD_MAX:
        h = FNV_BASIS
        for c in cps:
            h = ((h ^ c) * FNV_PRIME) & M32
        ids.extend([fmix32((h * FNV_PRIME) & M32) % BUCKETS] * WORD_REPEAT)
    return ids


def featurize(text):
    """Feature ids of a text (list of ints, may repeat). Empty when the text has no letters."""
    ids = []
    for w in words(text):
        ids.extend(word_ids(w))
    return ids


class Cache:
    """Per-word id cache: a text's ids are the concatenation of its words' ids."""

    def __init__(self):
        self.d = {}

    def word(self, w):
        a = self.d.get(w)
        if a is None:
            a = np.asarray(word_ids(w), dtype=np.int64)
            self.d[w] = a
        return a

    def ids(self, ws):
        if not ws:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate([self.word(w) for w in ws])
