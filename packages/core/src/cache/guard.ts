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

// Negation words (whole tokens, lower case) and negation markers inside CJK text (substrings).
const NEGATORS = new Set(
  (
    "not no never nor neither none nobody nothing nowhere without cannot n't " +
    'nicht kein keine keiner keinen keinem keines nie niemals niemand nichts ohne ' +
    'nunca jamás jamas nadie ni tampoco sin ningún ninguno ninguna ' +
    'ne pas jamais personne rien aucun aucune sans ' +
    'non mai nessuno nessuna niente nulla senza ' +
    'não nao nunca ninguém ninguem nem sem nenhum nenhuma ' +
    'niet geen nooit niets niemand zonder ' +
    'nie żaden żadna żadne nigdy nic bez ' +
    'не нет ни никогда ничего никто без ' +
    'ei en et emme ette eivät eikä ilman koskaan ' +
    'inte ej aldrig ingen inget inga utan'
  ).split(' '),
);
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
  '안 ',
  '않',
  '못',
  '없',
  '아니',
];

// Words for small numbers, so "3" and "three" agree and "three" vs "four" do not.
const NUMBER_WORDS: Record<string, number> = {};
for (const [n, words] of Object.entries({
  0: 'zero null cero zéro zero nul nulla nolla noll',
  1: 'one eins uno un une um uma één jeden jedna jedno один yksi ett',
  2: 'two zwei dos deux due dois duas twee dwa dwie два kaksi två',
  3: 'three drei tres trois tre três drie trzy три kolme',
  4: 'four vier cuatro quatre quattro quatro cztery четыре neljä fyra',
  5: 'five fünf cinco cinq cinque vijf pięć пять viisi fem',
  6: 'six sechs seis sei zes sześć шесть kuusi sex',
  7: 'seven sieben siete sept sette sete zeven siedem семь seitsemän sju',
  8: 'eight acht ocho huit otto oito osiem восемь kahdeksan åtta',
  9: 'nine neun nueve neuf nove negen dziewięć девять yhdeksän nio',
  10: 'ten zehn diez dix dieci dez tien dziesięć десять kymmenen tio',
  11: 'eleven elf once onze undici',
  12: 'twelve zwölf doce douze dodici doze twaalf',
  20: 'twenty zwanzig veinte vingt venti vinte twintig',
  100: 'hundred hundert cien cent cento cem honderd',
  1000: 'thousand tausend mil mille duizend',
  1000000: 'million millionen millón millions milione milhão miljoen',
})) {
  for (const w of words.split(' ')) NUMBER_WORDS[w] ??= Number(n);
}
// Words that are numbers only sometimes ("one of", "un", "a"): counted only next to a digit-free noun is too fuzzy,
// so these ambiguous articles are left out of number agreement.
for (const w of ['un', 'une', 'uno', 'um', 'uma', 'ett', 'en', 'one', 'eins', 'ein', 'sei', 'sex', 'dos', 'tre'])
  delete NUMBER_WORDS[w];

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
  numbers: (a, b) => differ(numbers(a), numbers(b)),
  negation: (a, b, _l, cjk) => {
    const na = negations(a, cjk);
    const nb = negations(b, cjk);
    return na === nb ? undefined : `${na} vs ${nb}`;
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
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const have = new Set(y.tokens);
      const missing = entities(x.raw, lang).find((e) => !have.has(e));
      if (missing) return `"${missing}" only on one side`;
    }
    return undefined;
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
  roles: (a, b) => swapped(a.tokens, b.tokens),
};

function differ(x: (string | number)[], y: (string | number)[]): string | undefined {
  const sx = [...x].map(String).sort().join(',');
  const sy = [...y].map(String).sort().join(',');
  return sx === sy ? undefined : `${sx || 'none'} vs ${sy || 'none'}`;
}

function firstSeen(xs: string[]): string[] {
  return [...new Set(xs)];
}

function numbers(t: Analysed): string[] {
  const out: string[] = [];
  const text = t.raw.replace(PLACEHOLDER, ' ').normalize('NFKC');
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const s = m[0];
    out.push(/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(s) ? s.replace(/[.,]/g, '') : s.replace(',', '.'));
  }
  for (const w of t.tokens) if (w in NUMBER_WORDS) out.push(String(NUMBER_WORDS[w]));
  return out.map((n) => String(Number(n)));
}

function negations(t: Analysed, cjk: boolean): number {
  let n = 0;
  for (const w of t.tokens) if (NEGATORS.has(w) || w.endsWith("n't")) n++;
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
  const shared = a.filter((w) => ca.get(w) === 1 && cb.get(w) === 1);
  const pos = shared.map((w) => b.indexOf(w));
  for (let i = 0; i < pos.length; i++) {
    for (let k = i + 2; k < pos.length; k++) {
      if (pos[i] < pos[k]) continue;
      for (let j = i + 1; j < k; j++) {
        if (pos[j] < pos[i] && pos[j] > pos[k]) return `"${shared[i]}" and "${shared[k]}" trade places`;
      }
    }
  }
  return undefined;
}
