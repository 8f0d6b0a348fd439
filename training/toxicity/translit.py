"""Deterministic Devanagari -> Latin transliteration in the loose style of romanized Hindi chat ("tum kya kar rahe ho").

Rules: consonants carry an inherent "a" unless a vowel sign or virama follows; the inherent "a" is dropped at the end
of a word and in the middle of a word between two consonants when the next consonant has its own vowel (the usual
Hindi schwa deletion: "samajhna", "kamra", not "samajhana", "kamara"); long vowel signs are written as chat writes
them (aa -> a, ii -> i, uu -> u); nasal marks become "n"; nukta forms map to their Urdu letters (z, f, q). Every other
character passes through unchanged, so mixed-script text keeps its Latin part.
"""

CONS = {
    'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'n', 'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n',
    'ट': 't', 'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n',
    'प': 'p', 'फ': 'ph', 'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'व': 'v', 'श': 'sh',
    'ष': 'sh', 'स': 's', 'ह': 'h', 'ळ': 'l', 'क़': 'q', 'ख़': 'kh', 'ग़': 'g', 'ज़': 'z', 'ड़': 'r', 'ढ़': 'rh',
    'फ़': 'f', 'य़': 'y',
}
NUKTA = {'क': 'q', 'ख': 'kh', 'ग': 'g', 'ज': 'z', 'ड': 'r', 'ढ': 'rh', 'फ': 'f', 'य': 'y'}
VOWELS = {
    'अ': 'a', 'आ': 'aa', 'इ': 'i', 'ई': 'ee', 'उ': 'u', 'ऊ': 'oo', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o',
    'औ': 'au', 'ऑ': 'o', 'ऍ': 'e',
}
SIGNS = {
    'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au',
    'ॉ': 'o', 'ॅ': 'e',
}
NASAL = {'ं': 'n', 'ँ': 'n', 'ः': 'h'}
VIRAMA, NUKTA_SIGN = '्', '़'
DIGITS = {chr(0x966 + i): str(i) for i in range(10)}
PUNCT = {'।': '.', '॥': '.'}


def _syllables(word):
    """Units of a Devanagari word: (consonant latin or None, vowel latin, vowel is inherent, extra) in order."""
    units, i = [], 0
    while i < len(word):
        c = word[i]
        if c in CONS:
            lat = CONS[c]
            i += 1
            if i < len(word) and word[i] == NUKTA_SIGN:
                lat = NUKTA.get(c, lat)
                i += 1
            if i < len(word) and word[i] == VIRAMA:
                units.append([lat, '', False])
                i += 1
            elif i < len(word) and word[i] in SIGNS:
                units.append([lat, SIGNS[word[i]], False])
                i += 1
            else:
                units.append([lat, 'a', True])
        elif c in VOWELS:
            units.append([None, VOWELS[c], False])
            i += 1
        elif c in NASAL and units:
            units[-1].append(NASAL[c])
            i += 1
        else:
            units.append([None, c, False])
            i += 1
    return units


def _word(word):
    units = _syllables(word)
    n = len(units)
    for k in range(n - 1, -1, -1):
        u = units[k]
        if not u[2] or len(u) > 3:  # only a bare inherent a (no nasal mark after it) can go
            continue
        if k == n - 1 and n > 1:
            u[1] = ''
        elif 0 < k < n - 1:
            prev, nxt = units[k - 1], units[k + 1]
            if prev[1] and nxt[0] and nxt[1]:  # V C [a] C V: the next consonant keeps a vowel
                u[1] = ''
    return ''.join((u[0] or '') + u[1] + ''.join(u[3:]) for u in units)


def is_devanagari(ch):
    return '\u0900' <= ch <= '\u097f'


def transliterate(text):
    """Devanagari runs -> Latin; everything else unchanged."""
    out, run = [], []
    for ch in text:
        if is_devanagari(ch) and ch not in DIGITS and ch not in PUNCT:
            run.append(ch)
            continue
        if run:
            out.append(_word(''.join(run)))
            run = []
        out.append(DIGITS.get(ch) or PUNCT.get(ch) or ch)
    if run:
        out.append(_word(''.join(run)))
    return ''.join(out)


def has_devanagari(text):
    return any(is_devanagari(c) for c in text)
