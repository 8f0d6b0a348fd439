"""Adds person-name words of the NER corpora that allow shipping to the bundled model's gazetteer (first / last name
bits), without retraining: the model learned what a set bit means from the faker names; this sets it for names of the
regions the faker lists miss ("Okonkwo", "Wanjiru", "Yudhoyono").
Words: capitalised tokens (Title case, Latin letters, 3-20) of PER spans in the TRAIN splits of WikiANN de en es nl and
of the Tier A sources of ner/extra (not pl / hr / sk, whose names are in case forms), tagged PER more often than
capitalised outside PER spans and never written in lower case in the text of training/pii/common_words.py; the first
word of a span goes to the first-name filter, the others to the last-name filter. Validation / dev / test splits are
not read, so selection and held-out figures stay clean. Names of the synthetic eval (synth.in_eval) are left out.
  /usr/bin/python3 training/ner/gaz_names.py --data ../shared/data --from v5 --tag gx
writes training/.work/ner-<tag>/ (best.pt copied from the --from run, gaz_bits.npy with the names added);
--onnx <model.onnx> also writes the bits into that model file (initializer gaz_bits)."""

import argparse
import glob
import json
import os
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..', 'pii'))

import numpy as np  # noqa: E402
from common_words import TIER_A_NER, count_words, wikiann  # noqa: E402
from features import fnv1a, normalise  # noqa: E402
from gazetteer import GAZ_CATS, GAZ_HASHES, OFFSETS  # noqa: E402
from synth import in_eval  # noqa: E402

INFLECTED = ('uner_hr_set', 'uner_sk_snk')


def person_spans(data):
    """Token lists of PER spans and the capitalised tokens outside them, train splits only."""
    spans, outside = [], []

    def read(tokens, tags):
        span = []
        for t, g in zip(tokens, tags):
            if g == 'B-PER' or (g == 'I-PER' and not span):
                if span:
                    spans.append(span)
                span = [t]
            elif g == 'I-PER':
                span.append(t)
            else:
                if span:
                    spans.append(span)
                span = []
                if t[:1].isupper():
                    outside.append(t)
        if span:
            spans.append(span)

    for toks, tags in wikiann(data, ('de', 'en', 'es', 'nl'), ('train',)):
        read(toks, tags)
    for path in sorted(glob.glob(f'{data}/ner/extra/*.train.jsonl')):
        source = os.path.basename(path).split('.')[0]
        if source in TIER_A_NER and source not in INFLECTED:
            for line in open(path, encoding='utf-8'):
                row = json.loads(line)
                read(row['tokens'], row['tags'])
    return spans, outside


def name_words(data):
    """-> (first-name words, last-name words), normalised as the featurizer does."""
    spans, outside = person_spans(data)
    lower, _capital = count_words(data)
    title = lambda w: 3 <= len(w) <= 20 and w[:1].isupper() and w[1:].islower() and w.isalpha()  # noqa: E731
    per, other = {}, {}
    for span in spans:
        for t in span:
            per[t.lower()] = per.get(t.lower(), 0) + 1
    for t in outside:
        other[t.lower()] = other.get(t.lower(), 0) + 1
    ok = lambda t: (  # noqa: E731
        title(t) and per[t.lower()] > other.get(t.lower(), 0) and lower.get(t.lower(), 0) == 0 and not in_eval(t)
    )
    first, last = set(), set()
    for span in spans:
        words = [unicodedata.normalize('NFC', t) for t in span]
        for i, t in enumerate(words):
            if ok(t):
                (first if i == 0 and len(words) > 1 else last).add(normalise(t))
    return first, last


def add_bits(bits, category, words):
    size = GAZ_CATS[category][1]
    for w in sorted(words):
        for j in range(GAZ_HASHES):
            i = OFFSETS[category] + fnv1a(f'{category}{j}|{w}') % size
            bits[i >> 3] |= 1 << (i & 7)


def fill(bits, category):
    a, b = OFFSETS[category] // 8, (OFFSETS[category] + GAZ_CATS[category][1]) // 8
    return float(np.unpackbits(bits[a:b]).mean())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--from', dest='src', default='v5')
    ap.add_argument('--tag', default='gx')
    ap.add_argument('--work', default=os.path.join(HERE, '..', '.work'))
    ap.add_argument('--onnx', default='')
    args = ap.parse_args()
    src, out = os.path.join(args.work, f'ner-{args.src}'), os.path.join(args.work, f'ner-{args.tag}')
    bits = np.load(os.path.join(src, 'gaz_bits.npy')).copy()
    first, last = name_words(args.data)
    before = [fill(bits, 0), fill(bits, 1)]
    add_bits(bits, 0, first)
    add_bits(bits, 1, last)
    after = [fill(bits, 0), fill(bits, 1)]
    os.makedirs(out, exist_ok=True)
    shutil.copy(os.path.join(src, 'best.pt'), os.path.join(out, 'best.pt'))
    np.save(os.path.join(out, 'gaz_bits.npy'), bits)
    print(f'first +{len(first)} words, fill {before[0]:.3f} -> {after[0]:.3f} (false positives ~{after[0] ** 2:.4f})')
    print(f'last +{len(last)} words, fill {before[1]:.3f} -> {after[1]:.3f} (false positives ~{after[1] ** 2:.4f})')
    if args.onnx:
        import onnx
        from onnx import numpy_helper

        model = onnx.load(args.onnx)
        for i, t in enumerate(model.graph.initializer):
            if t.name == 'gaz_bits':
                model.graph.initializer[i].CopyFrom(numpy_helper.from_array(bits.astype(np.uint8), 'gaz_bits'))
        onnx.save(model, args.onnx)
        print('wrote', args.onnx)


if __name__ == '__main__':
    main()
