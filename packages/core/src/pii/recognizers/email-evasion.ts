import type { RawMatch, Recognizer } from '../types.ts';
import { match } from './util.ts';

/**
 * E-mail addresses written to get past a chat filter that blocks "@" and whole addresses (off-platform contact):
 * - a stand-in for "@" with an instruction to swap it: "anna.berg#gmx.net (replace # with @)", "x§inbox.ru (§ → @)";
 * - spelled one character at a time with the same joiner, "@" and "." among the characters, a doubled joiner for a
 *   dot: "b.e.r.g...a.n.n.a.@.g.m.x...n.e.t", "b-e-r-g-.-a-n-n-a-@-…" (the folding has closed up parts of it);
 * - written backwards: "ten.xmg@nnaatsil" (the text reversed reads "listaann@gmx.net"), or back to front in words
 *   ("com dot yahoo at tyler.sullivan");
 * - split in two: the local part after a mail label, then the domain later in the text as "@domain.tld"
 *   ("mail anna.berg … second half: @gmx.net"): both parts are EMAIL;
 * - the local part with a provider word for the domain ("my gmail is anna.berg", "anna.berg on hotmail").
 * All scans are single regex passes with bounded quantifiers or bounded windows around an anchor: linear.
 */

/** Top-level domains a made-up domain must end with (common generic ones or two letters). */
const GENERIC_TLDS = new Set('com org net edu info biz io me app dev online email mail'.split(' '));
const tldOk = (tld: string) => /^[a-z]{2}$/i.test(tld) || GENERIC_TLDS.has(tld.toLowerCase());
const ADDRESS =
  /^[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,4}(\p{L}{2,24})$/u;
const validAddress = (a: string) => {
  const m = ADDRESS.exec(a);
  return !!m && tldOk(m[1]) && !a.includes('..');
};

/** "local<S>domain.tld" where S stands for "@": one or two signs, or a letter in brackets ("(a)", "[at]"). */
const SWAPPED =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}][\p{L}\p{N}._+-]{0,62}[\p{L}\p{N}])([^\p{L}\p{N}\s.,;:_+\-@'"()[\]]{1,2}|\([a-z]{1,2}\)|\[[a-z]{1,2}\])((?:[\p{L}\p{N}][\p{L}\p{N}-]{0,62}\.){1,4}(\p{L}{2,24}))(?![\p{L}\p{N}])/gu;
/** How far after the address the instruction to swap the sign may start, and how close "@" follows the sign there. */
const SWAP_REACH = 60;
const SWAP_GAP = 25;

/**
 * The folding reads "*", "|", "~", "·", "•" between letters as a blank ("anna*gmx.de" -> "anna gmx.de"): the same
 * form with one blank counts when the instruction names one of those signs.
 */
const BLANKED =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}][\p{L}\p{N}._+-]{0,62}[\p{L}\p{N}])( )((?:[\p{L}\p{N}][\p{L}\p{N}-]{0,62}\.){1,4}(\p{L}{2,24}))(?![\p{L}\p{N}])/gu;
const FOLDED_SIGNS = ['*', '|', '~', '·', '•'];

function swapped(text: string, out: RawMatch[]): void {
  const blanked: RegExpExecArray[] = [];
  if (FOLDED_SIGNS.some((c) => text.includes(c))) {
    // a rejected pair ("to nils.berg") may hide the next one ("nils.berg posteo.de"): the scan goes on one word later
    const re = new RegExp(BLANKED);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      // …and the instruction follows right away, in brackets: "(replace * with @)"
      if (tldOk(m[4]) && /^[ \t]*[([]/.test(text.slice(end, end + 4))) blanked.push(m);
      else re.lastIndex = m.index + m[1].length + 1;
    }
  }
  for (const m of [...text.matchAll(SWAPPED), ...blanked]) {
    const [whole, local, blank, domain, tld] = m;
    const signs = blank === ' ' ? FOLDED_SIGNS : [blank];
    if (!tldOk(tld)) continue;
    const end = m.index + whole.length;
    const after = text.slice(end, end + SWAP_REACH);
    // the instruction names the sign and "@": "(replace # with @)", "(§ замени на @)", "((a) → @)"
    const named = signs.some((sign) => {
      const at = after.indexOf(sign);
      const rest = after.slice(at + sign.length, at + sign.length + SWAP_GAP);
      return at >= 0 && /(?:^|[^\p{L}\p{N}])@(?![\p{L}\p{N}])/u.test(rest);
    });
    if (!named) continue;
    out.push(match('EMAIL', m.index, end, 0.85, `${local}@${domain}`.toLowerCase()));
  }
}

/** A "@" with the same joiner on both sides: the middle of an address spelled out one character at a time. */
const SPELLED_AT = /([.\-_])@\1/g;
const SPELL_REACH = 200;

function spelled(text: string, out: RawMatch[]): void {
  let done = 0;
  for (const m of text.matchAll(SPELLED_AT)) {
    if (m.index < done) continue;
    const sep = m[1];
    let start = m.index;
    while (start > 0 && !/\s/u.test(text[start - 1]) && m.index - start < SPELL_REACH) start--;
    let end = m.index + 3;
    while (end < text.length && !/\s/u.test(text[end]) && end - m.index < SPELL_REACH) end++;
    // trailing punctuation is not part of it, nor a full stop after the last character ("…f.r.")
    while (end > m.index + 3 && /[,;:!?)\]]/.test(text[end - 1])) end--;
    if (sep === '.' && text[end - 1] === '.' && text[end - 2] !== '.') end--;
    const pieces = text.slice(start, end).split(sep);
    let address = '';
    let single = 0;
    let empty = 0;
    for (const p of pieces) {
      if (p === '') {
        // a doubled joiner ("a..b" for "a.b" spelled with dots) is a dot
        if (empty++ === 0) address += '.';
        continue;
      }
      empty = 0;
      if (p.length === 1) single++;
      address += p;
    }
    // one character between joiners around the "@" at least (the folding may have closed up the rest: "sergey
    // sokolov.@.yandex...r.u"), and the result reads as an address
    if (single === 0 || !validAddress(address)) continue;
    done = end;
    out.push(match('EMAIL', start, end, 0.8, address.toLowerCase()));
  }
}

/** "ten.xmg@nnaatsil": no dot after "@", a dot before it, and the token read backwards is an address. */
const BACKWARDS =
  /(?<![\p{L}\p{N}._%+-])(\p{L}{2,24}(?:\.[\p{L}\p{N}-]{1,63}){1,4})@([\p{L}\p{N}][\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}])(?![\p{L}\p{N}.@-])/gu;

function backwards(text: string, out: RawMatch[]): void {
  for (const m of text.matchAll(BACKWARDS)) {
    if (m[2].includes('.')) continue;
    const reversed = [...m[0]].reverse().join('');
    if (!validAddress(reversed)) continue;
    out.push(match('EMAIL', m.index, m.index + m[0].length, 0.8, reversed.toLowerCase()));
  }
}

/** Words for "dot" and "@" in an address written back to front ("com dot yahoo at tyler.sullivan"). */
const REVERSED_DOT = '(?:dot|punto|point|punkt|kropka|nokta|titik|ponto|punt|dotto)';
const REVERSED_AT = '(?:at|arroba|arobase|chiocciola|klammeraffe|apenstaartje|małpa|malpa|snabel-a|kukac|atto)';
/**
 * Written back to front with words: the top-level domain first, then the domain, then the local part ("com dot yahoo
 * at tyler.sullivan.8", "es punto hotmail arroba valeria.castillo", "mx punto net punto prodigy arroba g.lopez").
 */
const REVERSED_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}@.])(\\p{L}{2,6})[ \\t]+${REVERSED_DOT}[ \\t]+([\\p{L}\\p{N}-]{2,40}(?:[ \\t]+${REVERSED_DOT}[ \\t]+[\\p{L}\\p{N}-]{2,40}){0,3})[ \\t]+${REVERSED_AT}[ \\t]+([\\p{L}\\p{N}](?:[\\p{L}\\p{N}._+-]{0,62}[\\p{L}\\p{N}])?)(?![\\p{L}\\p{N}@])`,
  'giu',
);

function reversedWords(text: string, out: RawMatch[]): void {
  for (const m of text.matchAll(REVERSED_WORDS)) {
    const labels = m[2].split(new RegExp(`[ \\t]+${REVERSED_DOT}[ \\t]+`, 'iu')).reverse();
    const address = `${m[3]}@${labels.join('.')}.${m[1]}`.toLowerCase();
    if (!validAddress(address)) continue;
    out.push(match('EMAIL', m.index, m.index + m[0].length, 0.8, address));
  }
}

/** Words that label an e-mail address (en de fr es it pt nl pl ru tr). */
const MAIL_LABEL =
  /(?<![\p{L}])(?:e-?mail\p{L}{0,3}|mail\p{L}{0,6}|correo|courriel|adresse?|adres\p{L}{0,3}|indirizzo|eposta|e-posta|почт\p{L}{0,2}|ящик|имейл)(?!\p{L})/iu;
const MAIL_LABEL_G = new RegExp(MAIL_LABEL.source, 'giu');
/** A local part: letters, digits, dots, dashes, underscores; no more than 64 characters. */
const LOCAL_PART = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}._\-]{0,62}[\p{L}\p{N}])?`;
/** "@domain.tld" on its own (nothing glued before the "@"). */
const LONE_DOMAIN =
  /(?<![\p{L}\p{N}._%+-])@((?:[\p{L}\p{N}][\p{L}\p{N}-]{0,62}\.){1,4}(\p{L}{2,24}))(?![\p{L}\p{N}])/gu;
/** What ends the first half: an ellipsis, a dot and a blank, a comma, a dash. */
const HALF_END = /^(?:[ \t]*(?:\.\.\.|…)|\.(?:[ \t]|$)|,|[ \t]+-[ \t])/u;
const SPLIT_REACH = 160;
const LOCAL_AFTER_LABEL = new RegExp(
  String.raw`^(?:[ \t]+\p{L}{1,12}){0,3}?[ \t]+(${LOCAL_PART})(?=[ \t]*(?:\.\.\.|…)|\.(?:[ \t]|$)|,|[ \t]+-[ \t])`,
  'u',
);

function splitHalves(text: string, out: RawMatch[]): void {
  if (!text.includes('@')) return;
  for (const m of text.matchAll(LONE_DOMAIN)) {
    if (!tldOk(m[2])) continue;
    const from = Math.max(0, m.index - SPLIT_REACH);
    const before = text.slice(from, m.index);
    // the nearest label, then its local part: the first value after it that ends at a break
    let label: RegExpExecArray | undefined;
    const re = new RegExp(MAIL_LABEL_G);
    for (let l = re.exec(before); l; l = re.exec(before)) label = l;
    if (!label) continue;
    const labelEnd = label.index + label[0].length;
    const local = LOCAL_AFTER_LABEL.exec(before.slice(labelEnd, labelEnd + 80));
    if (!local || !HALF_END.test(before.slice(labelEnd + local[0].length))) continue;
    const word = local[1];
    if (!/[\d._-]/.test(word) && word.length < 5) continue;
    const end = from + labelEnd + local[0].length;
    const start = end - word.length;
    const address = `${word}@${m[1]}`.toLowerCase();
    out.push(match('EMAIL', start, end, 0.8, address));
    out.push(match('EMAIL', m.index, m.index + m[0].length, 0.8, address));
  }
}

/** Mail providers whose name stands for the domain ("my gmail is …"); with an optional TLD ("web.de", "wp.pl"). */
const PROVIDER = String.raw`(?:g(?:oogle)?mail|hotmail|outlook|live|msn|yahoo|ymail|icloud|aol|gmx|web|t-online|freenet|posteo|mail\.ru|yandex|rambler|inbox|wp|onet|o2|interia|op|libero|alice|virgilio|tiscali|orange|free|laposte|sfr|wanadoo|ziggo|kpnmail|kpnplanet|hetnet|telenet|skynet|bol|uol|terra|sapo|proton(?:mail)?|tutanota|zoho|seznam|bk)(?:\.[a-z]{2,3})?`;
/** Words between the provider and the local part ("is", "ist", "est", "jest", "adresim", a dash or colon). */
const IS = '(?:is|ist|es|est|è|é|jest|to|это|adresim|adres|adresse|address|:|-|=)';
/** Words between the local part and the provider ("on", "en", "na", "bei", "auf"). */
const ON = '(?:on|en|na|at|bei|auf|op|chez|su|em|no|в|на|sur|di|u|de|in)';
const PROVIDER_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}.@-])(${PROVIDER})[ \t]{1,3}(?:${IS}[ \t]{1,3})?(${LOCAL_PART})(?![\p{L}\p{N}@]|\.[\p{L}\p{N}])`,
  'giu',
);
const LOCAL_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}.@-])(${LOCAL_PART})[ \t]{1,3}(?:${ON}[ \t]{1,3})?(${PROVIDER})(?![\p{L}\p{N}@-]|\.[\p{L}\p{N}])`,
  'giu',
);
/** Letters-only words ending like prose ("blocked", "unfortunately"): no local part. */
const PROSE_END = /(?:ly|tion|ment|ness|ing|ed|mente|ung|keit|heit|ción|zione|ção|ość|ие)$/u;
const LABEL_REACH = 50;

/** A plausible local part: ASCII, with a digit, dot, dash or underscore, or a long letters-only handle. */
function plausibleLocal(word: string, minLetters: number): boolean {
  if (!/^[a-z0-9._-]+$/i.test(word) || word.length > 64) return false;
  if (/[\d._-]/.test(word)) return /[a-z]/i.test(word) && word.length >= 4;
  return word.length >= minLetters && !PROSE_END.test(word) && word === word.toLowerCase();
}

function providers(text: string, out: RawMatch[]): void {
  const labelled = (start: number) => MAIL_LABEL.test(text.slice(Math.max(0, start - LABEL_REACH), start + 1));
  for (const m of text.matchAll(PROVIDER_FIRST)) {
    const [whole, provider, local] = m;
    if (!plausibleLocal(local, 10) || !labelled(m.index)) continue;
    out.push(match('EMAIL', m.index, m.index + whole.length, 0.7, `${local}@${provider}`.toLowerCase()));
  }
  for (const m of text.matchAll(LOCAL_FIRST)) {
    const [whole, local, provider] = m;
    if (!plausibleLocal(local, 7) || !labelled(m.index)) continue;
    // the label word itself is no local part ("e-mail on gmail")
    if (MAIL_LABEL.test(local)) continue;
    out.push(match('EMAIL', m.index, m.index + whole.length, 0.7, `${local}@${provider}`.toLowerCase()));
  }
}

export const emailEvasionRecognizer: Recognizer = {
  name: 'email-evasion',
  types: ['EMAIL'],
  find(text) {
    const out: RawMatch[] = [];
    swapped(text, out);
    if (text.includes('@')) {
      spelled(text, out);
      backwards(text, out);
      splitHalves(text, out);
    }
    providers(text, out);
    reversedWords(text, out);
    return out;
  },
};
