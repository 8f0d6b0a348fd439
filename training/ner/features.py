"""Tokenizer and featurizer for the NER tagger. Mirrored exactly by packages/models/src/ner-features.ts.

Tokens: runs of letters/digits (Unicode L*, N*, with combining marks M* continuing a run), or a single other
non-space character. Per token: hashed character n-grams (1-4, with < > word boundaries) of the normalised token
(lowercase, every decimal digit -> '0'), a hashed normalised word id, and a shape id (casing class x attached
prefix (@, #, other punctuation) x sentence-initial flag).
"""

import unicodedata

NGRAM_BUCKETS = 32768
WORD_BUCKETS = 16384
MAX_NGRAMS = 48
N_SHAPES = 1 + 9 * 4 * 2
TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG']
EXTRA_SPACE = {'\t', '\n', '\x0b', '\x0c', '\r', '\u2028', '\u2029', '\ufeff'}


def is_space(c):
    return c in EXTRA_SPACE or unicodedata.category(c) == 'Zs'


def is_word_start(c):
    cat = unicodedata.category(c)
    return cat[0] == 'L' or cat[0] == 'N'


def is_mark(c):
    return unicodedata.category(c)[0] == 'M'


def tokenize(text):
    """Returns [(token, start, end)] with code-point offsets (Python string indices)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if is_space(c):
            i += 1
            continue
        if is_word_start(c):
            j = i + 1
            while j < n and (is_word_start(text[j]) or is_mark(text[j])):
                j += 1
            out.append((text[i:j], i, j))
            i = j
        else:
            out.append((c, i, i + 1))
            i += 1
    return out


def fnv1a(s):
    h = 0x811C9DC5
    for ch in s:
        h ^= ord(ch)
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def normalise(tok):
    return ''.join('0' if unicodedata.category(c) == 'Nd' else c for c in tok.lower())


def ngram_ids(tok):
    s = '<' + normalise(tok) + '>'
    ids = []
    for n in (4, 3, 2, 1):
        for i in range(len(s) - n + 1):
            g = s[i : i + n]
            if n == 1 and (g == '<' or g == '>'):
                continue
            ids.append(1 + fnv1a(str(n) + g) % (NGRAM_BUCKETS - 1))
            if len(ids) == MAX_NGRAMS:
                return ids
    return ids


def word_id(tok):
    return 1 + fnv1a(normalise(tok)) % (WORD_BUCKETS - 1)


def case_class(tok):
    has_up = has_low = has_letter = has_digit = False
    for c in tok:
        cat = unicodedata.category(c)
        if cat[0] == 'L':
            has_letter = True
            if c.lower() != c:
                has_up = True
            elif c.upper() != c:
                has_low = True
        elif cat == 'Nd' or cat[0] == 'N':
            has_digit = True
    if not has_letter:
        return 6 if has_digit else 8  # digits / punctuation or symbol
    if has_digit:
        return 7
    if not has_up and not has_low:
        return 5  # letters without case (CJK, Arabic, ...)
    if not has_up:
        return 0
    first = tok[0]
    if not has_low:
        return 1 if len(tok) == 1 else 3
    if first.lower() != first and not any(c.lower() != c for c in tok[1:]):
        return 2
    return 4


def shape_ids(text, toks):
    out = []
    for k, (tok, start, _end) in enumerate(toks):
        ctx = 0
        if k > 0 and toks[k - 1][2] == start:
            p = toks[k - 1][0]
            ctx = 1 if p == '@' else 2 if p == '#' else 3 if case_class(p) == 8 else 0
        sent_start = 1 if k == 0 or toks[k - 1][0] in ('.', '!', '?', ':', '\u3002') else 0
        out.append(1 + case_class(tok) * 8 + ctx * 2 + sent_start)
    return out


def featurize(text):
    toks = tokenize(text)
    return toks, [ngram_ids(t) for t, _, _ in toks], [word_id(t) for t, _, _ in toks], shape_ids(text, toks)


def tags_for_spans(toks, spans):
    """BIO tag ids of tokens given char spans [(start, end, type)]; tokens overlapping a span are inside it."""
    tags = [0] * len(toks)
    for s, e, typ in spans:
        first = True
        for k, (_t, ts, te) in enumerate(toks):
            if te <= s or ts >= e:
                continue
            tags[k] = TAGS.index(('B-' if first else 'I-') + typ)
            first = False
    return tags


def decode(probs):
    """Constrained Viterbi over BIO (I-X only after B-X/I-X) on log-probabilities. probs: [T][7] -> tag ids."""
    import math

    T = len(probs)
    if T == 0:
        return []
    nt = len(TAGS)

    def allowed(prev, cur):
        if cur in (2, 4, 6):
            return prev == cur or prev == cur - 1
        return True

    lp = [[math.log(max(p, 1e-9)) for p in row] for row in probs]
    score = [lp[0][j] if j not in (2, 4, 6) else -1e9 for j in range(nt)]
    back = []
    for t in range(1, T):
        ns, bp = [], []
        for j in range(nt):
            best, arg = -1e18, 0
            for i in range(nt):
                if allowed(i, j) and score[i] > best:
                    best, arg = score[i], i
            ns.append(best + lp[t][j])
            bp.append(arg)
        score = ns
        back.append(bp)
    j = max(range(nt), key=lambda x: score[x])
    path = [j]
    for bp in reversed(back):
        j = bp[j]
        path.append(j)
    return path[::-1]


def spans_from_tags(toks, tags):
    """[(start, end, type)] char spans from BIO tag ids (invalid I- starts a new entity)."""
    spans, cur = [], None
    for (_t, s, e), tag in zip(toks, tags):
        name = TAGS[tag]
        if name == 'O':
            if cur:
                spans.append(tuple(cur))
            cur = None
        elif name.startswith('B-') or cur is None or cur[2] != name[2:]:
            if cur:
                spans.append(tuple(cur))
            cur = [s, e, name[2:]]
        else:
            cur[1] = e
    if cur:
        spans.append(tuple(cur))
    return spans
