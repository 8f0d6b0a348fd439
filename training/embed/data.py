"""Pair data for the sentence embedder: reads ../shared/data/paraphrase, writes train/dev/test JSONL splits.

Rows: {"a", "b", "same": 0|1, "lang", "kind", "source", "tier"}. Splits follow each source's own split where it has
one (STS-B translations, KorSTS, Chinese STS-B, JSTS valid = test, Turku fi dev/test) and a hash of the first
sentence otherwise, so a sentence never sits in two splits. Test labels follow the data README: score >= 4.4 of 5 is
"same", <= 3 is "different"; training also uses 4.0-4.4 as (weaker) positives. Adversarial negatives are generated
from each split's own positives (so test negatives come from test sentences only): negation, a changed number,
swapped roles.
Also writes train-xling.jsonl: the STS-B train rows aligned across its 11 translations (one line per row, both
sentences in every language), for the cross-lingual positives of `train.py --xling` (train split only).

Licence tiers (shared/data/EXTRA_SOURCES.md): A = CANNOT (CC-BY-SA-4.0), Turku (CC-BY-SA-4.0), JSTS (CC-BY-SA-4.0).
B = STS-B and its translations (stsb-multi-mt, KorSTS, Chinese STS-B): scores CC-BY-SA-4.0, but the sentence texts
keep their sources' terms (MSR corpora: research licence). `--tier A` keeps tier A only.

Usage: python3 training/embed/data.py ../shared/data /work/embed-work/pairs [--tier A|B]
"""

import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

STSB_LANGS = ['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'zh']
SAME, TRAIN_SAME, DIFF = 4.4, 4.0, 3.0

# Negators used to build adversarial negatives: (word, where) — 'after1' = after the first word, 'before_verb' is
# approximated as after the first word as well; the generated text need not be fluent to be a different question.
NEG_INSERT = {
    'en': ('not', 2), 'de': ('nicht', 3), 'es': ('no', 1), 'fr': ('ne pas', 2), 'it': ('non', 1), 'pt': ('não', 1),
    'nl': ('niet', 3), 'pl': ('nie', 1), 'ru': ('не', 1), 'fi': ('ei', 1), 'sv': ('inte', 2), 'ko': ('안', -1),
}
CJK_NEG = {'zh': '不', 'ja': 'ない'}


def bucket(text: str) -> int:
    return int(hashlib.sha1(text.strip().lower().encode()).hexdigest()[:8], 16) % 100


def split_of(text: str) -> str:
    b = bucket(text)
    return 'test' if b < 15 else 'dev' if b < 25 else 'train'


def row(a, b, same, lang, kind, source, tier, score=None):
    r = {'a': a.strip(), 'b': b.strip(), 'same': same, 'lang': lang, 'kind': kind, 'source': source, 'tier': tier}
    if score is not None:
        r['score'] = score
    return r


def scored(a, b, score, lang, source, tier, split):
    lo_same = TRAIN_SAME if split == 'train' else SAME
    if score >= lo_same:
        return row(a, b, 1, lang, 'paraphrase', source, tier, score)
    if score <= DIFF:
        return row(a, b, 0, lang, 'sts-low', source, tier, score)
    return None


def stsb(root: Path):
    for lang in STSB_LANGS:
        for part, split in (('train', 'train'), ('dev', 'dev'), ('test', 'test')):
            with open(root / f'stsb-multi-mt/data/stsb-{lang}-{part}.csv', newline='', encoding='utf-8') as f:
                for rec in csv.reader(f):
                    if len(rec) != 3:
                        continue
                    r = scored(rec[0], rec[1], float(rec[2]), lang, 'stsb-multi-mt', 'B', split)
                    if r:
                        yield split, r


def stsb_aligned(root: Path, part: str = 'train'):
    """The STS-B translations row by row (row i of every language is the same STS-B pair): one group per row with
    both sentences in every language, for cross-lingual positives in training (train split only, so nothing of
    dev/test enters training). The files must have the same number of rows and the same score on each row."""
    recs = {}
    for lang in STSB_LANGS:
        with open(root / f'stsb-multi-mt/data/stsb-{lang}-{part}.csv', newline='', encoding='utf-8') as f:
            recs[lang] = list(csv.reader(f))
    n = {len(r) for r in recs.values()}
    assert len(n) == 1, f'stsb-multi-mt {part}: row counts differ {n}'
    for i, group in enumerate(zip(*(recs[lang] for lang in STSB_LANGS))):
        assert len({g[2] for g in group}) == 1 and all(len(g) == 3 for g in group), f'row {i} not aligned'
        yield {'row': i, 'score': float(group[0][2]),
               's1': {lang: g[0].strip() for lang, g in zip(STSB_LANGS, group)},
               's2': {lang: g[1].strip() for lang, g in zip(STSB_LANGS, group)}}


def korsts(root: Path):
    for part in ('train', 'dev', 'test'):
        with open(root / f'KorNLUDatasets/KorSTS/sts-{part}.tsv', encoding='utf-8') as f:
            next(f)
            for line in f:
                c = line.rstrip('\n').split('\t')
                if len(c) < 7:
                    continue
                r = scored(c[5], c[6], float(c[4]), 'ko', 'korsts', 'B', part)
                if r:
                    yield part, r


def csts(root: Path):
    for part in ('train', 'dev', 'test'):
        with open(root / f'CSTS/Chinese-STS-B/sts-b-{part}.txt', encoding='utf-8') as f:
            for line in f:
                c = line.rstrip('\n').split('\t')
                if len(c) != 3:
                    continue
                r = scored(c[0], c[1], float(c[2]), 'zh', 'csts', 'B', part)
                if r:
                    yield part, r


def jsts(root: Path):
    for part in ('train', 'valid'):
        with open(root / f'JGLUE/datasets/jsts-v1.3/{part}-v1.3.json', encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                split = 'test' if part == 'valid' else ('dev' if bucket(d['sentence1']) < 10 else 'train')
                r = scored(d['sentence1'], d['sentence2'], float(d['label']), 'ja', 'jsts', 'A', split)
                if r:
                    yield split, r


def turku(root: Path):
    def lab(label: str, a, b, lang, split):
        if label == '4':
            return row(a, b, 1, lang, 'paraphrase', 'turku', 'A')
        if label in ('1', '2'):
            return row(a, b, 0, lang, 'turku-unrelated' if label == '1' else 'turku-related', 'turku', 'A')
        return None

    for part, split in (('opus-pb-dev', 'train'), ('opus-pb-test', 'test')):
        for d in json.load(open(root / f'Turku-paraphrase-corpus/data-fi/{part}.json', encoding='utf-8')):
            r = lab(d['label'], d['txt1'], d['txt2'], 'fi', split)
            if r:
                yield split, r
    with open(root / 'Turku-paraphrase-corpus/data-fi/opus-parsebank-sample-annotated.tsv', encoding='utf-8') as f:
        next(f)
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) >= 5:
                r = lab(c[0], c[3], c[4], 'fi', 'train')
                if r:
                    yield 'dev' if bucket(c[3]) < 10 else 'train', r
    for d in json.load(open(root / 'Turku-paraphrase-corpus/data-sv/test.json', encoding='utf-8')):
        r = lab(d['label'], d['txt1'], d['txt2'], 'sv', 'test')
        if r:
            b = bucket(d.get('goeswith', d['txt1']))
            yield ('test' if b < 50 else 'dev' if b < 60 else 'train'), r


def cannot(root: Path):
    base = root / 'cannot-dataset/datasets'
    with open(base / 'antonym-substitution/processed/sem_anto_neg.tsv', encoding='utf-8') as f:
        next(f)
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) != 3:
                continue
            same = 1 - int(c[2])
            # Label 0 pairs are logical equivalents through negation ("not unfair" / "fair"): kept apart from the
            # paraphrases, since the guard refuses them on purpose (a miss, never a false hit).
            kind = 'negation-equivalent' if same else 'cannot-negation-antonym'
            yield split_of(c[0]), row(c[0], c[1], same, 'en', kind, 'cannot', 'A')
    with open(base / 'sentiment-labelled-sentences/processed/sentiment_labelled_sentences.tsv', encoding='utf-8') as f:
        next(f)
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) == 2:
                yield split_of(c[0]), row(c[0], c[1], 0, 'en', 'cannot-negation', 'cannot', 'A')


NUM = re.compile(r'\d+')
WORDS = re.compile(r'\w+', re.UNICODE)


def adversarial(r, rng: random.Random):
    """Negatives made from one positive pair: its second sentence negated or with a number changed, its first
    sentence with two words traded (swapped roles)."""
    a, b, lang = r['a'], r['b'], r['lang']
    out = []
    if lang in CJK_NEG:
        neg = CJK_NEG[lang]
        if lang == 'zh' and len(b) > 4 and neg not in b:
            i = rng.randrange(1, min(4, len(b) - 1))
            out.append((b[:i] + neg + b[i:], 'synth-negation'))
        elif lang == 'ja' and b.endswith('ます。'):
            out.append((b[:-3] + 'ません。', 'synth-negation'))
    elif lang in NEG_INSERT:
        word, pos = NEG_INSERT[lang]
        toks = b.split()
        if len(toks) > 3 and word.split()[-1] not in [t.lower() for t in toks]:
            p = len(toks) - 1 if pos < 0 else min(pos, len(toks) - 1)
            if lang == 'fr':
                toks = toks[:p] + ['ne'] + toks[p:p + 1] + ['pas'] + toks[p + 1:]
            else:
                toks = toks[:p] + [word] + toks[p:]
            out.append((' '.join(toks), 'synth-negation'))
    m = NUM.search(b)
    if m:
        n = int(m.group()) if len(m.group()) < 9 else 7
        out.append((b[:m.start()] + str(n + rng.choice([1, 2, 3, 10])) + b[m.end():], 'synth-number'))
    # Not in languages that mark roles by case or particles (ko, fi, pl, ru), where trading two words keeps them.
    if lang not in CJK_NEG and lang not in ('ko', 'fi', 'pl', 'ru'):
        # PAWS-style: the first sentence with two of its words traded (same bag of words, other roles).
        words = [w for w in WORDS.finditer(a) if len(w.group()) >= 4 and not w.group().isdigit()]
        if len(words) >= 3:
            x, y = words[0], words[-1]
            if x.group().lower() != y.group().lower():
                s = a[:x.start()] + y.group() + a[x.end():y.start()] + x.group() + a[y.end():]
                out.append((s, 'synth-swap'))
    return [row(a, s, 0, lang, kind, r['source'], r['tier']) for s, kind in out]


def main():
    root = Path(sys.argv[1]) / 'paraphrase'
    out = Path(sys.argv[2])
    tier = sys.argv[sys.argv.index('--tier') + 1] if '--tier' in sys.argv else 'B'
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(13)
    splits = {'train': [], 'dev': [], 'test': []}
    for gen in (stsb, korsts, csts, jsts, turku, cannot):
        for split, r in gen(root):
            if tier == 'A' and r['tier'] != 'A':
                continue
            splits[split].append(r)
    for split, rows in splits.items():
        extra = []
        for r in rows:
            if r['same'] == 1 and r['a'] != r['b'] and r['kind'] == 'paraphrase':
                extra += adversarial(r, rng)
        rows += extra
        # Identical pairs are exact-cache hits, not semantic ones: drop them from dev/test.
        if split != 'train':
            rows[:] = [r for r in rows if r['a'].strip().lower() != r['b'].strip().lower()]
        with open(out / f'{split}.jsonl', 'w', encoding='utf-8') as f:
            for r in rows:
                if split == 'train' or r['kind'] != 'negation-equivalent':
                    f.write(json.dumps(r, ensure_ascii=False) + '\n')
        if split != 'train':
            with open(out / f'{split}-negation-equivalent.jsonl', 'w', encoding='utf-8') as f:
                for r in rows:
                    if r['kind'] == 'negation-equivalent':
                        f.write(json.dumps(r, ensure_ascii=False) + '\n')
        counts = {}
        for r in rows:
            k = (r['lang'], r['same'])
            counts[k] = counts.get(k, 0) + 1
        print(split, len(rows), dict(sorted(counts.items())))
    if tier == 'B':
        # Cross-lingual groups (train.py --xling): STS-B train rows aligned across its 11 languages.
        groups = list(stsb_aligned(root))
        with open(out / 'train-xling.jsonl', 'w', encoding='utf-8') as f:
            for g in groups:
                f.write(json.dumps(g, ensure_ascii=False) + '\n')
        print('train-xling', len(groups), 'aligned STS-B rows')


if __name__ == '__main__':
    main()
