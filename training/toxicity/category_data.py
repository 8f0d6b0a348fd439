"""Category labels (profanity, insult, identity_attack, threat) from the toxicity sources that annotate them.

Each row: (text, labels, source, lang, split) where labels maps every category to 1, 0 or None (not annotated by that
source). Splits are the binary model's (data.py): the official/hash split of the in-source data, extra_split for
toxicity/extra. Only what a source's scheme states is used; e.g. an OLID "offensive" tweet says nothing about which
category it is (None everywhere), while a text that a source marks as not offensive at all is 0 in every category.
Tier-B sources (licence does not allow shipping weights) come back from `load_eval_only` and are never trained on.
"""

import csv
import os

import synth
from data import DELIMIT_TRAIN, EXTRA_TIERS, _split_of, extra_split, load_delimit, read_extra, read_tweeteval
from features import tokenize

CATEGORIES = ('profanity', 'insult', 'identity_attack', 'threat')
# Common English swear words (no slurs). English has no human profanity labels; an OLID "offensive" or Davidson
# "offensive, not hate" tweet that contains one of these counts as profane (weak labels, documented in the card).
PROFANE_EN = set(
    'fuck fucking fucked fucker fuckin motherfucker motherfucking shit shitty bullshit damn goddamn ass asshole '
    'bitch bitches crap piss pissed dick bastard wtf stfu'.split()
)


def _profane_en(text):
    return 1 if PROFANE_EN & set(tokenize(text)) else None
NONE = dict.fromkeys(CATEGORIES, None)
CLEAN = dict.fromkeys(CATEGORIES, 0)


def _lab(**kw):
    out = dict(NONE)
    out.update(kw)
    return out


def _davidson(root):
    rows = []
    with open(os.path.join(root, 'toxicity/davidson/labeled_data.csv'), newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            t, c = r['tweet'], r['class']
            # class 0 = hate speech (majority vote), 1 = offensive but not hate, 2 = neither
            lab = _lab(identity_attack=1) if c == '0' else _lab(identity_attack=0, profanity=_profane_en(t)) if c == '1' else CLEAN
            rows.append((t, lab, 'davidson', 'en', _split_of(t)))
    return rows


def _tweeteval(root, task):
    rows = []
    for t, y, sp in read_tweeteval(root, task):
        if task == 'hate':  # HatEval: hate against immigrants or women; 0 may still be offensive
            lab = _lab(identity_attack=int(y))
        else:  # OLID subtask A: OFF covers profanity, insults and threats alike; NOT has no profanity
            lab = CLEAN if y == '0' else _lab(profanity=_profane_en(t))
        rows.append((t, lab, f'tweeteval-{task}', 'en', sp))
    return rows


def _germeval(root):
    """GermEval 2018 fine labels: PROFANITY (profane words, nobody insulted), INSULT (an individual), ABUSE (a group
    or a person as a member of a group: identity-based)."""
    rows = []
    with open(os.path.join(root, 'toxicity/germeval2018/germeval2018.training.txt'), encoding='utf-8') as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) < 3:
                continue
            fine = p[2]
            lab = {
                'OTHER': CLEAN,
                'PROFANITY': _lab(profanity=1, insult=0, identity_attack=0, threat=0),
                'INSULT': _lab(insult=1, identity_attack=0),
                'ABUSE': _lab(identity_attack=1),
            }[fine]
            rows.append((p[0], lab, 'germeval2018', 'de', _split_of(p[0])))
    return rows


def _extra_label(r):
    """Category labels of one toxicity/extra row (see toxicity/extra/SOURCES.md for each scheme)."""
    src, y = r['source'], int(r['label'])
    cats = set((r.get('category') or '').split('|')) - {''}
    if y == 0:
        # HatemojiBuild non-hate includes counter-speech and profanity; only "not hate / not a threat" is stated
        return _lab(identity_attack=0, threat=0) if src == 'hatemoji_build' else CLEAN
    if src == 'hatemoji_build':  # every hateful entry targets a protected identity
        return _lab(identity_attack=1, threat=int('threateninglanguage' in cats))
    if src == 'told_br':  # multi-label, every toxic row has its categories
        ident = bool(cats & {'homophobia', 'misogyny', 'racism', 'xenophobia'})
        return _lab(profanity=int('obscene' in cats), insult=int('insult' in cats), identity_attack=int(ident))
    if src == 'mlma' and 'hate' in cats:
        return _lab(identity_attack=1) if r.get('target') != 'other' else NONE
    if src == 'kocohub_korean_hate_speech':  # hate = bias-based (gender, others); offensive = not hate
        return _lab(identity_attack=int('hate' in cats))
    if src == 'cold' and cats:
        return _lab(identity_attack=1) if 'attack_group' in cats else _lab(insult=1, identity_attack=0)
    if src == 'inspection_japanese_toxic':
        return _lab(profanity=1 if 'profanity' in cats else None, identity_attack=1 if 'discrimination' in cats else None)
    if src == 'hasoc2019_hi':  # exclusive HATE / OFFN / PRFN
        if 'profanity' in cats:
            return _lab(profanity=1, identity_attack=0)
        return _lab(identity_attack=int('hate' in cats))
    if src == 'osact2022':  # multi-label fine-grained annotation of every offensive tweet
        ident = any(c.startswith('hate_') for c in cats)
        return _lab(profanity=int('vulgar' in cats), identity_attack=int(ident), threat=int('violence' in cats))
    return NONE


def _extra(root, tiers):
    return [
        (r['text'], _extra_label(r), f"extra-{r['source']}", r['lang'], extra_split(r), r) for r in read_extra(root, tiers)
    ]


def _synthetic(which, per_template, seed):
    """synth.py contrast sentences: friendly profanity is profanity and nothing else; a toxic template aimed at a person
    ({i}) is an insult, one about a group ({g}) an identity attack; negated / reported / counter-speech rows attack
    nobody. Plus synth.THREATS: threats (with a group: also an identity attack) and violent idioms that are none."""
    split = 'train' if which == 'train' else 'test'
    rows = []
    groups = {lang: {g for g in synth.GROUPS[lang]} for lang in synth.GROUPS}
    for text, y, cat, lang in synth.generate(which, per_template, seed):
        if cat == 'profanity':
            lab = _lab(profanity=1, insult=0, identity_attack=0, threat=0)
        elif cat == 'benign':
            lab = CLEAN
        elif y == 0:
            lab = _lab(insult=0, identity_attack=0, threat=0)
        elif any(g in text.lower() for g in groups[lang]):
            lab = _lab(identity_attack=1, insult=0)
        else:
            lab = _lab(insult=1, identity_attack=0)
        rows.append((text, lab, 'synthetic', lang, split, cat))
    for text, y, group, insult, lang in synth.generate_threats(which, per_template, seed):
        # a threat that also calls someone a name ({i}) is an insult and may be profane; one without is neither
        lab = _lab(threat=1, identity_attack=int(group), insult=1, profanity=None) if y and insult else (
            _lab(threat=1, identity_attack=int(group), insult=0, profanity=0) if y else CLEAN
        )
        rows.append((text, lab, 'synthetic', lang, split, 'threat' if y else 'violent-idiom'))
    return rows


def load_train_sources(root):
    """Rows of the sources the bundled model trains on (tier A), with category labels where annotated."""
    rows = _davidson(root) + _tweeteval(root, 'offensive') + _tweeteval(root, 'hate') + _germeval(root)
    rows += [(t, NONE if y else _lab(identity_attack=0), s, lang, sp) for t, y, s, lang, sp in load_delimit(root, DELIMIT_TRAIN)]
    rows += [r[:5] for r in _extra(root, ('A',))]
    rows += [r[:5] for r in _synthetic('train', 12, 1)]
    return rows


def load_behavioural():
    """synth.py EVAL templates (disjoint from TRAIN) with their behavioural category as a sixth field."""
    return _synthetic('eval', 6, 2)


def load_eval_only(root):
    """Tier-B sources with category annotations (hi, ar): never trained on, all rows are external test rows."""
    return [r[:4] + ('test',) for r in _extra(root, ('B',)) if any(v is not None for v in r[1].values())]
