"""Embedder featurizer: hashed words, word bigrams, char 3/4-grams and CJK char 1-3-grams.

Mirrored exactly by packages/models/src/embed-features.ts (parity fixture written by export.py, checked by
packages/models/test/embed.test.ts).
"""

import re
import unicodedata
import zlib

BUCKETS = 1 << 15  # id 0 is padding; features hash into 1..BUCKETS-1
MAX_CHARS = 2000  # code points kept from the input
MAX_IDS = 1024
PLACEHOLDER = re.compile(r'<([A-Z][A-Z_]*?)_\d+>')


def is_cjk(c: str) -> bool:
    o = ord(c)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


def is_word(c: str) -> bool:
    return unicodedata.category(c)[0] in 'LMN'


def normalize(text: str) -> str:
    t = ''.join(list(text)[:MAX_CHARS])
    t = PLACEHOLDER.sub(lambda m: ' xx' + m.group(1).lower().replace('_', '') + ' ', t)
    return unicodedata.normalize('NFKC', t).lower()


def runs(text: str):
    """(kind, text) runs: 'w' word (letters, marks, digits), 'c' CJK characters."""
    out, cur, kind = [], '', ''
    for c in normalize(text):
        k = 'c' if is_cjk(c) else 'w' if is_word(c) else ''
        if k != kind and cur:
            out.append((kind, cur))
            cur = ''
        kind = k
        if k:
            cur += c
    if cur and kind:
        out.append((kind, cur))
    return out


def feature_strings(text: str) -> list[str]:
    feats = []
    prev = None
    for kind, r in runs(text):
        if kind == 'c':
            cps = list(r)
            for n in (1, 2, 3):
                for j in range(len(cps) - n + 1):
                    feats.append('c:' + ''.join(cps[j:j + n]))
            prev = None
            continue
        feats.append('w:' + r)
        if prev is not None:
            feats.append('b:' + prev + ' ' + r)
        prev = r
        cps = list('<' + r + '>')
        if len(cps) > 4:
            for n in (3, 4):
                for j in range(len(cps) - n + 1):
                    feats.append('g:' + ''.join(cps[j:j + n]))
    return feats


def hash_feature(f: str) -> int:
    return zlib.crc32(f.encode('utf-8')) % (BUCKETS - 1) + 1


def features(text: str) -> list[int]:
    ids = [hash_feature(f) for f in feature_strings(text)[:MAX_IDS]]
    return ids or [hash_feature('w:')]
