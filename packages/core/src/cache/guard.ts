/**
 * False-hit guard for the semantic cache: explicit checks that a similarity score alone cannot make.
 * Two prompts may share an answer only when their numbers, negations, placeholders (<PERSON_1> vs <PERSON_2>),
 * named entities, contrast words (buy/sell, before/after ...) and role order agree. Every check is conservative:
 * when in doubt it refuses, turning a would-be hit into a miss (a central call), never a wrong answer.
 *
 * Each check can be switched off (`checks`) so the eval can measure what each one buys.
 */

export type GuardCheck = 'numbers' | 'negation' | 'placeholders' | 'entities' | 'contrast' | 'roles';

export const GUARD_CHECKS: readonly GuardCheck[] = [
  'numbers',
  'negation',
  'placeholders',
  'entities',
  'contrast',
  'roles',
];

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
// "and"/"or" between two swapped words make a symmetric list ("plays and sings"), not swapped roles.
const CONJUNCTIONS = new Set('and or und oder y o e ou et ni en of i lub и или ja tai och eller'.split(' '));

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
  // Japanese and Korean mark roles with particles, so their word order is free.
  roles: (a, b, lang, cjk) =>
    lang === 'ja' || lang === 'ko' || (cjk && /[\p{Script=Hiragana}\p{Script=Hangul}]/u.test(a.raw + b.raw))
      ? undefined
      : swapped(a.tokens, b.tokens),
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
function swapped(a: string[], b: string[]): string | undefined {
  const once = (xs: string[]) => {
    const c = new Map<string, number>();
    for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
    return c;
  };
  const ca = once(a);
  const cb = once(b);
  // Content words only: at least 3 letters, a placeholder, or a Han character.
  const content = (w: string) => w.startsWith('<') || /\p{Script=Han}/u.test(w) || Array.from(w).length >= 3;
  const shared = a.filter((w) => ca.get(w) === 1 && cb.get(w) === 1 && (content(w) || CONJUNCTIONS.has(w)));
  const pos = shared.map((w) => b.indexOf(w));
  for (let i = 0; i < pos.length; i++) {
    if (CONJUNCTIONS.has(shared[i])) continue;
    for (let k = i + 2; k < pos.length; k++) {
      if (pos[i] < pos[k] || CONJUNCTIONS.has(shared[k])) continue;
      // "plays and sings" vs "sings and plays": a symmetric list, not swapped roles.
      if (shared.slice(i + 1, k).some((w) => CONJUNCTIONS.has(w))) continue;
      for (let j = i + 1; j < k; j++) {
        if (pos[j] < pos[i] && pos[j] > pos[k]) return `"${shared[i]}" and "${shared[k]}" trade places`;
      }
    }
  }
  return undefined;
}
