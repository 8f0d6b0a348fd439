"""Synthetic chat-style NER sentences from faker lexicons (MIT), GeoNames localized city names (CC-BY-4.0) and, for
training only, entity strings of the WikiANN training split. Train and eval use disjoint templates (templates.py)
and disjoint name/place/brand lists (split by a stable hash), so the synthetic eval measures generalisation."""

import json
import os
import random
import re

from features import fnv1a
from templates import FILLERS, LOCALES, ORG_WORDS, T

LANGS = list(T)
EMOJI = ['😀', '😂', '🙏', '👍', '❤️', '🔥', '🎉', '😅', '🙈', '✨', '😊', '🤔', '👋', '💪', '🇩🇪', '👨‍👩‍👧']
PUNCT_RE = re.compile(r'[.,!?;:¿¡()"«»]')
SYLL = ['ka', 'lo', 'ri', 'ven', 'tor', 'mi', 'sa', 'nex', 'ul', 'zen', 'dra', 'bo', 'li', 'qu', 'vo', 'tek', 'ar', 'is']


def in_eval(s):
    return fnv1a(s) % 5 == 0


class Lexicon:
    def __init__(self, data, split, gaz=None):
        self.split = split
        keep = (lambda s: in_eval(s)) if split == 'eval' else (lambda s: not in_eval(s))
        fdir = os.path.join(data, 'ner', 'faker_lexicons')
        geo = json.load(open(os.path.join(data, 'ner', 'geonames_city_names', 'geonames_localized_names.json')))
        self.first, self.last, self.places = {}, {}, {}
        for lang, locs in LOCALES.items():
            first, last, places = set(), set(), set()
            for loc in locs:
                d = json.load(open(os.path.join(fdir, loc + '.json'), encoding='utf-8'))
                first.update(d.get('first_name', []))
                last.update(d.get('last_name', []))
                places.update(d.get('city_name', []) + d.get('country', []) + d.get('state', []))
            places.update(v for k, v in geo.get(lang, {}).items())
            self.first[lang] = sorted(x for x in first if keep(x) and x.strip())
            self.last[lang] = sorted(x for x in last if keep(x) and x.strip())
            self.places[lang] = sorted(x for x in places if keep(x) and x.strip())
        self.gaz = gaz or {}

    def person(self, rng, lang, form=None):
        src = lang if rng.random() < 0.75 else rng.choice(LANGS)
        if self.gaz and rng.random() < 0.25 and (lang, 'PER') in self.gaz:
            return rng.choice(self.gaz[(lang, 'PER')])
        f, l = rng.choice(self.first[src]), rng.choice(self.last[src])
        form = form or rng.choices(['fl', 'f', 'l', 'ffl', 'fll'], [0.55, 0.25, 0.08, 0.06, 0.06])[0]
        if form == 'f':
            return f
        if form == 'l':
            return l
        if form == 'ffl':
            return f'{f} {rng.choice(self.first[src])} {l}'
        if form == 'fll':
            return f'{f} {l}-{rng.choice(self.last[src])}'
        return f'{f} {l}'

    def place(self, rng, lang):
        if self.gaz and rng.random() < 0.3 and (lang, 'LOC') in self.gaz:
            return rng.choice(self.gaz[(lang, 'LOC')])
        return rng.choice(self.places[lang if rng.random() < 0.8 else rng.choice(LANGS)])

    def brand(self, rng):
        while True:
            w = ''.join(rng.choice(SYLL) for _ in range(rng.randint(2, 3))).capitalize()
            if in_eval(w) == (self.split == 'eval'):
                return w

    def org(self, rng, lang):
        if self.gaz and rng.random() < 0.35 and (lang, 'ORG') in self.gaz:
            return rng.choice(self.gaz[(lang, 'ORG')])
        word = rng.choice(ORG_WORDS[lang])
        last = self.last[lang if rng.random() < 0.8 else rng.choice(LANGS)]
        kind = rng.random()
        if kind < 0.3:
            name = rng.choice(last)
        elif kind < 0.45:
            name = f'{rng.choice(last)} & {rng.choice(last)}'
        elif kind < 0.55:
            name = f'{rng.choice(last)}-{rng.choice(last)}'
        else:
            name = self.brand(rng)
        r = rng.random()
        if lang == 'ru' and word in ('ООО', 'АО') or r < 0.1:
            return f'{word} {name}'
        if r < 0.3:
            return name
        if r < 0.4:
            return f'{name} {self.place(rng, lang)}' if kind >= 0.55 else f'{name} {word}'
        return f'{name} {word}'


def handle(rng, lex, lang):
    n = rng.choice(lex.first[lang]).lower()
    return n + rng.choice(['', '_', '.']) + rng.choice(['', str(rng.randint(1, 99)), 'x', 'official'])


def fill(rng, lex, lang, template):
    """Template -> list of (text, type or None) segments."""
    segs = []
    for i, part in enumerate(re.split(r'\{(\w+)\}', template)):
        if i % 2 == 0:
            if part:
                segs.append([part, None])
        elif part == 'PER':
            segs.append([lex.person(rng, lang), 'PER'])
        elif part == 'FIRST':
            segs.append([lex.person(rng, lang, 'f'), 'PER'])
        elif part == 'LAST':
            segs.append([lex.person(rng, lang, 'l'), 'PER'])
        elif part == 'LOC':
            segs.append([lex.place(rng, lang), 'LOC'])
        elif part == 'ORG':
            segs.append([lex.org(rng, lang), 'ORG'])
        elif part == 'HANDLE':
            segs.append([handle(rng, lex, lang), None])
    return segs


WORDS = ['news', 'soccer', 'video', 'watch', 'comments', 'status', 'pics', 'world', 'shop', 'blog', 'post', 'music']


def distractor(rng):
    w = rng.choice(WORDS)
    r = rng.random()
    code = ''.join(rng.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(rng.randint(5, 10)))
    if r < 0.3:
        return f'https://www.{w}.com/{rng.choice(WORDS)}/{code}'
    if r < 0.45:
        return f'reddit.com/r/{w}/comments/{code}'
    if r < 0.55:
        return f'http://t.co/{code}'
    if r < 0.7:
        return f'{w}{rng.randint(1, 99)}@{rng.choice(["gmail.com", "web.de", "mail.ru", "outlook.com"])}'
    if r < 0.85:
        return rng.choice(['12:30', '$ 2 billion', '10 %', '3 - 1', '2017', '+49 30 123456', '# 1', '€50', '7th'])
    return f'#{w}'


def typo(rng, s):
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 4:
        return s
    i = rng.choice(idx[1:])
    op = rng.random()
    if op < 0.4:
        return s[:i] + s[i + 1 :]
    if op < 0.7:
        return s[:i] + s[i] + s[i:]
    return s[: i - 1] + s[i] + s[i - 1] + s[i + 1 :]


def noisy(rng, lang, segs):
    r = rng.random()
    if r < 0.35:
        segs = [[t.lower(), y] for t, y in segs]
    elif r < 0.45:
        segs = [[t.lower() if y else t, y] for t, y in segs]
    elif r < 0.49:
        segs = [[t.upper(), y] for t, y in segs]
    elif r < 0.55:  # Title Case Every Word
        segs = [[' '.join(w[:1].upper() + w[1:] for w in t.split(' ')), y] for t, y in segs]
    if rng.random() < 0.3:
        segs = [[PUNCT_RE.sub('', t) if y is None else t, y] for t, y in segs]
    if rng.random() < 0.12:
        k = rng.randrange(len(segs))
        segs[k][0] = typo(rng, segs[k][0])
    if rng.random() < 0.3:  # emoji, sometimes glued to the next word
        k = rng.randrange(len(segs) + 1)
        e = rng.choice(EMOJI) + ('' if rng.random() < 0.3 else ' ')
        if k < len(segs) and segs[k][1] is None:
            segs[k][0] = e + segs[k][0]
        else:
            segs.insert(k, [e, None])
    if rng.random() < 0.25:
        segs.append([' ' + ' '.join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3))), None])
    if rng.random() < 0.2:  # URLs, e-mails, numbers: never entities
        k = rng.randrange(len(segs) + 1)
        segs.insert(k, [f' {distractor(rng)} ', None])
    if rng.random() < 0.2:
        segs.insert(0, [rng.choice(FILLERS[lang]) + rng.choice([' ', ', ', ' ... ']), None])
    if rng.random() < 0.08:
        segs.append([f' #{rng.choice(["monday", "work", "travel", "love", "help"])}', None])
    return segs


def sentence(rng, lex, lang, templates):
    segs = noisy(rng, lang, fill(rng, lex, lang, rng.choice(templates)))
    if rng.random() < 0.12:
        segs += [[rng.choice([' ', '. ', ' - ', '\n']), None]] + noisy(rng, lang, fill(rng, lex, lang, rng.choice(templates)))
    text, spans = '', []
    for t, y in segs:
        if y and t.strip():
            spans.append((len(text), len(text) + len(t), y))
        text += t
    return text, spans


def generate(lex, n, seed, split):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang = LANGS[i % len(LANGS)]
        templates = [t for j, t in enumerate(T[lang]) if (j % 4 == 3) == (split == 'eval')]
        text, spans = sentence(rng, lex, lang, templates)
        out.append((text, spans, 'synthetic', lang))
    return out
