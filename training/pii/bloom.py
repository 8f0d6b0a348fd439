"""Bloom filter shared by the lexicon builders: FNV-1a double hashing over UTF-16 code units, K hashes (packages/core/src/pii/lexicon.ts reads it)."""
import base64, math

K = 7


def fnv(s, basis):
    h = basis
    data = s.encode('utf-16-le')
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def bloom(items, p=0.01):
    n = max(1, len(items))
    m = int(math.ceil(-n * math.log(p) / (math.log(2) ** 2)))
    m = (m + 7) // 8 * 8
    bits = bytearray(m // 8)
    for w in items:
        h1, h2 = fnv(w, 0x811C9DC5), fnv(w, 0x01000193) | 1
        for i in range(K):
            p = (h1 + i * h2) % m
            bits[p >> 3] |= 1 << (p & 7)
    return m, base64.b64encode(bytes(bits)).decode()


def bloom_avoiding(items, avoid, p=0.01, tries=64):
    """A Bloom filter of `items` whose size (from the size for `p` up to `tries` bytes more) lets through the fewest
    words of `avoid` (everyday words that are no item): the same lookup, fewer false positives where they matter."""
    import numpy as np

    items = sorted(set(items))
    avoid = sorted(set(avoid) - set(items))
    n = max(1, len(items))
    m0 = (int(math.ceil(-n * math.log(p) / (math.log(2) ** 2))) + 7) // 8 * 8

    def hashes(words):
        h1 = np.array([fnv(w, 0x811C9DC5) for w in words], dtype=np.int64)
        h2 = np.array([fnv(w, 0x01000193) | 1 for w in words], dtype=np.int64)
        return h1, h2

    i1, i2 = hashes(items)
    a1, a2 = hashes(avoid)
    best = None
    for m in range(m0, m0 + 8 * tries, 8):
        bits = np.zeros(m, dtype=bool)
        for i in range(K):
            bits[(i1 + i * i2) % m] = True
        hit = np.ones(len(avoid), dtype=bool)
        for i in range(K):
            hit &= bits[(a1 + i * a2) % m]
        if best is None or hit.sum() < best[0]:
            best = (int(hit.sum()), m, bits)
    _, m, bits = best
    packed = np.packbits(bits, bitorder='little').tobytes()
    return m, base64.b64encode(packed).decode(), best[0]
