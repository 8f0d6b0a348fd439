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
