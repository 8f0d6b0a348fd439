import type { RawMatch, Recognizer } from '../types.ts';
import { match } from './util.ts';

/**
 * Email addresses, plain ("jane.doe@example.com") and obfuscated ("jane dot doe at example dot com",
 * "jane(at)example(dot)com", "jane [at] example [dot] com", spaces around "@"). Bare word forms need a common TLD;
 * bracketed ones take any.
 * Value = canonical lowercased address.
 */
const LOCAL_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}_%+\-]*[\p{L}\p{N}])?`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;
const WORD_DOT = String.raw`\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+`;
const WORD_AT = String.raw`\s*[(\[{<]\s*at\s*[)\]}>]\s*|\s+at\s+`;
const DOT = String.raw`(?:\.|${WORD_DOT})`;
const AT = `(?: ?@ ?|${WORD_AT})`;
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])(${LOCAL_LABEL}(?:${DOT}${LOCAL_LABEL}){0,8})(${AT})((?:${DOMAIN_LABEL}${DOT}){1,6})(\p{L}{2,24}|xn--[\p{L}\p{N}\-]{1,59})(?![\p{L}\p{N}\-])`,
  'giu',
);
const OBFUSCATED = new RegExp(`${WORD_DOT}|${WORD_AT}`, 'iu');
/** Bare " at " / " dot " (no brackets): ordinary prose has them, so those need a common TLD. */
const BARE_WORD = /\s(?:at|dot)\s/i;
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
    if (!/@|\bat\b/i.test(text)) return out;
    const re = new RegExp(EMAIL);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [whole, local, at, domain, tld] = m;
      const wordForm = OBFUSCATED.test(at) || OBFUSCATED.test(domain) || OBFUSCATED.test(local);
      // Bracketed "(at)" / "[dot]" are written to hide an address: any TLD ("xn--p1ai", "example") counts there.
      const bare = BARE_WORD.test(at) || BARE_WORD.test(domain) || BARE_WORD.test(local);
      if (bare && !COMMON_TLDS.has(tld.toLowerCase())) {
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
