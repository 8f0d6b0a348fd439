import { type Edit, type Mapped, regexEdits, viewOf } from '../edits.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { match } from './util.ts';

/**
 * Email addresses, plain ("jane.doe@example.com") and obfuscated ("jane dot doe at example dot com",
 * "jane(at)example(dot)com", "jane [at] example [dot] com", "arroba" / "arobase" / "chiocciola" / "chez" / "punkt" /
 * "punto" / "kropka", defanged "jane[@]example[.]com", spaces or a line break around "@", " . " with a written "@").
 * HTML entities ("&#64;"), escapes ("\u0040", "%40") reach it decoded (decode.ts, in the folding).
 * Bare word forms need a common TLD; bracketed ones take any.
 * Value = canonical lowercased address.
 */
// Marks belong to the letters of scripts that write vowels and tones with them ("ร้านค้า", "हिन्दी").
const LOCAL_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_%+\-]*[\p{L}\p{M}\p{N}])?`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-]*[\p{L}\p{M}\p{N}])?`;
// Words for "dot" and "at" (en de es it pt fr nl sv cs pl hu tr ru id), the names of the "@" sign (fr arobase, it
// chiocciola, de Klammeraffe, nl apenstaartje / apestaart, pl małpa, es/pt arroba, cs zavináč, sv snabel-a, hu kukac, ru
// собака, ja atto / アットマーク with "dotto" / ドット for the dot),
// bracketed or bare; defanged "[.]" / "[@]"; HTML and escape forms. French "point" bare only after "arobase" or "@"
// (see BARE_POINT): elsewhere it is an everyday word. Bare "at" / "et" (fr, tr) and bare dot words are everyday
// words too: such a form needs a common TLD unless the rest is written to hide an address (see `hidden`).
const DOT_WORDS =
  'dot|punkt|punktum|punto|ponto|punt|kropka|tečka|tecka|точка|nokta|pont|piste|prik|titik|dotto|ドット';
const SIGN_NAMES =
  'arroba|arobase|arrobe|chiocciola|klammeraffe|apenstaartje|apestaart|małpa|malpa|snabel-a|zavináč|zavinac|kukac|собака|atto|アットマーク|アット';
const AT_WORDS = `at|et|chez|${SIGN_NAMES}`;
// Inserted against harvesting, next to the "@": "x.REMOVE.@", "-nospam-@", "_NO_SPAM_@", "@DELETE_THIS…".
const NO_SPAM = String.raw`[._\-]?(?:no[._\-]?spam|anti[._\-]?spam|spam[._\-]?free|remove(?:[._\-]?this)?|delete[._\-]?this)[._\-]?`;
// A dot with a blank on each side ("john . doe @ gmail . com") only with a written "@" (see SPACED_DOT).
const WORD_DOT = String.raw`\s*[(\[{<]\s*(?:${DOT_WORDS}|point|\.)\s*[)\]}>]\s*|\s+(?:${DOT_WORDS}|point)\s+|[ \t]\.[ \t]`;
const WORD_AT = String.raw`\s*[(\[{<]\s*(?:${AT_WORDS}|@)\s*[)\]}>]\s*|\s+(?:${AT_WORDS})\s+`;
const DOT = String.raw`(?:\.|${WORD_DOT})`;
/** "_" spoken between the labels of the local part ("piet underscore de dot vries at …"). */
const UNDERSCORE_WORDS =
  'underscore|unterstrich|tiret bas|guion bajo|guión bajo|trattino basso|sublinhado|podkreślnik|understreck|alt çizgi';
const WORD_UNDERSCORE = String.raw`\s+(?:${UNDERSCORE_WORDS})\s+`;
const UNDERSCORE_RE = new RegExp(WORD_UNDERSCORE, 'giu');
const LOCAL_SEP = `(?:${DOT}|${WORD_UNDERSCORE})`;
// "@" with a space or a line break on either side (an address wrapped by a mail client).
const AT = `(?:${NO_SPAM})?(?:[ \t]?(?:\r?\n)?[ \t]?@[ \t]?(?:\r?\n)?[ \t]?|${WORD_AT})(?:${NO_SPAM})?`;
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}._%+\-])(${LOCAL_LABEL}(?:${LOCAL_SEP}${LOCAL_LABEL}){0,8})(${AT})((?:${DOMAIN_LABEL}${DOT}){1,6})(\p{L}{2,24}|xn--[\p{L}\p{N}\-]{1,59})(?![\p{L}\p{N}\-])`,
  'giu',
);
const OBFUSCATED = new RegExp(`${WORD_DOT}|${WORD_AT}|${WORD_UNDERSCORE}`, 'iu');
/** Bare " at " / " dot " (no brackets): ordinary prose has them, so those need a common TLD. */
const BARE_WORD = new RegExp(String.raw`\s(?:${AT_WORDS}|${DOT_WORDS}|point)\s`, 'i');
const SPACED_DOT = /[ \t]\.[ \t]/;
const BARE_POINT = /\spoint\s/i;
/** French mail providers, the domain after "chez". */
const FR_PROVIDER =
  /^\s*(?:free|orange|sfr|laposte|wanadoo|gmail|hotmail|outlook|yahoo|live|icloud|bbox|neuf|aol)\s*$/i;
const SIGN_NAME = new RegExp(String.raw`^\s*(?:${SIGN_NAMES})\s*$`, 'i');
/** A bracketed or defanged "at" / "dot" ("[.]", "(at)", "{dot}"). */
const BRACKETED = new RegExp(String.raw`[(\[{<]\s*(?:${AT_WORDS}|${DOT_WORDS}|point|@|\.)\s*[)\]}>]`, 'i');
const MAY_HAVE_AT = new RegExp(String.raw`@|(?<!\p{L})(?:${AT_WORDS})(?!\p{L})|アット|艾特`, 'iu');
const URL_USERINFO_BEFORE = /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]+:[^\s/]*$/i;
const SPLIT_DOT = new RegExp(DOT, 'giu');

/** TLDs accepted for word-form ("at" / "dot") emails, where ordinary prose could otherwise match. */
const COMMON_TLDS = new Set(
  (
    'com org net edu gov io co ai app dev info biz me uk de fr es it nl be ch at se no dk fi pl pt ie cz ' +
    'us ca au nz jp cn in br mx ar ru eu tv xyz online site tech cloud email mail ' +
    // academic second levels and more country codes and generic TLDs that are not everyday words
    'ac lu gr hu ro bg hr si sk ee lv lt tr il za kr tw hk sg th vn ph cl pe ' +
    'consulting agency solutions services systems digital studio design shop store club media academy institute ' +
    'gmbh ltd llc inc'
  ).split(' '),
);

function canonical(local: string, domain: string, tld: string): string {
  const l = local.replace(UNDERSCORE_RE, '_').split(SPLIT_DOT).join('.');
  const d = domain.split(SPLIT_DOT).filter(Boolean).join('.');
  return `${l}@${d}.${tld}`.toLowerCase();
}

/** Spaced separators ("mateo . bianchi @ gmail . com", "nguyen + work @ …") written without the spaces. */
const SPACED = /(?<=[\p{L}\p{N}])[ \t]{1,2}([.+\-_@])[ \t]{1,2}(?=[\p{L}\p{N}])/gu;
/**
 * Japanese / Chinese words for "@" and "." written inside the address ("annaドットmullerアットマークyandexドットru"),
 * with a blank on either side or none (the folding puts a blank between kana and Latin letters).
 */
const CJK_WORDS = /[ \t]?(?:(アットマーク|アット|艾特)|(ドット|點|点))[ \t]?/gu;
const ASCII_ALNUM = /[A-Za-z0-9]/;

/**
 * Spaced separators count only in a chain of them around a spaced "@" ("MULLER + 2024 @ EU . ACME - LOGISTICS . COM"),
 * not a dash in prose after an address ("info@cs.ox.ac.uk - please").
 */
function spacedAddresses(text: string, edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  let chain: Edit[] = [];
  const flush = () => {
    if (chain.some((e) => e.text === '@')) out.push(...chain);
    chain = [];
  };
  for (const e of edits) {
    const last = chain[chain.length - 1];
    if (last && !WORD_ONLY.test(text.slice(last.at + last.len, e.at))) flush();
    chain.push(e);
  }
  flush();
  return out;
}
const WORD_ONLY = /^[\p{L}\p{N}]+$/u;

/**
 * The domain after a written "@", as far as it reads as one: labels joined by ".", "..", ",", a dot with a blank on
 * one or both sides, or a line break; "@@" for "@". See `domainTypos`.
 */
const TYPO_DOMAIN = new RegExp(
  String.raw`@@?[ \t]?(?:${DOMAIN_LABEL}(?:[ \t]?(?:\.\.?|,)[ \t]?|\r?\n)){1,6}${DOMAIN_LABEL}`,
  'gu',
);
const DOMAIN_SEP = /[ \t]?(?:\.\.?|,)[ \t]?|\r?\n/gu;
/** The start of another address: a run without blanks or list punctuation up to an "@". */
const NEXT_ADDRESS = /^[^\s,;<>()[\]"']*@/u;
/** A label that ends a domain after a mistyped dot: a common TLD or two letters, written in lower case. */
const TLD_LIKE = /^[a-z]{2}$/;

/**
 * Typing slips in the domain after a written "@" ("@@gmail..com", "gmail,com", "gmx. net", "acme.co .uk",
 * "@outl⏎ook.com"): "@@" read as "@", "..", "," or a dot with a blank beside it as ".", a line break before the
 * first dot as nothing. A mistyped separator counts only before a lower-case label that is a common TLD or two
 * letters, or before more labels ("hotmail . com. tr"); the first one that does not ends the domain ("gmx. net. Bye").
 */
function domainTypos(text: string): Edit[] {
  const out: Edit[] = [];
  if (!text.includes('@')) return out;
  for (const m of text.matchAll(TYPO_DOMAIN)) {
    const whole = m[0];
    const edits: Edit[] = [];
    if (whole.startsWith('@@')) edits.push({ at: m.index, len: 2, text: '@' });
    const seps = [...whole.matchAll(DOMAIN_SEP)];
    let dotted = false;
    for (let k = 0; k < seps.length; k++) {
      const sep = seps[k];
      const sepText = sep[0];
      const nextStart = sep.index + sepText.length;
      const nextEnd = k + 1 < seps.length ? seps[k + 1].index : whole.length;
      const label = whole.slice(nextStart, nextEnd);
      const last = k + 1 === seps.length;
      const at = m.index + sep.index;
      if (sepText === '.') {
        dotted = true;
        continue;
      }
      if (/\n/.test(sepText)) {
        // A wrapped line inside the first label only, and the rest must still read as a domain.
        if (dotted || last) break;
        edits.push({ at, len: sepText.length, text: '' });
        continue;
      }
      const endsWell = last ? TLD_LIKE.test(label) || COMMON_TLDS.has(label) : /^[a-z]/.test(label);
      if (!endsWell) break;
      // In a list ("a@ziggo.nl,murphy.zoe+gw@gmail.com", "a@b.com, cd@e.org") the comma ends the address: what
      // follows it reaches an "@" of its own.
      if (sepText.includes(',') && NEXT_ADDRESS.test(text.slice(m.index + nextStart, m.index + nextStart + 80))) break;
      dotted = true;
      edits.push({ at, len: sepText.length, text: '.' });
    }
    out.push(...edits);
  }
  return out;
}

/** The text as the address pattern reads it (see SPACED, CJK_WORDS), mapped back to `text`; undefined if unchanged. */
function emailView(text: string): Mapped | undefined {
  const spaced = text.includes(' ')
    ? spacedAddresses(
        text,
        regexEdits(text, SPACED, (m) => m[1]),
      )
    : [];
  const cjk = regexEdits(text, CJK_WORDS, (m) => {
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    const inside = /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
    if (!inside || !(ASCII_ALNUM.test(before) || ASCII_ALNUM.test(after))) return undefined;
    return m[1] ? '@' : '.';
  });
  const edits: Edit[] = [...spaced, ...cjk].sort((a, b) => a.at - b.at);
  return viewOf(text, [() => edits, domainTypos]);
}

/** Thai words for "e-mail" and "is" that end a label glued to the local part ("ใส่อีเมล์สมชาย@…"). */
const THAI_LABEL = /อีเมลล์|อีเมล์|อีเมล|เมล์|คือ/gu;
/** The IDN top-level domains of scripts written without spaces, with the next words glued to them ("ไทยไว้แต่…"). */
const GLUED_IDN_TLD = /^(?:ไทย|ລາວ)/u;

/** Where the local part starts after a Thai label glued to it (0: none). */
function gluedLabelEnd(local: string): number {
  if (!/\p{Script=Thai}/u.test(local)) return 0;
  let end = 0;
  for (const m of local.matchAll(THAI_LABEL)) if (m.index + m[0].length < local.length) end = m.index + m[0].length;
  return end;
}

export const emailRecognizer: Recognizer = {
  name: 'email',
  types: ['EMAIL'],
  find(original) {
    const out: RawMatch[] = [];
    if (!MAY_HAVE_AT.test(original)) return out;
    const view = emailView(original);
    const text = view?.folded ?? original;
    const re = new RegExp(EMAIL);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let [whole, local, at, domain, tld] = m;
      let index = m.index;
      // Thai is written without spaces: the label before the address and the words after it are glued to it.
      const head = local.length > 2 ? gluedLabelEnd(local) : 0;
      if (head > 0) {
        index += head;
        whole = whole.slice(head);
        local = local.slice(head);
      }
      const idn = GLUED_IDN_TLD.exec(tld);
      if (idn && idn[0].length < tld.length) {
        whole = whole.slice(0, whole.length - tld.length + idn[0].length);
        tld = idn[0];
      }
      const start = view ? view.startOf[index] : index;
      const end = view ? view.endOf[index + whole.length - 1] : index + whole.length;
      const wordForm =
        OBFUSCATED.test(at) || OBFUSCATED.test(domain) || OBFUSCATED.test(local) || end - start !== whole.length;
      // Bracketed "(at)" / "[dot]" are written to hide an address: any TLD ("xn--p1ai", "example") counts there;
      // bare words need a common TLD unless the "at" word means nothing else ("chiocciola", "małpa", "arroba").
      const bare = BARE_WORD.test(at) || BARE_WORD.test(domain) || BARE_WORD.test(local);
      // …unless the rest is written to hide an address too ("arroba kanzlei[.]berlin", "arroba kanzlei.berlin"):
      // a bracketed or defanged part, or a name of the "@" sign (prose uses it for nothing else) with real dots.
      const hidden =
        BRACKETED.test(whole) || (SIGN_NAME.test(at) && !OBFUSCATED.test(domain) && !OBFUSCATED.test(local));
      // Spaced dots are prose ("at school . It was", "by @MizMooz . Check it out") unless the "@" is written and the
      // TLD is a common one ("john . doe @ gmail . com", text tokenized with blanks around punctuation).
      const spaced = SPACED_DOT.test(local) || SPACED_DOT.test(domain);
      const common = COMMON_TLDS.has(tld.toLowerCase());
      // A bare "point" counts only after "arobase" or "@" ("jean arobase gmail point com", not "chez Paul point de vue").
      const point = BARE_POINT.test(local) || BARE_POINT.test(domain);
      // …or after "chez" before a mail provider ("ggiraud chez free point fr", not "chez Paul point de vue")
      const provider = /chez/i.test(at) && FR_PROVIDER.test(domain.split(SPLIT_DOT)[0] ?? '');
      const misread = (spaced && (!/@/.test(at) || !common)) || (point && !/arobase|@/i.test(at) && !provider);
      if ((bare && !hidden && !common) || misread) {
        // Prose such as "me at ingrid.tanaka@…" is not a word-form address; the real one may start inside it.
        re.lastIndex = m.index + 1;
        continue;
      }
      if (local.length > 64 || whole.length > 320) continue;
      // "scheme://user:password@host" is URL credentials, not an email address.
      if (URL_USERINFO_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
      out.push(match('EMAIL', start, end, wordForm ? 0.8 : 0.99, canonical(local, domain, tld)));
    }
    return out;
  },
};
