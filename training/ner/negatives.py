"""Entity-free sentences (hard negatives) from unlabelled text: Tatoeba (CC-BY-2.0-FR), STS-B machine-translated
(per-source licences, see the card) and TweetEval tweets. Sentences that may contain a name are dropped: any capitalised
token after the first (except English 'I'; German nouns are capitalised, so not in German) or any token that is a
known entity word (faker names/places, GeoNames, WikiANN training person-name tokens) and is not a common lowercase word
of the pool. What remains is labelled all-O; a little noise (missed lowercase names) is accepted.
Splits: 'train' = STS-B train + 90% of Tatoeba + TweetEval train; 'dev' = STS-B dev + the other 10% of Tatoeba."""

import collections
import csv
import json
import os
import re

from features import fnv1a, tokenize
from templates import LOCALES

TATOEBA = {'eng': 'en', 'deu': 'de', 'spa': 'es', 'fra': 'fr', 'ita': 'it', 'por': 'pt', 'nld': 'nl', 'pol': 'pl',
           'rus': 'ru'}
CAPS_OK = {'OK', 'LOL', 'OMG', 'LMAO', 'WTF', 'TV', 'DIY', 'FAQ', 'PS', 'RT', 'SMH', 'IDK', 'BTW', 'AM', 'PM'}
# Tatoeba's stock characters, in scripts the lexicons miss
STOCK_NAMES = {'tom', 'mary', 'john', 'alice', 'том', 'тома', 'тому', 'томом', 'томе', 'мэри', 'джон', 'джона', 'мэр'}
URL_RE = re.compile(r'https?://\S+|@\w+|&amp;|&gt;|&lt;')


def _raw(data, split):
    out = []
    for lang in TATOEBA.values():
        name = 'dev' if split == 'dev' else 'train'
        path = os.path.join(data, 'paraphrase', 'stsb-multi-mt', 'data', f'stsb-{lang}-{name}.csv')
        seen = set()
        for row in csv.reader(open(path, encoding='utf-8')):
            for s in row[:2]:
                if s not in seen:
                    seen.add(s)
                    out.append((lang, s.strip()))
    with open(os.path.join(data, 'langid', 'tatoeba_laser_train.tsv'), encoding='utf-8') as f:
        next(f)
        for line in f:
            code, _, text = line.rstrip('\n').partition('\t')
            if code in TATOEBA and ((fnv1a(text) % 10 == 0) == (split == 'dev')):
                out.append((TATOEBA[code], text.strip()))
    if split == 'train':
        for name in ('offensive', 'hate'):
            for line in open(os.path.join(data, 'toxicity', 'tweeteval', name, 'train_text.txt'), encoding='utf-8'):
                t = URL_RE.sub('', line).strip()
                if t:
                    out.append(('en', re.sub(r'\s+', ' ', t)))
    return out


def entity_words(data, wikiann_train=None):
    words = set()
    fdir = os.path.join(data, 'ner', 'faker_lexicons')
    for locs in LOCALES.values():
        for loc in locs:
            d = json.load(open(os.path.join(fdir, loc + '.json'), encoding='utf-8'))
            for k in ('first_name', 'last_name', 'city_name', 'country', 'state'):
                for x in d.get(k, []):
                    words.update(t.lower() for t, _, _ in tokenize(x))
    geo = json.load(open(os.path.join(data, 'ner', 'geonames_city_names', 'geonames_localized_names.json')))
    for lang in TATOEBA.values():
        for v in geo.get(lang, {}).values():
            words.update(t.lower() for t, _, _ in tokenize(v))
    for text, spans, _src, _lang in wikiann_train or []:
        for s, e, _t in (x for x in spans if x[2] == 'PER'):
            words.update(t.lower() for t, _, _ in tokenize(text[s:e]))
    return {w for w in words if w[:1].isalpha()} | STOCK_NAMES


def load_negatives(data, split, wikiann_train=None):
    """-> list of (text, [], 'negative', lang)."""
    raw = _raw(data, split)
    low, cap = collections.Counter(), collections.Counter()
    for lang, s in _raw(data, 'train') if split == 'dev' else raw:
        toks = tokenize(s)
        for k, (t, _a, _b) in enumerate(toks):
            if k > 0 and t.islower():
                low[t] += 1
            elif k > 0 and lang != 'de' and t[:1].isupper() and toks[k - 1][0] not in '.!?:':
                cap[t.lower()] += 1
    names = entity_words(data, wikiann_train)
    out, seen = [], set()
    for lang, s in raw:
        toks = tokenize(s)
        if len(toks) < 2 or s in seen:
            continue
        ok = True
        for k, (t, _a, _b) in enumerate(toks):
            prev = toks[k - 1][0] if k else '.'
            if lang != 'de' and t[:1].isupper() and prev not in '.!?:' and not (lang == 'en' and t == 'I'):
                ok = False
                break
            tl = t.lower()
            if tl in names and (low[tl] < 20 or cap[tl] > low[tl]) or len(t) > 1 and t.isupper() and t not in CAPS_OK:
                ok = False
                break
        if ok:
            seen.add(s)
            out.append((s, [], 'negative', lang))
    return out


if __name__ == '__main__':
    import random
    import sys

    neg = load_negatives(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'train')
    print(len(neg), collections.Counter(x[3] for x in neg))
    for x in random.Random(0).sample(neg, 40):
        print(x[3], x[0])
