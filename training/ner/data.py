"""Loaders for the labelled NER sources. Every example is (text, spans, source, lang) where text is the
dataset tokens joined by single spaces and spans are [(start, end, type)] code-point offsets, type in PER/LOC/ORG."""

import os

WIKIANN_LANGS = ['de', 'en', 'es', 'nl', 'pl', 'ru']
WNUT_MAP = {'person': 'PER', 'location': 'LOC', 'corporation': 'ORG'}


def bio_to_example(tokens, tags, source, lang):
    """tags: BIO strings with types already mapped (anything not PER/LOC/ORG must be 'O')."""
    text_parts, spans, pos, cur = [], [], 0, None
    for tok, tag in zip(tokens, tags):
        start = pos
        end = start + len(tok)
        text_parts.append(tok)
        pos = end + 1
        if tag == 'O':
            cur = None
            continue
        bi, typ = tag.split('-', 1)
        if bi == 'I' and cur is not None and cur[2] == typ:
            cur[1] = end
        else:
            cur = [start, end, typ]
            spans.append(cur)
    return (' '.join(text_parts), [tuple(s) for s in spans], source, lang)


def read_columns(path, tok_col, tag_col, sep=None):
    sents, toks, tags = [], [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('-DOCSTART-'):
                if toks:
                    sents.append((toks, tags))
                toks, tags = [], []
                continue
            cols = line.split(sep) if sep else line.split()
            if len(cols) <= max(tok_col, tag_col):
                continue
            toks.append(cols[tok_col])
            tags.append(cols[tag_col])
    if toks:
        sents.append((toks, tags))
    return sents


def load_wikiann(data, lang, split):
    path = os.path.join(data, 'ner', 'wikiann', lang, f'{split}.conllu')
    out = []
    for toks, tags in read_columns(path, 1, 2, sep='\t'):
        out.append(bio_to_example(toks, tags, 'wikiann', lang))
    return out


def load_wnut(data, split):
    name = {'train': 'wnut17train.conll', 'dev': 'emerging.dev.conll', 'test': 'emerging.test.annotated'}[split]
    out = []
    for toks, tags in read_columns(os.path.join(data, 'ner', 'wnut17', name), 0, 1, sep='\t'):
        mapped = []
        for t in tags:
            if t == 'O':
                mapped.append('O')
            else:
                bi, typ = t.split('-', 1)
                mapped.append(f'{bi}-{WNUT_MAP[typ]}' if typ in WNUT_MAP else 'O')
        out.append(bio_to_example(toks, mapped, 'wnut17', 'en'))
    return out


def iob1_to_bio(tags):
    out, prev = [], 'O'
    for t in tags:
        if t == 'O' or t.endswith('MISC'):
            out.append('O')
            prev = 'O'
            continue
        bi, typ = t.split('-', 1)
        if bi == 'B' or prev != typ:
            out.append('B-' + typ)
        else:
            out.append('I-' + typ)
        prev = typ
    return out


def load_sec(data, split):
    """SEC filings: FIN5 is the training file, FIN3 the test file (as in Alvarado et al. 2015)."""
    name = {'train': 'FIN5.txt', 'test': 'FIN3.txt'}[split]
    out = []
    for toks, tags in read_columns(os.path.join(data, 'ner', 'sec-filings', name), 0, 3):
        out.append(bio_to_example(toks, iob1_to_bio(tags), 'sec', 'en'))
    return out


def gazetteers(examples):
    """Entity strings per (lang, type) from training examples, for synthetic sentences."""
    gaz = {}
    for text, spans, _src, lang in examples:
        for s, e, typ in spans:
            gaz.setdefault((lang, typ), set()).add(text[s:e])
    return {k: sorted(v) for k, v in gaz.items()}
