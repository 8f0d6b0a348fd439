"""Synthetic contrast sentences: negation, counter-speech, reported/quoted abuse, friendly profanity.

TRAIN and EVAL use disjoint templates (same slot words), so the evaluation measures transfer to new phrasings.
Rows: (text, label, category).
"""

import random

INSULTS = {
    'en': ['idiot', 'moron', 'stupid bitch', 'loser', 'retard', 'piece of shit', 'asshole', 'dumbass', 'scumbag', 'clown'],
    'de': ['idiot', 'vollidiot', 'arschloch', 'hurensohn', 'spast', 'depp', 'wichser', 'trottel'],
    'es': ['idiota', 'imbécil', 'gilipollas', 'subnormal', 'estúpido', 'cabrón'],
}
GROUPS = {
    'en': ['immigrants', 'women', 'muslims', 'jews', 'gay people', 'black people', 'refugees', 'mexicans'],
    'de': ['ausländer', 'frauen', 'muslime', 'juden', 'flüchtlinge', 'schwule'],
    'es': ['inmigrantes', 'mujeres', 'musulmanes', 'judíos', 'gitanos'],
}
PROFANE = {'en': ['fucking', 'damn', 'bloody', 'freaking'], 'de': ['verdammt', 'scheiß'], 'es': ['jodidamente', 'puto']}
THING = {
    'en': ['concert', 'pizza', 'game', 'movie', 'view', 'goal'],
    'de': ['konzert', 'spiel', 'essen', 'wetter'],
    'es': ['concierto', 'partido', 'comida'],
}

TRAIN = {
    'en': [
        ('you are such a {i}', 1), ('shut up you {i}', 1), ('what a {i}, get lost', 1), ('go away {i}', 1),
        ('{g} are disgusting animals', 1), ('all {g} should be deported', 1), ('i hate {g}, they ruin everything', 1),
        ("you're not a {i}", 0), ("i don't think you are a {i}", 0), ('nobody here thinks you are a {i}', 0),
        ('calling people {i} is wrong', 0), ('please stop calling people {i}', 0),
        ("it's not ok to call someone a {i}", 0), ('saying {g} are animals is racist and wrong', 0),
        ('he called me a {i} and i reported him', 0), ('someone yelled "{i}" at my sister today', 0),
        ('she said i was a {i}, that really hurt', 0), ('this {p} {t} is awesome', 0), ('{p} yes, what a {t}!', 0),
        ('that was a {p} great {t}', 0), ('{g} are our neighbours and friends', 0), ('i love working with {g}', 0),
        ("don't you dare talk to me, {i}", 1), ('no one likes you, {i}', 1), ('you will never be anything but a {i}', 1),
        ('lol look at this {i}', 1), ('kill yourself {i}', 1), ('{g} are a plague on this country', 1),
        ("you're no {i}, you're a genius", 0), ('he is not a {i} at all, just shy', 0), ('never call your kids a {i}', 0),
        ("i'm not saying {g} are bad", 0), ('words like {i} hurt people, please think before you post', 0),
        ('reporting this account for calling {g} animals', 0), ('racist slurs against {g} have no place here', 0),
        ('she told me "you are a {i}" and walked away', 0), ('they kept calling him {i} at school, it was bullying', 0),
        ('the article quotes him saying {g} should be deported', 0), ('{p} awesome news, congrats!', 0),
        ('holy shit this {t} is amazing', 0), ('i {p} love this {t}', 0), ('that {t} was {p} insane, in a good way', 0),
        ('many {g} live in my street', 0), ('a report on discrimination against {g}', 0),
    ],
    'de': [
        ('du bist so ein {i}', 1), ('halt die fresse du {i}', 1), ('{g} sind dreckiges pack', 1), ('{g} raus!', 1),
        ('du bist kein {i}', 0), ('ich finde nicht, dass du ein {i} bist', 0), ('leute {i} zu nennen ist falsch', 0),
        ('er hat mich {i} genannt, ich habe ihn gemeldet', 0), ('das {t} war {p} gut', 0), ('{g} sind unsere nachbarn', 0),
    ],
    'es': [
        ('eres un {i}', 1), ('cállate {i}', 1), ('los {g} son basura', 1), ('fuera {g} de aquí', 1),
        ('no eres un {i}', 0), ('llamar {i} a la gente está mal', 0), ('me llamó {i} y lo denuncié', 0),
        ('el {t} fue {p} genial', 0), ('los {g} son nuestros vecinos', 0),
        ('nadie te quiere, {i}', 1), ('vete a la mierda {i}', 1), ('él no es un {i}, solo es tímido', 0),
        ('deja de llamar {i} a los demás', 0), ('me dijo "eres un {i}" y se fue', 0), ('{p} increíble el {t}', 0),
        ('trabajo con {g} y son geniales', 0),
    ],
}
EVAL = {
    'en': [
        ('honestly you are the biggest {i} i know', 1), ('nobody asked you, {i}', 1), ('{g} are vermin', 1),
        ('we need to get rid of all {g}', 1), ('i would never say you are a {i}', 0),
        ('you are definitely not a {i}', 0), ('using the word {i} against anyone is unacceptable', 0),
        ('we should not tolerate people who say {g} are vermin', 0), ('my boss called me a {i} yesterday, i was shocked', 0),
        ('the kid at school was told "you {i}" and cried', 0), ('this {t} is {p} delicious', 0),
        ('{p} hell, best {t} ever', 0), ('proud to stand with {g}', 0),
    ],
    'de': [
        ('was für ein {i} du bist', 1), ('{g} sind ungeziefer', 1), ('ich würde nie sagen, dass du ein {i} bist', 0),
        ('man sollte niemanden {i} nennen', 0), ('mein chef hat mich gestern {i} genannt', 0), ('{p} geiles {t}', 0),
    ],
    'es': [
        ('qué {i} eres', 1), ('los {g} son una plaga', 1), ('nunca diría que eres un {i}', 0),
        ('insultar a alguien llamándole {i} no está bien', 0), ('mi jefe me llamó {i} ayer', 0), ('qué {p} buen {t}', 0),
    ],
}
# Threats (used by the category head only, training/toxicity/category_data.py; train.py does not read these): direct
# threats at a person or calls for violence against a group (threat = 1), and violent idioms that threaten nobody
# (threat = 0). TRAIN and EVAL templates are disjoint.
THREATS = {
    'train': {
        'en': [
            ('i will kill you, {i}', 1), ("i'm going to find you and hurt you", 1), ("i'll break your legs, {i}", 1),
            ('watch your back {i}, we know where you live', 1), ('someone should shoot all {g}', 1),
            ('i will burn your house down', 1), ("you'll be dead by tomorrow, {i}", 1), ('we are coming for you and your family', 1),
            ('i could kill for a {t} right now', 0), ('that {t} killed me, so funny', 0), ('we killed it at the {t} tonight', 0),
            ('this {t} is going to blow up, in a good way', 0),
        ],
        'de': [
            ('ich bring dich um, du {i}', 1), ('ich schlag dir die fresse ein', 1), ('wir wissen wo du wohnst, {i}', 1),
            ('man sollte alle {g} erschießen', 1), ('das {t} war der hammer, ich bin tot', 0),
        ],
        'es': [
            ('te voy a matar, {i}', 1), ('te voy a romper la cara', 1), ('sabemos dónde vives, {i}', 1),
            ('hay que matar a todos los {g}', 1), ('me muero de risa con este {t}', 0),
        ],
    },
    'eval': {
        'en': [
            ('i will end you, {i}', 1), ('you are going to regret this when i find you', 1),
            ("one more word and i'll smash your face in", 1), ('{g} deserve a bullet', 1),
            ('i would die for this {t}', 0), ('that {t} absolutely murdered, wow', 0),
        ],
        'de': [('ich mach dich kalt, du {i}', 1), ('alle {g} gehören an die wand gestellt', 1), ('ich lach mich tot über das {t}', 0)],
        'es': [('te vas a arrepentir cuando te encuentre', 1), ('los {g} merecen un balazo', 1), ('este {t} me mata, qué bueno', 0)],
    },
}


def generate_threats(which: str, per_template: int, seed: int) -> list[tuple[str, int, bool, bool, str]]:
    """Rows (text, threat 0/1, names a group, calls someone a name, lang) from THREATS[which]."""
    rng = random.Random(seed)
    rows = []
    for lang, tpls in THREATS[which].items():
        for tpl, y in tpls:
            seen = set()
            for _ in range(per_template * 3):
                s = tpl.format(i=rng.choice(INSULTS[lang]), g=rng.choice(GROUPS[lang]), t=rng.choice(THING[lang]))
                if s not in seen:
                    seen.add(s)
                    rows.append((s, y, '{g}' in tpl, '{i}' in tpl, lang))
                if len(seen) >= per_template:
                    break
    return rows


CATEGORY_HINTS = [
    ('counter-speech', ('wrong', 'stop', 'unacceptable', 'tolerate', 'racist', 'falsch', 'niemanden', 'está mal', 'no está bien')),
    ('negation', ("not", "n't", 'never', 'nobody', 'kein', 'nicht', 'nie', 'no eres', 'nunca')),
    ('reported', ('called me', 'yelled', 'said i', 'was told', 'genannt', 'me llamó')),
    ('profanity', ('{p}',)),
]


def _category(tpl: str, label: int) -> str:
    if label == 1:
        return 'toxic'
    for name, hints in CATEGORY_HINTS:
        if any(h in tpl for h in hints):
            return name
    return 'benign'


def _check_disjoint() -> None:
    for lang in EVAL:
        overlap = {t for t, _ in TRAIN[lang]} & {t for t, _ in EVAL[lang]}
        assert not overlap, f'train/eval templates overlap: {overlap}'


def generate(which: str, per_template: int, seed: int) -> list[tuple[str, int, str, str]]:
    _check_disjoint()
    rng = random.Random(seed)
    table = TRAIN if which == 'train' else EVAL
    rows = []
    for lang, tpls in table.items():
        for tpl, label in tpls:
            seen = set()
            for _ in range(per_template * 3):
                s = tpl.format(
                    i=rng.choice(INSULTS[lang]), g=rng.choice(GROUPS[lang]), p=rng.choice(PROFANE[lang]),
                    t=rng.choice(THING[lang]),
                )
                if rng.random() < 0.3:
                    s = s.capitalize()
                if s not in seen:
                    seen.add(s)
                    rows.append((s, label, _category(tpl, label), lang))
                if len(seen) >= per_template:
                    break
    return rows
