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
  4. If WORD_BIGRAMS: after all word features, one feature per adjacent word pair (bigram_id).
  5. Word head (WORD_HEAD_BUCKETS > 0): a second, separate list of ids, one per word (any length):
     FNV-1a-32 over the code points of '<' + w + '>', feature = fmix32(imul(h ^ 7, FNV_PRIME)) % WORD_HEAD_BUCKETS.
     These index a small second table whose pooled rows map linearly onto the logits (fastText-style word evidence).
"""

import unicodedata

import numpy as np

BUCKETS = 1 << 17  # default; train.py --buckets overrides it through set_buckets() and records it in model.json
MAX_N = 5
MAX_CHARS = 1000
WORD_MAX = 24
WORD_BIGRAMS = 0  # 1: add a feature per pair of adjacent words (train.py --word-bigrams; recorded in model.json)
WORD_HEAD_BUCKETS = 0  # 0: no word head (train.py --word-head; recorded in model.json)
WORD_REPEAT = 1  # the whole-token feature is added this many times (train.py --word-repeat; recorded in model.json)
FNV_BASIS = 2166136261
FNV_PRIME = 16777619
M32 = 0xFFFFFFFF


def set_buckets(n, word_repeat=1, word_bigrams=0):
    global BUCKETS, WORD_REPEAT, WORD_BIGRAMS
    BUCKETS = n
    WORD_REPEAT = word_repeat
    WORD_BIGRAMS = word_bigrams


def set_word_head(n):
    global WORD_HEAD_BUCKETS
    WORD_HEAD_BUCKETS = n


def word_head_id(w):
    h = FNV_BASIS
    for c in '<' + w + '>':
        h = ((h ^ ord(c)) * FNV_PRIME) & M32
    return fmix32(((h ^ 7) * FNV_PRIME) & M32) % WORD_HEAD_BUCKETS


def word_head_ids(text):
    """Word-head ids of a text (one per clean word); empty when there is no word head or no word."""
    return [word_head_id(w) for w in words(text)] if WORD_HEAD_BUCKETS else []


def bigram_id(a, b):
    """Feature of two adjacent words: FNV-1a over code points of a + ' ' + b, finalised with n = 6."""
    h = FNV_BASIS
    for c in a + ' ' + b:
        h = ((h ^ ord(c)) * FNV_PRIME) & M32
    return fmix32(((h ^ 6) * FNV_PRIME) & M32) % BUCKETS


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
    ws = words(text)
    for w in ws:
        ids.extend(word_ids(w))
    if WORD_BIGRAMS:
        ids.extend(bigram_id(a, b) for a, b in zip(ws, ws[1:]))
    return ids


SPEC_BUCKETS = 0  # cluster specialist (specialist.py; recorded in model.json as "specialist")
SPEC_CHAR = []  # character n-gram orders of the specialist features


def set_spec(n, char_orders=()):
    global SPEC_BUCKETS, SPEC_CHAR
    SPEC_BUCKETS = n
    SPEC_CHAR = list(char_orders)


def _fnv(cps):
    h = FNV_BASIS
    for c in cps:
        h = ((h ^ c) * FNV_PRIME) & M32
    return h


def spec_ids(ws):
    """Specialist feature ids of clean words `ws`: per word FNV-1a over '<' + w + '>' finalised with 8; per adjacent
    word pair FNV-1a over a + ' ' + b finalised with 9; per character n-gram (n in SPEC_CHAR) of '<' + w + '>'
    FNV-1a finalised with 10 + n; all modulo SPEC_BUCKETS (order: words, bigrams, n-grams)."""
    B = SPEC_BUCKETS
    out = []
    toks = [[0x3C] + [ord(c) for c in w] + [0x3E] for w in ws]
    for t in toks:
        out.append(fmix32(((_fnv(t) ^ 8) * FNV_PRIME) & M32) % B)
    for a, b in zip(ws, ws[1:]):
        out.append(fmix32(((_fnv([ord(c) for c in a + ' ' + b]) ^ 9) * FNV_PRIME) & M32) % B)
    for n in SPEC_CHAR:
        for t in toks:
            for i in range(len(t) - n + 1):
                out.append(fmix32(((_fnv(t[i:i + n]) ^ (10 + n)) * FNV_PRIME) & M32) % B)
    return out


class Cache:
    """Per-word id cache: a text's ids are the concatenation of its words' ids."""

    def __init__(self):
        self.d = {}
        self.bi = {}
        self.wh = {}

    def wids(self, ws):
        if not WORD_HEAD_BUCKETS:
            return None
        out = []
        for w in ws:
            v = self.wh.get(w)
            if v is None:
                v = self.wh[w] = word_head_id(w)
            out.append(v)
        return np.asarray(out, dtype=np.int64)

    def word(self, w):
        a = self.d.get(w)
        if a is None:
            a = np.asarray(word_ids(w), dtype=np.int64)
            self.d[w] = a
        return a

    def ids(self, ws):
        if not ws:
            return np.zeros(0, dtype=np.int64)
        parts = [self.word(w) for w in ws]
        if WORD_BIGRAMS and len(ws) > 1:
            bi = []
            for a, b in zip(ws, ws[1:]):
                k = (a, b)
                v = self.bi.get(k)
                if v is None:
                    v = self.bi[k] = bigram_id(a, b)
                bi.append(v)
            parts.append(np.asarray(bi, dtype=np.int64))
        return np.concatenate(parts)
