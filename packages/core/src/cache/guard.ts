/**
 * False-hit guard for the semantic cache: explicit checks that a similarity score alone cannot make.
 * Two prompts may share an answer only when their numbers, negations, placeholders (<PERSON_1> vs <PERSON_2>),
 * named entities, contrast words (buy/sell, before/after ...) and role order agree. Every check is conservative:
 * when in doubt it refuses, turning a would-be hit into a miss (a central call), never a wrong answer.
 *
 * Each check can be switched off (`checks`) so the eval can measure what each one buys.
 */

export type GuardCheck = 'numbers' | 'negation' | 'placeholders' | 'entities' | 'contrast' | 'roles' | 'substitution';

/** The checks run by default. */
export const GUARD_CHECKS: readonly GuardCheck[] = [
  'numbers',
  'negation',
  'placeholders',
  'entities',
  'contrast',
  'roles',
];

/**
 * Opt-in checks. `substitution` (one content word traded for another on each side, function words per language
 * aside) refuses "a woman is cooking eggs" vs "... something", but also most paraphrases that use a synonym: on the
 * dev pairs it cost far more hits than the false hits it removed, so it is not a default.
 */
export const EXTRA_GUARD_CHECKS: readonly GuardCheck[] = ['substitution'];

export interface GuardResult {
  ok: boolean;
  /** Which check refused, e.g. "numbers: 3 vs 4". */
  reason?: string;
}

const LANG2: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  dut: 'nl',
  pol: 'pl',
  rus: 'ru',
  cmn: 'zh',
  zho: 'zh',
  chi: 'zh',
  yue: 'zh',
  jpn: 'ja',
  kor: 'ko',
  fin: 'fi',
  swe: 'sv',
};

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const PLACEHOLDER = /<([A-Z][A-Z_]*?)_(\d+)>/g;
const TOKEN = /<[a-z][a-z_]*?_\d+>|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

// Negation words per language (whole tokens, lower case); a text of unknown language uses the union less the
// words that mean something else elsewhere ("en" is Finnish "I don't" but French "in", "no" is Portuguese "in the").
const NEGATORS_BY_LANG: Record<string, string> = {
  en: "not no never nor neither none nobody nothing nowhere without cannot n't",
  de: 'nicht kein keine keiner keinen keinem keines nie niemals niemand nichts ohne weder',
  es: 'no nunca jamás jamas nadie ni tampoco sin ningún ninguno ninguna nada',
  fr: 'ne pas jamais personne rien aucun aucune sans ni',
  it: 'non mai nessuno nessuna niente nulla senza né',
  pt: 'não nao nunca ninguém ninguem nem sem nenhum nenhuma nada',
  nl: 'niet geen nooit niets niemand zonder noch',
  pl: 'nie żaden żadna żadne nigdy nic bez ani',
  ru: 'не нет ни никогда ничего никто без',
  fi: 'ei en et emme ette eivät eikä ilman koskaan',
  sv: 'inte ej aldrig ingen inget inga utan',
};
const AMBIGUOUS_NEGATORS = new Set(['en', 'et', 'ei', 'no', 'ni', 'ne', 'nie', 'sin', 'personne', 'nada']);
const NEGATORS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(NEGATORS_BY_LANG).map(([l, w]) => [l, new Set(w.split(' '))]),
);
const ANY_NEGATOR = new Set(
  Object.values(NEGATORS_BY_LANG)
    .flatMap((w) => w.split(' '))
    .filter((w) => !AMBIGUOUS_NEGATORS.has(w)),
);
// Substrings that negate in Chinese, Japanese and Korean text.
const CJK_NEGATORS = [
  '不',
  '没',
  '沒',
  '別',
  '别',
  '未',
  '無',
  '无',
  '莫',
  'ない',
  'なかっ',
  'ません',
  '않',
  '못',
  '없',
  '아니',
];

// Words for small numbers per language, so "3" and "three" agree and "three" vs "four" do not. Words that are also
// articles or pronouns ("one", "un", "ein", Polish "ten" = this) are left out.
const NUMBER_WORDS_BY_LANG: Record<string, string[]> = {
  en: 'zero _ two three four five six seven eight nine ten eleven twelve'.split(' '),
  de: 'null _ zwei drei vier fünf sechs sieben acht neun zehn elf zwölf'.split(' '),
  es: 'cero _ dos tres cuatro cinco seis siete ocho nueve diez once doce'.split(' '),
  fr: 'zéro _ deux trois quatre cinq six sept huit neuf dix onze douze'.split(' '),
  it: 'zero _ due tre quattro cinque sei sette otto nove dieci undici dodici'.split(' '),
  pt: 'zero _ dois três quatro cinco seis sete oito nove dez onze doze'.split(' '),
  nl: 'nul _ twee drie vier vijf zes zeven acht negen tien elf twaalf'.split(' '),
  pl: 'zero _ dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć'.split(' '),
  ru: 'ноль _ два три четыре пять шесть семь восемь девять десять'.split(' '),
  fi: 'nolla _ kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen'.split(' '),
  sv: 'noll _ två tre fyra fem sex sju åtta nio tio elva tolv'.split(' '),
};
const NUMBER_WORDS: Record<string, Map<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS_BY_LANG).map(([l, ws]) => [
    l,
    new Map(ws.flatMap((w, n) => (w === '_' ? [] : [[w, n] as [string, number]]))),
  ]),
);
// Han numerals 2-10 (一 is left out: it is as often "a" as "one").
const HAN_NUMERALS = new Map(Array.from('二三四五六七八九十', (c, i) => [c, i + 2] as [string, number]));
// ... counted only before a counter word (二羽, 三个), since 十分 or 三月 mean other things.
const HAN_COUNTED = /([二三四五六七八九十])[个個人只匹羽件本枚台辆輛张張杯次位名岁歳つ]/gu;
// Function words per language: what is left of a text without them (and without numbers) is its content words.
const FUNCTION_WORDS_BY_LANG: Record<string, string> = {
  en:
    'the and for are but not you all any can had her was one our out his has how its may new now see two who did ' +
    'get him let she too use what when where which why with this that from they will would could should there ' +
    'their them then than these those have been being were into onto about your yours does doing done some such ' +
    'very just also only more most much many other each every here over under again once both few own same ' +
    'whom whose while until because though do is am be an a of to in on at by or if it me my we us i',
  de:
    'der die das den dem des ein eine einer einen einem eines und oder aber nicht ist sind war waren wird werden ' +
    'hat haben hatte sein bin bist ich du er sie es wir ihr mich dich sich mir dir uns euch mein dein sein ihr ' +
    'unser mit von zu zum zur bei nach aus auf für über unter vor hinter neben zwischen durch gegen ohne um an ' +
    'am im in wie was wer wo wann warum welche welcher welches kann könnte kannst soll sollte muss will würde ' +
    'auch noch schon nur sehr so dann denn doch mal man dass ob wenn als',
  es:
    'el la los las un una unos unas y o pero de del al a en con por para sin sobre entre que qué quién cómo ' +
    'cuál cuándo dónde por qué es son está están era fue ser estar ha han he hay tengo tiene puedo puede ' +
    'puedes podría debo debe mi mis tu tus su sus me te se nos lo le les yo tú él ella nosotros este esta ' +
    'estos estas ese esa muy más ya también como cuando si',
  fr:
    'le la les un une des du de d l et ou mais à au aux en dans sur sous avec pour par sans entre que qu qui quoi ' +
    'comment quel quelle quels quelles quand où pourquoi est sont était été être a ai as ont avoir fait faire ' +
    'peux peut pourrais pourrait dois doit je tu il elle nous vous ils elles me te se mon ma mes ton ta tes son ' +
    'sa ses ce cet cette ces très plus aussi comme si y',
  it:
    'il lo la i gli le un uno una e o ma di del della dei delle da dal dalla a al alla in nel nella con su sul ' +
    'per tra fra che chi cosa come quale quando dove perché è sono era stato essere ha hanno ho avere posso può ' +
    'potrei devo deve mi ti si ci vi io tu lui lei noi voi loro mio mia tuo tua suo sua questo questa quello ' +
    'quella molto più anche se',
  pt:
    'o a os as um uma uns umas e ou mas de do da dos das em no na nos nas num numa com por para sem sobre entre ' +
    'que quem como qual quando onde porque é são está estão era foi ser estar há tem têm posso pode poderia devo ' +
    'deve me te se nos lhe eu tu ele ela nós meu minha seu sua este esta esse essa muito mais também',
  nl:
    'de het een en of maar van in op aan met voor naar bij uit door over onder tegen zonder om tot dat die wat ' +
    'wie hoe welke wanneer waar waarom is zijn was waren wordt worden heeft hebben had kan kunnen kun zou moet ' +
    'moeten wil ik je jij hij zij ze we wij mij me mijn jouw zijn haar ons dit deze dat er ook nog al zeer heel',
  pl:
    'i a ale lub albo w we na z ze do od po przez dla o u za pod nad przed między bez że co kto jak jaki jaka ' +
    'jakie kiedy gdzie dlaczego czy jest są był była było być ma mają mam mogę może można muszę musi się mnie ' +
    'mi cię ci go jego jej ich nas ja ty on ona my wy ten ta to te tego tej bardzo też już jeszcze',
  ru:
    'и а но или в во на с со к ко по о об от до из за для под над перед между без что кто как какой какая какие ' +
    'когда где почему ли это этот эта эти тот та те есть был была было были быть может можно нужно я ты он она ' +
    'мы вы они меня мне тебя его ее её их нас вас мой моя мое свой очень тоже уже ещё еще',
  fi:
    'ja tai mutta on ovat oli olivat ole olla se ne tämä tuo nämä että kun jos kuin niin myös vain jo vielä ' +
    'minä sinä hän me te he minun sinun hänen mitä mikä kuka miten miksi missä milloin voi voin voiko pitää ' +
    'kanssa kautta ilman',
  sv:
    'och eller men är var vara blev har hade ha en ett den det de dem som att i på av för med till från om under ' +
    'över utan vad vem hur vilken när var varför kan kunde ska skulle måste vill jag du han hon vi ni mig dig ' +
    'sig min din sin mitt ditt också bara redan mycket så',
};
const FUNCTION_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(FUNCTION_WORDS_BY_LANG).map(([l, w]) => [l, new Set(w.split(/\s+/))]),
);

// "and"/"or" between two swapped words make a symmetric list ("plays and sings"), not swapped roles.
const CONJUNCTIONS_BY_LANG: Record<string, string> = {
  en: 'and or',
  de: 'und oder',
  es: 'y e o u',
  fr: 'et ou',
  it: 'e ed o',
  pt: 'e ou',
  nl: 'en of',
  pl: 'i lub oraz albo',
  ru: 'и или',
  fi: 'ja tai',
  sv: 'och eller',
};
const CONJUNCTIONS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(CONJUNCTIONS_BY_LANG).map(([l, w]) => [l, new Set(w.split(' '))]),
);
// Without a language, only words that are "and"/"or" everywhere they occur ("en" is Dutch "and" but French "in").
const ANY_CONJUNCTION = new Set(['and', 'or', 'und', 'oder', 'et', 'ou', 'och', 'eller', 'и', 'или', 'ja', 'tai']);

// Contrast pairs: a word on one side and its opposite on the other means another question.
const CONTRAST_PAIRS: [string, string][] = (
  'buy:sell increase:decrease increase:reduce rise:fall before:after more:less more:fewer most:least maximum:minimum ' +
  'max:min up:down open:close start:stop start:end begin:end add:remove add:delete insert:delete sort:reverse ' +
  'win:lose true:false hot:cold high:low large:small big:small first:last early:late best:worst import:export ' +
  'enable:disable encrypt:decrypt encode:decode upload:download push:pull inside:outside above:below always:never ' +
  'cheap:expensive love:hate like:dislike accept:reject allow:deny allow:block fast:slow old:new young:old ' +
  'north:south east:west left:right input:output minimum:maximum ascending:descending lock:unlock show:hide ' +
  'include:exclude positive:negative legal:illegal possible:impossible safe:unsafe safe:dangerous ' +
  'kaufen:verkaufen vor:nach mehr:weniger erhöhen:senken öffnen:schließen alt:neu ' +
  'comprar:vender antes:después más:menos subir:bajar abrir:cerrar ' +
  'acheter:vendre avant:après plus:moins ouvrir:fermer ' +
  'comprare:vendere prima:dopo più:meno aprire:chiudere ' +
  'comprar:vender antes:depois mais:menos abrir:fechar ' +
  'kopen:verkopen voor:na meer:minder ' +
  'купить:продать до:после больше:меньше открыть:закрыть'
)
  .split(' ')
  .map((p) => p.split(':') as [string, string]);

/** Texts longer than this are not verified: a semantic hit on them is refused (exact hits are unaffected). */
export const MAX_GUARD_CHARS = 4000;

export interface GuardOptions {
  /** Checks to run (default: all of GUARD_CHECKS). */
  checks?: readonly GuardCheck[];
}

/**
 * Whether two prompts agree on everything a similarity score can miss. `lang` is an ISO 639-1 or 639-3 code
 * (e.g. "en", "eng", "cmn"); without it the script of the text decides the tokenization.
 */
export function guardAgrees(a: string, b: string, lang?: string, options: GuardOptions = {}): GuardResult {
  const checks = options.checks ?? GUARD_CHECKS;
  if (checks.length > 0 && (a.length > MAX_GUARD_CHARS || b.length > MAX_GUARD_CHARS) && a !== b) {
    return { ok: false, reason: `length: over ${MAX_GUARD_CHARS} characters, too long to verify` };
  }
  const l = lang ? (LANG2[lang.toLowerCase()] ?? lang.toLowerCase().slice(0, 2)) : undefined;
  const cjk = l ? ['zh', 'ja', 'ko'].includes(l) : CJK.test(a) || CJK.test(b);
  const ta = analyse(a, cjk);
  const tb = analyse(b, cjk);
  for (const check of checks) {
    const reason = RUN[check](ta, tb, l, cjk);
    if (reason) return { ok: false, reason: `${check}: ${reason}` };
  }
  return { ok: true };
}

interface Analysed {
  raw: string;
  /** Lower-case tokens (words; CJK: single characters), placeholders as "<person_1>". */
  tokens: string[];
  placeholders: string[];
}

function analyse(text: string, cjk: boolean): Analysed {
  const placeholders = Array.from(text.matchAll(PLACEHOLDER), (m) => `<${m[1].toLowerCase()}_${m[2]}>`);
  const tokens: string[] = [];
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(TOKEN)) {
    const w = m[0];
    if (w.startsWith('<')) tokens.push(w);
    else if (cjk && CJK.test(w)) {
      for (const c of w) if (/[\p{L}\p{N}]/u.test(c)) tokens.push(c);
    } else tokens.push(w.replace(/’/g, "'"));
  }
  return { raw: text, tokens, placeholders };
}

type Check = (a: Analysed, b: Analysed, lang: string | undefined, cjk: boolean) => string | undefined;

const RUN: Record<GuardCheck, Check> = {
  numbers: (a, b, lang, cjk) => differ(numbers(a, lang, cjk), numbers(b, lang, cjk)),
  // Presence, not count: "No, don't lean on your arms" and "You do NOT want to lean on your arms" agree.
  negation: (a, b, lang, cjk) => {
    const na = negations(a, lang, cjk);
    const nb = negations(b, lang, cjk);
    return na > 0 === nb > 0 ? undefined : `${na} vs ${nb}`;
  },
  placeholders: (a, b) => {
    const d = differ([...a.placeholders].sort(), [...b.placeholders].sort());
    if (d) return d;
    const oa = firstSeen(a.placeholders).join(' ');
    const ob = firstSeen(b.placeholders).join(' ');
    return oa === ob ? undefined : `order ${oa} vs ${ob}`;
  },
  entities: (a, b, lang, cjk) => {
    if (cjk) return undefined;
    const only: string[] = [];
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const have = new Set(y.tokens);
      const missing = entities(x.raw, lang).find((e) => !have.has(e));
      if (missing) only.push(missing);
      else return undefined;
    }
    // An entity replaced by another (Berlin vs Munich); one only added or dropped is left to the similarity.
    return `"${only[0]}" vs "${only[1]}"`;
  },
  contrast: (a, b) => {
    const sa = new Set(a.tokens);
    const sb = new Set(b.tokens);
    for (const [x, y] of CONTRAST_PAIRS) {
      for (const [p, q] of [
        [x, y],
        [y, x],
      ]) {
        if (hasOnly(sa, sb, p) && hasOnly(sb, sa, q)) return `${p} vs ${q}`;
      }
    }
    return undefined;
  },
  substitution: (a, b, lang, cjk) => {
    const stop = lang ? FUNCTION_WORDS[lang] : undefined;
    if (cjk || !stop) return undefined;
    const ca = contentWords(a, stop);
    const cb = contentWords(b, stop);
    const onlyA = ca.filter((w) => !cb.some((t) => sameStem(w, t)));
    const onlyB = cb.filter((w) => !ca.some((t) => sameStem(w, t)));
    // One content word traded for another ("sort" / "reverse", "woman" / "man", "ocean" / "street").
    return onlyA.length > 0 && onlyB.length > 0 ? `"${onlyA[0]}" vs "${onlyB[0]}"` : undefined;
  },
  // Japanese and Korean mark roles with particles, so their word order is free.
  roles: (a, b, lang, cjk) =>
    lang === 'ja' || lang === 'ko' || (cjk && /[\p{Script=Hiragana}\p{Script=Hangul}]/u.test(a.raw + b.raw))
      ? undefined
      : swapped(a.tokens, b.tokens, (lang && CONJUNCTIONS[lang]) || ANY_CONJUNCTION),
};

function differ(x: (string | number)[], y: (string | number)[]): string | undefined {
  const sx = [...x].map(String).sort().join(',');
  const sy = [...y].map(String).sort().join(',');
  return sx === sy ? undefined : `${sx || 'none'} vs ${sy || 'none'}`;
}

function firstSeen(xs: string[]): string[] {
  return [...new Set(xs)];
}

function numbers(t: Analysed, lang: string | undefined, cjk: boolean): string[] {
  const out: string[] = [];
  const text = t.raw.replace(PLACEHOLDER, ' ').normalize('NFKC');
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const s = m[0];
    out.push(/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(s) ? s.replace(/[.,]/g, '') : s.replace(',', '.'));
  }
  const words = lang ? NUMBER_WORDS[lang] : undefined;
  if (words) for (const w of t.tokens) if (words.has(w)) out.push(String(words.get(w)));
  if (cjk) {
    for (const m of text.matchAll(HAN_COUNTED)) out.push(String(HAN_NUMERALS.get(m[1])));
  }
  return out.map((n) => String(Number(n)));
}

function negations(t: Analysed, lang: string | undefined, cjk: boolean): number {
  const words = (lang && NEGATORS[lang]) || ANY_NEGATOR;
  let n = 0;
  for (const w of t.tokens) if (words.has(w) || w.endsWith("n't")) n++;
  if (cjk) {
    const text = t.raw.normalize('NFKC');
    for (const m of CJK_NEGATORS) n += text.split(m).length - 1;
  }
  return n;
}

/** Named-entity candidates: capitalised words not opening a sentence, acronyms, words mixing letters and digits. */
function entities(raw: string, lang: string | undefined): string[] {
  const out: string[] = [];
  const text = raw.replace(PLACEHOLDER, ' ').normalize('NFKC');
  let sentenceStart = true;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+|[.!?:;"“”«»¿¡]/gu)) {
    const w = m[0];
    if (/^[.!?:;"“”«»¿¡]$/.test(w)) {
      sentenceStart = true;
      continue;
    }
    const acronym = /^\p{Lu}{2,}$/u.test(w) && w.length <= 6;
    const mixed = /\p{L}/u.test(w) && /\p{N}/u.test(w);
    const capital = /^\p{Lu}\p{Ll}/u.test(w) && !sentenceStart && lang !== 'de';
    if ((acronym && w !== 'I') || mixed || capital) out.push(w.toLowerCase());
    sentenceStart = false;
  }
  return [...new Set(out)];
}

/** `side` has word `w` (or an inflection of it: up to 3 more letters) that `other` lacks. */
function hasOnly(side: Set<string>, other: Set<string>, w: string): boolean {
  const match = (s: Set<string>) => {
    for (const t of s) if (t === w || (w.length >= 4 && t.startsWith(w) && t.length <= w.length + 3)) return true;
    return false;
  };
  return match(side) && !match(other);
}

/**
 * Swapped roles ("the dog bit the man" vs "the man bit the dog", "<PERSON_1> pays <PERSON_2>" reversed):
 * two words that occur once on each side trade places while a word between them stays between them.
 * Moving a whole phrase ("in Python, how do I sort a list") keeps each block's inner order and is not refused.
 */
/** Words compared for swapped roles (the search is cubic in them; prompts can be long). */
const MAX_ROLE_WORDS = 160;

function swapped(a0: string[], b0: string[], conjunctions: Set<string>): string | undefined {
  // Elided articles and clitics are words of their own here ("l'homme" -> "l", "homme"); the k-th occurrence of a
  // word is its own token ("dollar#2"), so repeated words take part too.
  const indexed = (xs: string[]) => {
    const seen = new Map<string, number>();
    return xs
      .flatMap((w) => (w.startsWith('<') ? [w] : w.split(/['’]/).filter(Boolean)))
      .map((w) => {
        const k = (seen.get(w) ?? 0) + 1;
        seen.set(w, k);
        return `${w}#${k}`;
      });
  };
  const a = indexed(a0);
  const b = indexed(b0);
  const word = (t: string) => t.slice(0, t.lastIndexOf('#'));
  // Content words only: at least 3 letters, a placeholder, or a Han character.
  const content = (t: string) => {
    const w = word(t);
    return w.startsWith('<') || /\p{Script=Han}/u.test(w) || Array.from(w).length >= 3;
  };
  const inB = new Map(b.map((t, i) => [t, i]));
  // The two words that trade places must be content words, the one between may be any ("usd to eur").
  const at: number[] = [];
  const shared: string[] = [];
  a.forEach((t, i) => {
    if (inB.has(t) && shared.length < MAX_ROLE_WORDS) {
      shared.push(t);
      at.push(i);
    }
  });
  const pos = shared.map((t) => inB.get(t) as number);
  for (let i = 0; i < pos.length; i++) {
    if (!content(shared[i])) continue;
    for (let k = i + 2; k < pos.length; k++) {
      if (pos[i] < pos[k] || !content(shared[k])) continue;
      // "plays guitar and sings" vs "sings and plays guitar": a short symmetric list, not swapped roles.
      if (at[k] - at[i] <= 4 && a.slice(at[i] + 1, at[k]).some((t) => conjunctions.has(word(t)))) continue;
      for (let j = i + 1; j < k; j++) {
        if (pos[j] < pos[i] && pos[j] > pos[k]) {
          return `"${word(shared[i])}" and "${word(shared[k])}" trade places`;
        }
      }
    }
  }
  return undefined;
}

function contentWords(t: Analysed, stop: Set<string>): string[] {
  return t.tokens.filter(
    (w) => !w.startsWith('<') && !stop.has(w) && !/^\p{N}+$/u.test(w) && Array.from(w).length >= 3,
  );
}

/** Same word up to inflection: equal, or sharing a prefix of at least 4 letters and 60 % of the shorter one. */
function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  const a = Array.from(x);
  const b = Array.from(y);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 4 && p >= 0.6 * Math.min(a.length, b.length);
}
