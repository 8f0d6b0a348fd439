"""Gazetteer features: per token, membership of its normalised form (features.normalise) in five lexicons, stored
as Bloom filters (2 hashes each) in one bit array that is bundled inside model.onnx (initializer `gaz_bits`).
Categories: 0 first name, 1 last name, 2 place-name token, 3 company-form word, 4 common lowercase word.
Sources: @faker-js/faker lexicons of all 73 locales (MIT), GeoNames localized names for en de es fr it pt nl pl ru
(CC-BY-4.0), ORG_WORDS of templates.py, and for 'common' the lowercase non-initial words seen >= 3 times in the
entity-free training sentences (negatives.py). Entries held out for the synthetic eval (synth.in_eval) are left out, so
the synthetic eval names are not in the gazetteer. The TypeScript featurizer computes the same bit positions
(src/ner-features.ts gazPositions); the lookup itself happens in the ONNX graph."""

import collections
import glob
import json
import os

import numpy as np
from features import fnv1a, normalise, tokenize

# (name, bits) - offsets are cumulative; every size is a multiple of 8
GAZ_CATS = [('first', 1 << 18), ('last', 1 << 18), ('place', 1 << 20), ('org', 1 << 14), ('common', 1 << 18)]
GAZ_HASHES = 2
GAZ_LANGS = ['en', 'de', 'es', 'fr', 'it', 'pt', 'nl', 'pl', 'ru']
OFFSETS = np.cumsum([0] + [b for _n, b in GAZ_CATS]).tolist()
N_GAZ = len(GAZ_CATS)
GAZ_BITS = OFFSETS[-1]


def positions(tok):
    """Bit positions [N_GAZ * GAZ_HASHES] of a token (category-major)."""
    s = normalise(tok)
    out = []
    for c, (_name, size) in enumerate(GAZ_CATS):
        for j in range(GAZ_HASHES):
            out.append(OFFSETS[c] + fnv1a(f'{c}{j}|{s}') % size)
    return out


def lexicon_tokens(data, negatives=None):
    from synth import in_eval
    from templates import ORG_WORDS

    cats = [set() for _ in GAZ_CATS]

    def add(c, entry):
        if entry and not in_eval(entry):
            cats[c].update(normalise(t) for t, _a, _b in tokenize(entry) if t[:1].isalpha())

    for p in sorted(glob.glob(os.path.join(data, 'ner', 'faker_lexicons', '*.json'))):
        if p.endswith('_summary.json'):
            continue
        d = json.load(open(p, encoding='utf-8'))
        for x in d.get('first_name', []) + d.get('middle_name', []):
            add(0, x)
        for x in d.get('last_name', []):
            add(1, x)
        for k in ('city_name', 'country', 'state'):
            for x in d.get(k, []):
                add(2, x)
        for x in d.get('company_suffix', []):
            add(3, x)
    geo = json.load(open(os.path.join(data, 'ner', 'geonames_city_names', 'geonames_localized_names.json')))
    for lang in GAZ_LANGS:
        for x in geo.get(lang, {}).values():
            add(2, x)
    for words in ORG_WORDS.values():
        for x in words:
            cats[3].update(normalise(t) for t, _a, _b in tokenize(x) if t[:1].isalpha())
    if negatives:
        low = collections.Counter()
        for text, _s, _src, _lang in negatives:
            for k, (t, _a, _b) in enumerate(tokenize(text)):
                if k > 0 and t.islower() and t.isalpha():
                    low[t] += 1
        cats[4] = {normalise(t) for t, n in low.items() if n >= 3}
    return cats


def build_bits(data, negatives=None):
    """-> uint8 array [GAZ_BITS / 8] (bit i = byte i // 8, value 1 << (i % 8)), and the category sizes."""
    cats = lexicon_tokens(data, negatives)
    bits = np.zeros(GAZ_BITS // 8, dtype=np.uint8)
    for c, words in enumerate(cats):
        for w in sorted(words):
            for j in range(GAZ_HASHES):
                i = OFFSETS[c] + fnv1a(f'{c}{j}|{w}') % GAZ_CATS[c][1]
                bits[i >> 3] |= 1 << (i & 7)
    return bits, [len(w) for w in cats]


def lookup(bits, pos):
    """pos: [.., N_GAZ * GAZ_HASHES] -> float32 [.., N_GAZ] (1 when every hash bit of the category is set)."""
    pos = np.asarray(pos, dtype=np.int64)
    b = (bits[pos >> 3] >> (pos & 7)) & 1
    return b.reshape(pos.shape[:-1] + (N_GAZ, GAZ_HASHES)).min(axis=-1).astype(np.float32)


if __name__ == '__main__':
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from negatives import load_negatives

    neg = load_negatives(sys.argv[1], 'train')
    bits, sizes = build_bits(sys.argv[1], neg)
    print('entries', dict(zip([n for n, _ in GAZ_CATS], sizes)), 'bytes', bits.nbytes)
    for c, (name, size) in enumerate(GAZ_CATS):
        seg = np.unpackbits(bits[OFFSETS[c] // 8 : (OFFSETS[c] + size) // 8])
        print(name, 'fill', round(seg.mean(), 3), 'approx FP', round(seg.mean() ** GAZ_HASHES, 4))
    for t in ['anna', 'Schmidt', 'berlin', 'summarise', 'joke', 'GmbH', 'the', 'mortgage', 'Borrower', 'sarah', 'mark']:
        print(t, lookup(bits, positions(t)))
