/**
 * Hold-out 17 name forms, written blind (without reading the recognizers, lexicons, docs, tests or other corpora).
 * A person is drawn from pii-holdout17-names.ts; `render` writes one occurrence in a requested form and returns the
 * pieces [text, isName, form]. Inflected forms (Polish/Russian genitive, German/Swedish/Dutch genitive -s, Turkish
 * suffix after the apostrophe, French elision, Arabic clitic) are written by hand-made rules over our own lists.
 */
import { CULTURES, type Lang, pick, type Rand } from './pii-holdout17-names.ts';

export type Form =
  | 'full'
  | 'title'
  | 'initial'
  | 'maiden'
  | 'double'
  | 'particle'
  | 'patronymic'
  | 'caps'
  | 'inflected'
  | 'given'
  | 'surfirst';
export type Piece = [text: string, isName: boolean, form?: Form];

export interface Person {
  lang: Lang;
  g: 'm' | 'f';
  given: string;
  sur: string;
  sur2: string;
  maiden: string;
  father: string;
}

const sp = (s: string) => s.replaceAll('_', ' ');
export function femSur(lang: Lang, s: string): string {
  if (lang === 'pl') return s.replace(/([sc]|dz)ki$/, '$1ka');
  if (lang === 'ru') return s.replace(/ский$/, 'ская').replace(/(ов|ев|ёв|ин)$/, '$1а');
  return s;
}
export function person(r: Rand, lang: Lang, g?: 'm' | 'f'): Person {
  const c = CULTURES[lang];
  const gg = g ?? (r() < 0.5 ? 'm' : 'f');
  const s = () => femSur(lang, gg === 'f' ? pick(r, c.sur) : pick(r, c.sur));
  const sur = gg === 'f' ? femSur(lang, pick(r, c.sur)) : pick(r, c.sur);
  let sur2 = s();
  while (sur2 === sur) sur2 = s();
  let maiden = femSur(lang, pick(r, c.sur));
  while (maiden === sur) maiden = femSur(lang, pick(r, c.sur));
  return {
    lang,
    g: gg,
    given: pick(r, gg === 'm' ? c.m : c.f),
    sur: sp(sur),
    sur2: sp(sur2),
    maiden: sp(maiden),
    father: pick(r, c.m),
  };
}
/** Gives `p` the family surname of `head` (feminine form where the language has one). */
export function sameFamily(p: Person, head: Person): void {
  const masc =
    head.g === 'm'
      ? head.sur
      : head.sur.replace(/ska$/, 'ski').replace(/cka$/, 'cki').replace(/ская$/, 'ский').replace(/а$/, '');
  const base = p.lang === 'ru' || p.lang === 'pl' ? masc : head.sur;
  p.sur = p.g === 'f' ? femSur(p.lang, base) : base;
  if (p.maiden === p.sur) p.maiden = p.sur2;
}

const PARTICLE: Partial<Record<Lang, string[]>> = {
  de: [
    'von Stetten',
    'von der Heyde',
    'zu Wendlingen',
    'von Bredow',
    'von Hagen',
    'von dem Knesebeck',
    'von Ahlefeldt',
  ],
  fr: ['de Villiers', 'du Bois', 'de la Roche', 'des Champs', 'de Lestrange', 'de la Motte', "d'Aubigny"],
  es: ['de la Fuente', 'del Río', 'de los Santos', 'de la Cruz', 'del Valle', 'de Miguel'],
  it: ['De Luca', 'Di Stefano', 'Lo Bianco', 'Della Valle', 'Dal Molin', 'La Rosa', "D'Angelo"],
  pt: ['da Silva', 'dos Santos', 'de Sousa', 'das Neves', 'do Carmo', 'da Cunha'],
  nl: ['van der Linden', 'van den Berg', 'de Vries', 'de Jong', 'van Dijk', 'van der Wal', 'ter Horst', "in 't Veld"],
  en: ['de Souza', 'van Buren', "O'Donnell", 'McAllister', 'FitzGerald'],
  sv: ['von Essen', 'af Klercker', 'de Geer'],
};
const RU_PATRO: Record<string, string> = {
  Сергей: 'Сергее',
  Андрей: 'Андрее',
  Дмитрий: 'Дмитрие',
  Алексей: 'Алексее',
  Николай: 'Николае',
  Владимир: 'Владимиро',
  Евгений: 'Евгенье',
  Игорь: 'Игоре',
  Олег: 'Олего',
  Виктор: 'Викторо',
  Юрий: 'Юрье',
  Павел: 'Павло',
  Геннадий: 'Геннадье',
  Вячеслав: 'Вячеславо',
  Аркадий: 'Аркадье',
  Степан: 'Степано',
  Тимофей: 'Тимофее',
  Константин: 'Константино',
};
const patro = (p: Person) => `${RU_PATRO[p.father]}${p.g === 'm' ? 'вич' : 'вна'}`;

const TITLE: Record<Lang, [string[], string[]]> = {
  en: [
    ['Mr.', 'Mr', 'Dr.'],
    ['Mrs.', 'Ms', 'Mrs', 'Dr'],
  ],
  de: [
    ['Herr', 'Dr.', 'Herr Dr.'],
    ['Frau', 'Frau Dr.'],
  ],
  fr: [
    ['M.', 'Monsieur', 'Maître', 'Dr'],
    ['Mme', 'Madame', 'Me', 'Dr'],
  ],
  es: [
    ['Sr.', 'D.', 'Dr.'],
    ['Sra.', 'Dña.', 'Dra.'],
  ],
  it: [
    ['sig.', 'dott.', 'avv.', 'Sig.'],
    ['sig.ra', 'dott.ssa', 'Sig.ra'],
  ],
  pt: [
    ['Sr.', 'Dr.', 'Eng.'],
    ['Sra.', 'Dra.', 'D.'],
  ],
  nl: [
    ['dhr.', 'de heer', 'mr.'],
    ['mevr.', 'mevrouw', 'dr.'],
  ],
  pl: [
    ['pan', 'Pan', 'dr'],
    ['pani', 'Pani', 'mgr'],
  ],
  sv: [
    ['dr', 'advokat'],
    ['dr', 'advokat'],
  ],
  tr: [
    ['Av.', 'Dr.'],
    ['Av.', 'Dr.', 'Öğr. Gör.'],
  ],
  ru: [
    ['г-н', 'гражданин', 'д-р'],
    ['г-жа', 'гражданка'],
  ],
  ar: [
    ['السيد', 'الدكتور', 'المحامي'],
    ['السيدة', 'الدكتورة', 'الآنسة'],
  ],
  zh: [
    ['先生', '医生', '经理'],
    ['女士', '医生', '老师'],
  ],
  ja: [
    ['様', 'さん', '先生'],
    ['様', 'さん', '先生'],
  ],
};
const upper = (lang: Lang, s: string) => (lang === 'tr' ? s.toLocaleUpperCase('tr') : s.toUpperCase());

/** Forms a template's plain slot may take in each language. */
export const FORMS: Record<Lang, Form[]> = {
  en: ['full', 'full', 'title', 'initial', 'double', 'particle', 'surfirst', 'given'],
  de: ['full', 'full', 'title', 'initial', 'double', 'particle', 'surfirst', 'given'],
  fr: ['full', 'full', 'title', 'initial', 'double', 'particle', 'caps', 'given'],
  es: ['full', 'double', 'double', 'title', 'particle', 'given', 'initial'],
  it: ['full', 'full', 'title', 'double', 'particle', 'surfirst', 'given'],
  pt: ['full', 'double', 'double', 'title', 'particle', 'given'],
  nl: ['full', 'full', 'title', 'initial', 'initial', 'particle', 'double', 'given'],
  pl: ['full', 'full', 'title', 'initial', 'double', 'surfirst', 'given'],
  sv: ['full', 'full', 'initial', 'double', 'particle', 'given', 'title'],
  tr: ['full', 'full', 'title', 'double', 'given', 'surfirst'],
  ru: ['full', 'patronymic', 'patronymic', 'title', 'initial', 'surfirst', 'given'],
  ar: ['full', 'full', 'title', 'patronymic', 'particle', 'given'],
  zh: ['full', 'full', 'title', 'given'],
  ja: ['full', 'full', 'title', 'given'],
};

const VOWELS = 'aeıioöuüAEIİOÖUÜ';
function trGen(name: string): string {
  const last =
    [...name]
      .reverse()
      .find((ch) => VOWELS.includes(ch))
      ?.toLowerCase() ?? 'a';
  const v = 'aı'.includes(last) ? 'ı' : 'ei'.includes(last) ? 'i' : 'ou'.includes(last) ? 'u' : 'ü';
  return `'${VOWELS.includes(name.at(-1) ?? '') ? 'n' : ''}${v}n`;
}
function plGen(s: string, g: 'm' | 'f', given: boolean): string {
  if (g === 'f') {
    if (/(sk|ck|dzk)a$/.test(s)) return s.replace(/a$/, 'iej');
    if (!s.endsWith('a')) return s;
    if (/ia$/.test(s)) return s.replace(/a$/, 'i');
    if (/[kg]a$/.test(s)) return s.replace(/a$/, 'i');
    return s.replace(/a$/, 'y');
  }
  if (/(sk|ck|dzk)i$/.test(s)) return `${s}ego`;
  if (/ek$/.test(s)) return `${s.slice(0, -2)}ka`;
  return given || !s.endsWith('a') ? `${s}a` : s.replace(/a$/, 'y');
}
function ruGen(s: string, g: 'm' | 'f'): string {
  if (g === 'm') {
    if (s === 'Павел') return 'Павла';
    if (/ский$/.test(s)) return s.replace(/ий$/, 'ого');
    if (/[йь]$/.test(s)) return `${s.slice(0, -1)}я`;
    if (/ич$/.test(s)) return `${s}а`;
    return `${s}а`;
  }
  if (/ская$/.test(s)) return s.replace(/ая$/, 'ой');
  if (/(ова|ева|ёва|ина)$/.test(s)) return s.replace(/а$/, 'ой');
  if (/вна$/.test(s)) return s.replace(/а$/, 'ы');
  if (/[ьи]я$/.test(s)) return s.replace(/я$/, 'и');
  if (/[гкхжшчщ]а$/.test(s)) return s.replace(/а$/, 'и');
  return s.replace(/а$/, 'ы');
}
/** Genitive -s of German/Swedish/Dutch: [name part (inside the span), trailing mark outside]. */
function sGen(lang: Lang, s: string): [string, string] {
  if (/[sßxz]$/.test(s)) return [s, "'"];
  if (lang === 'nl' && /[aeiouy]$/.test(s)) return [s, "'s"];
  return [`${s}s`, ''];
}

export function render(p: Person, want: Form | 'any', r: Rand): Piece[] {
  const L = p.lang;
  const form: Form = want === 'any' ? pick(r, FORMS[L]) : want;
  const east = L === 'zh' || L === 'ja';
  const full = east ? `${p.sur}${L === 'ja' && r() < 0.3 ? ' ' : ''}${p.given}` : `${p.given} ${p.sur}`;
  const name = (t: string, f: Form = form): Piece[] => [[t, true, f]];
  switch (form) {
    case 'full':
      if (L === 'ar') return name(`${p.given} ${p.sur}`);
      return name(full);
    case 'given':
      if (L === 'ja' || L === 'zh') return [...name(p.given), [L === 'ja' ? 'さん' : '', false]];
      return name(p.given);
    case 'title': {
      const t = pick(r, TITLE[L][p.g === 'm' ? 0 : 1]);
      if (east) return [...name(p.sur), [t, false]];
      if (L === 'tr' && r() < 0.5) return [...name(p.given), [p.g === 'm' ? ' Bey' : ' Hanım', false]];
      if (L === 'ar' || L === 'tr' || L === 'pl' || r() < 0.4) return [[`${t} `, false], ...name(full)];
      return [[`${t} `, false], ...name(p.sur)];
    }
    case 'initial':
      if (east || L === 'ar' || L === 'tr') return render(p, 'full', r);
      if (L === 'ru') {
        const ini = `${p.given[0]}. ${RU_PATRO[p.father][0]}.`;
        return name(r() < 0.5 ? `${ini} ${p.sur}` : `${p.sur} ${ini}`);
      }
      if (L === 'nl' || r() < 0.25) return name(`${p.given[0]}.${pick(r, ['J', 'M', 'A', 'H', 'C'])}. ${p.sur}`);
      return name(`${p.given[0]}. ${p.sur}`);
    case 'maiden': {
      if (p.g === 'm' || east || L === 'ar' || L === 'es' || L === 'pt') return render(p, 'full', r);
      const mark: Partial<Record<Lang, string>> = {
        en: ', née ',
        de: ', geb. ',
        fr: ', née ',
        it: ' nata ',
        nl: ' geb. ',
        pl: ' z domu ',
        sv: ', född ',
        tr: ' (kızlık soyadı ',
        ru: ', урождённая ',
      };
      return [...name(full), [mark[L] ?? ' ', false], ...name(p.maiden), [L === 'tr' ? ')' : '', false]];
    }
    case 'double':
      if (L === 'es' || L === 'pt') return name(`${p.given} ${p.sur} ${p.sur2}`);
      if (L === 'it' || L === 'tr') return name(`${p.given} ${pick(r, CULTURES[L][p.g])} ${p.sur}`);
      if (east || L === 'ar' || L === 'ru') return render(p, 'full', r);
      return name(`${p.given} ${p.sur}-${p.sur2}`);
    case 'particle': {
      if (L === 'ar')
        return name(`${p.given} ${pick(r, ['بن', 'ابن', 'بنت'].slice(p.g === 'm' ? 0 : 2))} ${p.father} ${p.sur}`);
      const ps = PARTICLE[L];
      if (!ps) return render(p, 'full', r);
      return name(`${p.given} ${pick(r, ps)}`);
    }
    case 'patronymic':
      if (L === 'ru') return name(r() < 0.5 ? `${p.given} ${patro(p)} ${p.sur}` : `${p.sur} ${p.given} ${patro(p)}`);
      if (L === 'ar') return name(`${p.given} ${p.father} ${pick(r, CULTURES.ar.m)} ${p.sur}`);
      return render(p, 'full', r);
    case 'caps':
      if (east || L === 'ar') return render(p, 'full', r);
      if (L === 'fr' && r() < 0.6) return name(`${p.given} ${upper(L, p.sur)}`);
      return name(r() < 0.5 ? upper(L, full) : `${upper(L, p.sur)}, ${upper(L, p.given)}`);
    case 'surfirst':
      if (east) return render(p, 'full', r);
      return name(L === 'ru' || L === 'tr' ? `${p.sur} ${p.given}` : `${p.sur}, ${p.given}`);
    case 'inflected':
      switch (L) {
        case 'pl':
          return name(`${plGen(p.given, p.g, true)} ${plGen(p.sur, p.g, false)}`);
        case 'ru':
          return name(
            r() < 0.5
              ? `${ruGen(p.given, p.g)} ${ruGen(p.sur, p.g)}`
              : `${ruGen(p.given, p.g)} ${ruGen(patro(p), p.g)} ${ruGen(p.sur, p.g)}`,
          );
        case 'de':
        case 'sv': {
          const [a, b] = sGen(L, p.sur);
          return [...name(`${p.given} ${a}`), [b, false]];
        }
        case 'nl': {
          const [a, b] = sGen(L, p.given);
          return [...name(a), [b, false]];
        }
        case 'en':
          return [...name(full), [p.sur.endsWith('s') ? "'" : "'s", false]];
        case 'tr':
          return [...name(full), [trGen(p.sur), false]];
        case 'fr':
          return /^[AEIOUÉÈHYaeiou]/.test(p.given)
            ? [["d'", false], ...name(full)]
            : [['de ', false], ...name(full, 'full')];
        case 'it':
          return /^[AEIOU]/.test(p.given) ? [["d'", false], ...name(full)] : [['di ', false], ...name(full, 'full')];
        case 'ar':
          return [['ل', false], ...name(`${p.given} ${p.sur}`)];
        case 'zh':
          return [...name(full, 'full'), ['的', false]];
        case 'ja':
          return [...name(full, 'full'), ['さんの', false]];
        default:
          return [['de ', false], ...name(full, 'full')];
      }
  }
}
