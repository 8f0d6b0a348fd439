import type { RawMatch, Recognizer } from '../types.ts';
import { match } from './util.ts';

/**
 * Email addresses, plain ("jane.doe@example.com") and obfuscated ("jane dot doe at example dot com",
 * "jane(at)example(dot)com", "jane [at] example [dot] com", "arroba" / "arobase" / "chiocciola" / "chez" / "punkt" /
 * "punto" / "kropka", defanged "jane[@]example[.]com", HTML entities "&#64;", escapes "\u0040" / "%40", spaces or a
 * line break around "@", " . " with a written "@").
 * Bare word forms need a common TLD; bracketed ones take any.
 * Value = canonical lowercased address.
 */
const LOCAL_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}_%+\-]*[\p{L}\p{N}])?`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;
// Words for "dot" and "at" (en de es it pt fr nl pl), and the names of the "@" sign (fr arobase, it chiocciola, de
// Klammeraffe, nl apenstaartje, pl małpa), bracketed or bare; defanged "[.]" / "[@]"; HTML and escape forms.
// French "point" bare only after "arobase" (see BARE_POINT): elsewhere it is an everyday word.
const DOT_WORDS = 'dot|punkt|punto|ponto|punt|kropka';
const SIGN_NAMES = 'arroba|arobase|chiocciola|klammeraffe|apenstaartje|małpa';
const AT_WORDS = `at|chez|${SIGN_NAMES}`;
// A dot with a blank on each side ("john . doe @ gmail . com") only with a written "@" (see SPACED_DOT).
const WORD_DOT = String.raw`\s*[(\[{<]\s*(?:${DOT_WORDS}|point|\.)\s*[)\]}>]\s*|\s+(?:${DOT_WORDS}|point)\s+|[ \t]\.[ \t]|&#0*46;|&#x0*2e;|&period;|\\u002e`;
const WORD_AT = String.raw`\s*[(\[{<]\s*(?:${AT_WORDS}|@)\s*[)\]}>]\s*|\s+(?:${AT_WORDS})\s+|&#0*64;|&#x0*40;|&commat;|\\u0040|%40`;
const DOT = String.raw`(?:\.|${WORD_DOT})`;
// "@" with a space or a line break on either side (an address wrapped by a mail client).
const AT = `(?:[ \t]?(?:\r?\n)?[ \t]?@[ \t]?(?:\r?\n)?[ \t]?|${WORD_AT})`;
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])(${LOCAL_LABEL}(?:${DOT}${LOCAL_LABEL}){0,8})(${AT})((?:${DOMAIN_LABEL}${DOT}){1,6})(\p{L}{2,24}|xn--[\p{L}\p{N}\-]{1,59})(?![\p{L}\p{N}\-])`,
  'giu',
);
const OBFUSCATED = new RegExp(`${WORD_DOT}|${WORD_AT}`, 'iu');
/** Bare " at " / " dot " (no brackets): ordinary prose has them, so those need a common TLD. */
const BARE_WORD = new RegExp(String.raw`\s(?:${AT_WORDS}|${DOT_WORDS}|point)\s`, 'i');
const SPACED_DOT = /[ \t]\.[ \t]/;
const BARE_POINT = /\spoint\s/i;
const SIGN_NAME = new RegExp(String.raw`^\s*(?:${SIGN_NAMES})\s*$`, 'i');
/** A bracketed or defanged "at" / "dot" ("[.]", "(at)", "{dot}"). */
const BRACKETED = new RegExp(String.raw`[(\[{<]\s*(?:${AT_WORDS}|${DOT_WORDS}|point|@|\.)\s*[)\]}>]`, 'i');
const MAY_HAVE_AT = new RegExp(String.raw`@|&#0*64;|&#x0*40;|&commat;|\\u0040|%40|\b(?:${AT_WORDS})\b`, 'i');
const URL_USERINFO_BEFORE = /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]+:[^\s/]*$/i;
const SPLIT_DOT = new RegExp(DOT, 'giu');

/** TLDs accepted for word-form ("at" / "dot") emails, where ordinary prose could otherwise match. */
const COMMON_TLDS = new Set(
  (
    'com org net edu gov io co ai app dev info biz me uk de fr es it nl be ch at se no dk fi pl pt ie cz ' +
    'us ca au nz jp cn in br mx ar ru eu tv xyz online site tech cloud email mail'
  ).split(' '),
);

function canonical(local: string, domain: string, tld: string): string {
  const l = local.split(SPLIT_DOT).join('.');
  const d = domain.split(SPLIT_DOT).filter(Boolean).join('.');
  return `${l}@${d}.${tld}`.toLowerCase();
}

export const emailRecognizer: Recognizer = {
  name: 'email',
  types: ['EMAIL'],
  find(text) {
    const out: RawMatch[] = [];
    if (!MAY_HAVE_AT.test(text)) return out;
    const re = new RegExp(EMAIL);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [whole, local, at, domain, tld] = m;
      const wordForm = OBFUSCATED.test(at) || OBFUSCATED.test(domain) || OBFUSCATED.test(local);
      // Bracketed "(at)" / "[dot]" are written to hide an address: any TLD ("xn--p1ai", "example") counts there.
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
      const misread = (spaced && (!/@/.test(at) || !common)) || (point && !/arobase|@/i.test(at));
      if ((bare && !hidden && !common) || misread) {
        // Prose such as "me at ingrid.tanaka@…" is not a word-form address; the real one may start inside it.
        re.lastIndex = m.index + 1;
        continue;
      }
      if (local.length > 64 || whole.length > 320) continue;
      // "scheme://user:password@host" is URL credentials, not an email address.
      if (URL_USERINFO_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
      out.push(match('EMAIL', m.index, m.index + whole.length, wordForm ? 0.8 : 0.99, canonical(local, domain, tld)));
    }
    return out;
  },
};
