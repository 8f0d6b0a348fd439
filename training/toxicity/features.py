"""Toxicity featurizer: text normalisation + hashed word / word-bigram / char n-gram ids.

Mirrored exactly by packages/models/src/toxicity-features.ts (parity fixture written by train.py).
"""

import re
import unicodedata
import zlib

BUCKETS = 1 << 16  # id 0 is padding; features hash into 1..BUCKETS-1
MAX_CHARS = 1000  # code points kept from the input
MAX_IDS = 4096
NEG_SCOPE = 5
LEET = {'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', '$': 's'}
NEGATORS = set(
    (
        "not no never don't dont doesn't doesnt isn't isnt aren't arent wasn't wasnt weren't won't wont can't cant "
        "cannot didn't didnt ain't shouldn't wouldn't couldn't nobody nothing neither nor without n't "
        'nicht kein keine keiner keinen keinem keines nie niemals niemand nichts ohne '
        'nunca jamás jamas nadie ni tampoco sin ne pas jamais personne rien non mai nessuno nessuna senza '
        'não nao ninguém ninguem nem sem nie żaden bez tidak bukan jangan gak nggak enggak tak'
    ).split()
)
STOP_PUNCT = set('.!?,;:"“”«»()[]')
KEEP_PUNCT = set('!?"“”«»')
ENTITIES = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'"}
WS_RE = re.compile(r'[\t\n\r\x0b\x0c]')
URL_RE = re.compile(r'(?:https?://|www\.)[^ ]*')
MENTION_RE = re.compile(r'@[a-z0-9_]+')
ENTITY_RE = re.compile(r'&(?:amp|lt|gt|quot|apos);|&#([0-9]{1,7});')
REPEAT_RE = re.compile(r'(.)\1{2,}')
STEM_MIN = 5  # a lexicon entry of >= STEM_MIN code points also matches a word that extends it by 1..STEM_EXTRA
STEM_EXTRA = 3

# Profanity/slur lexicon (LDNOOBW entries in tokenized form, tokens joined by ' '); set by set_lexicon(). When set,
# matches add language-independent features (x:lex per exact match, x:lexp per stem match, x:nlex inside a negation
# scope, x:lexn<count 1..3>) and l:<entry> per exact match, so profanity knowledge transfers across sources/languages.
LEXICON: set[str] = set()
NO_STEM: set[str] = set()
LEX_MAXN = 0
LEX_ENTRY = True  # emit l:<entry> per exact match (else only the language-independent x: features)


def set_lexicon(entries, no_stem=(), entry_feats=True) -> None:
    global LEXICON, NO_STEM, LEX_MAXN, LEX_ENTRY
    LEXICON = {e for e in entries if e}
    NO_STEM = set(no_stem)
    LEX_ENTRY = entry_feats
    LEX_MAXN = max((e.count(' ') + 1 for e in LEXICON), default=0)


def lexicon_entries(words) -> list[str]:
    """Tokenized, de-duplicated, sorted lexicon entries (what set_lexicon and lexicon.json hold)."""
    return sorted({' '.join(tokenize(w)) for w in words} - {''})


def _stem_hit(w: str) -> bool:
    cps = list(w)
    for k in range(max(STEM_MIN, len(cps) - STEM_EXTRA), len(cps)):
        p = ''.join(cps[:k])
        if p in LEXICON and p not in NO_STEM:
            return True
    return False


def _entity(m: re.Match) -> str:
    if m.group(1) is None:
        return ENTITIES[m.group(0)]
    n = int(m.group(1))
    return chr(n) if 0 < n < 0x110000 and not 0xD800 <= n < 0xE000 else ' '


def normalize(text: str) -> str:
    t = unicodedata.normalize('NFKC', ''.join(list(text)[:MAX_CHARS])).lower()
    t = ''.join(' ' if unicodedata.category(c).startswith('Z') else c for c in t)
    t = WS_RE.sub(' ', t).replace('’', "'").replace('‘', "'").replace('`', "'")
    t = ENTITY_RE.sub(_entity, t)
    t = URL_RE.sub(' xxurl ', t)
    t = MENTION_RE.sub(' xxuser ', t)
    return t


def _is_word(c: str) -> bool:
    return unicodedata.category(c)[0] in 'LMN' or c in "'*$@"


def tokenize(text: str) -> list[str]:
    """Normalised tokens: words (leet-mapped, repeats squeezed) and single symbol / kept punctuation chars."""
    toks: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        if not cur:
            return
        w = ''.join(cur).strip("'")
        cur.clear()
        if any(unicodedata.category(c)[0] == 'L' for c in w):
            w = ''.join(LEET.get(c, c) for c in w)
        w = REPEAT_RE.sub(r'\1\1', w)
        if w and w != 'rt' and not (w == 'xxuser' and toks and toks[-1] == 'xxuser'):
            toks.append(w)

    for c in normalize(text):
        if _is_word(c):
            cur.append(c)
            continue
        flush()
        if c in KEEP_PUNCT or unicodedata.category(c)[0] == 'S' or c in STOP_PUNCT:
            toks.append(c)
    flush()
    return toks


def negation_scope(toks: list[str]) -> list[str]:
    """Tokens in a negation scope: up to NEG_SCOPE tokens after a negator, cut at stop punctuation."""
    out, scope = [], 0
    for t in toks:
        if t in STOP_PUNCT:
            scope = 0
        elif t in NEGATORS:
            scope = NEG_SCOPE
        elif scope > 0:
            out.append(t)
            scope -= 1
    return out


def lexicon_features(words: list[str], negated: list[str]) -> list[str]:
    feats: list[str] = []
    hits = 0
    for i in range(len(words)):
        for n in range(1, min(LEX_MAXN, len(words) - i) + 1):
            e = ' '.join(words[i : i + n])
            if e in LEXICON:
                if LEX_ENTRY:
                    feats.append('l:' + e)
                feats.append('x:lex')
                hits += 1
        if words[i] not in LEXICON and _stem_hit(words[i]):
            feats.append('x:lexp')
            hits += 1
    for t in negated:
        if t in LEXICON or _stem_hit(t):
            feats.append('x:nlex')
    if hits:
        feats.append('x:lexn' + str(min(hits, 3)))
    return feats


def feature_strings(text: str) -> list[str]:
    toks = tokenize(text)
    words = [t for t in toks if t in KEEP_PUNCT or t not in STOP_PUNCT]
    negated = negation_scope(toks)
    feats: list[str] = lexicon_features(words, negated) if LEXICON else []
    for i, t in enumerate(words):
        feats.append('w:' + t)
        if i + 1 < len(words):
            feats.append('b:' + t + ' ' + words[i + 1])
        if len(t) > 1 and t not in ('xxuser', 'xxurl') and unicodedata.category(t[0])[0] in 'LMN':
            s = '<' + t + '>'
            cps = list(s)
            for n in (3, 4, 5):
                for j in range(0, len(cps) - n + 1):
                    feats.append('c:' + ''.join(cps[j : j + n]))
    for t in negated:
        feats.append('n:' + t)
    return feats


def hash_id(s: str) -> int:
    return zlib.crc32(s.encode('utf-8')) % (BUCKETS - 1) + 1


def featurize(text: str) -> list[int]:
    ids = [hash_id(f) for f in feature_strings(text)[:MAX_IDS]]
    return ids or [hash_id('w:')]
