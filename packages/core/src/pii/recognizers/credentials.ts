import { escapeRegExp } from '../context.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { CODE_LABELS, NOT_A_VALUE, PASSWORD_LABELS, UNSPACED_LABELS } from './credential-labels.ts';
import { match } from './util.ts';

/**
 * SECRET: a credential typed after its label (credential-labels.ts) — "password: hunter2", "pwd=Tr0ub4dor&3", "my
 * password is Summer2024!", "mein Passwort ist …", "le mot de passe est …", "PIN 4821", "CVV 123", "OTP: 448120",
 * "密码是…", in quotes or not.
 * The value is the next token up to a blank (3-64 characters; in quotes, up to the closing quote); after a PIN, card
 * code or one-time-code label, 3 to 8 digits. What joins the label to the token decides how much it must look like one:
 * - a field mark (":", "=", also after a quoted key: "\"password\": …"; a Korean or Chinese particle): any token
 *   that is no placeholder or sentence word ("password: hidden", "Password: required", "password: string" in code,
 *   "****", "<redacted>");
 * - a verb ("is", "ist", "est", "was" …): a token with a digit, a symbol or a capital inside, or in quotes — "the
 *   password is too short", "my PIN is on the card" are sentences about a password;
 * - a blank only: a token with a digit ("password reset link", "I forgot my password" have none); never after "pass".
 * Labels are matched without the 'u' flag (a long alternation compiles slowly with it); edges are checked by hand.
 * The value is read from a bounded slice after the label (linear time).
 */
const labelsRe = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, String.raw`[ \t]+`).replace(/-/g, '[- ]?'))
    .join('|');
const PASSWORDS = new Set(PASSWORD_LABELS);
const LABELS = new RegExp(`${labelsRe([...PASSWORD_LABELS, ...CODE_LABELS])}`, 'gi');
const UNSPACED = new RegExp(labelsRe(UNSPACED_LABELS), 'g');
const ALNUM = /[\p{L}\p{N}]/u;
/** A label ends its word: "passport", "passwords", "pinned", "PIN1" are other words. */
const edges = (text: string, start: number, end: number) =>
  !(start > 0 && ALNUM.test(text[start - 1])) && !(end < text.length && (ALNUM.test(text[end]) || text[end] === '_'));

/** What joins a label to its value (sticky): a field mark, or a verb, or blanks only. */
const JOIN =
  /["'”’»)]?[ \t]{0,3}(?:(?<field>:=|=>|->|[:=：])[ \t]{0,3}|(?<verb>is|ist|est|es|é|è|lautet|war|was|era|jest|je|это|—|(?:should|must|will|would|shall)[ \t]+be)(?:[ \t]+(?:now|jetzt|maintenant|ahora|still|noch))?[ \t]+)?(?:(?:bitte|please|pls|graag|svp|por[ \t]+favor|per[ \t]+favore|proszę|lütfen)[ \t]+)?/iy;
/**
 * A passphrase: after the first word, one to three more on the same line, the last with a digit, then the line or
 * the sentence ends ("Passwort: lua kotek 26", "the password is winter lua 46.").
 */
const PASSPHRASE_REST =
  /(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}!#$%&*+?@_.-]{0,20}){0,2}[ \t]+[\p{L}\p{N}!#$%&*+?@_.-]{0,20}\d[\p{L}\p{N}!#$%&*+?@_-]{0,20}(?=[ \t]*(?:$|[\r\n]|[.,;!?)](?:\s|$)))/uy;
/** "password for my bank account is …", "Passwort für Netflix: …": up to three words, then a field mark or a verb. */
const FOR =
  /[ \t]+(?:for|für|pour|para|per|voor|do|dla|of|on|at|to)(?:[ \t]+[^\s:=]{1,30}){1,3}?(?=["'”’]?[ \t]{0,3}(?:[:=：]|(?:is|ist|est|es|é|è|lautet|war|was|era|(?:should|must|will|would|shall)[ \t]+be)[ \t]))/iy;
/** After a Chinese, Japanese or Korean label: a colon, a particle or "is". */
const JOIN_UNSPACED = /[ \t]{0,3}(?:[:=：]|是|为|為|は|는|은|이|가|:)?[ \t]{0,3}/y;
const OPEN_QUOTE: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '“': '”',
  '‘': '’',
  '«': '»',
  '`': '`',
  '「': '」',
};
/** A token ends at a blank, at Chinese / Japanese / Korean text or at its punctuation. */
const TOKEN = /[^\s\u3000-\u9fff\uac00-\ud7af\uff01-\uff0f\uff1a-\uff20]{1,80}/y;
const TRAILING = /[.,;:)\]}>'"”’»]+$/;
const MASK = /^[*•●xX#._\-?]+$/;
/**
 * Templates, variables and code: "${PASSWORD}", "$DB_PASS", "%PASS%", "<your password>", "[password]", "{{…}}",
 * "os.getenv(…)", "self.password", a path ("pwd: /home/…"), an email. A password that starts with "$" ("$0mm3r_43")
 * is one.
 */
const NOT_LITERAL =
  /^(?:\$\{|\$\(|\$[A-Z_][A-Z0-9_]*$|%\w+%$|[<[{])|\(|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$|^[~.]?\/|^https?:|^[\w.+-]+@[\w-]+\.[a-zA-Z]{2,}$/;

/** Names standing for a password: "my_password", "your-password", "YOUR_PASSWORD", "DB_PASS", "secret_here". */
const NAMED_PLACEHOLDER =
  /^(?:[a-z]+[_-])*(?:password|passwd|pass|pwd|secret|pin|code|here)(?:[_-][a-z]+)*$|^[A-Z]+(?:_[A-Z]+)+$/i;

type Join = 'field' | 'verb' | 'blank';

/** Words of a sentence about a password's rules ("is longer than 8", "too short at 6", "mindestens 8 Zeichen"). */
const RULE_WORDS =
  /(?:^|[ \t])(?:too|than|least|most|more|less|only|not|longer|shorter|at|of|with|without|characters?|chars|digits|letters|zeichen|stellen|mindestens|caractères|caracteres|caratteri|znaków|min|max|minimum|maximum|over|under|about|exactly|just|between|and|or|und|oder|et|ou|y|o|e)(?=[ \t]|$)/i;
const sentenceWords = (phrase: string) => RULE_WORDS.test(phrase);

function readValue(text: string, at: number): { start: number; end: number; quoted: boolean } | undefined {
  const close = OPEN_QUOTE[text[at]];
  if (close) {
    const stop = text.indexOf(close, at + 1);
    if (stop < 0 || stop - at - 1 > 64 || stop - at - 1 < 3) return undefined;
    const inner = text.slice(at + 1, stop);
    if (/[\n\r]/.test(inner)) return undefined;
    return { start: at + 1, end: stop, quoted: true };
  }
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(text);
  if (!m) return undefined;
  let token = m[0];
  const trailing = token.match(TRAILING);
  if (trailing) token = token.slice(0, token.length - trailing[0].length);
  return { start: at, end: at + token.length, quoted: false };
}

function passwordLike(value: string, join: Join, quoted: boolean, label: string): boolean {
  if (value.length < 3 || value.length > 64 || MASK.test(value) || NOT_LITERAL.test(value)) return false;
  if (NAMED_PLACEHOLDER.test(value)) return false;
  if (NOT_A_VALUE.has(value.toLowerCase())) return false;
  if (/^pass$/i.test(label) && join !== 'field') return false;
  if (join === 'field' || quoted) return true;
  const marked = /\d/.test(value) || /[^\p{L}\p{N}]/u.test(value) || /.\p{Lu}/u.test(value);
  if (join === 'verb') return marked;
  return /\d/.test(value) && (/\p{L}/u.test(value) || value.length >= 4);
}

/** Labels that are English words too ("pin 13", "tan 45°", "cid"): without a field mark or verb, in capitals only. */
const WORD_LIKE = /^(?:pin|tan|cid|csc|otp)$/;

function codeLike(value: string, join: Join, label: string): boolean {
  if (!/^\d{3,8}$/.test(value)) return false;
  if (join !== 'blank' || !WORD_LIKE.test(label.toLowerCase())) return true;
  return label === label.toUpperCase() || (label.toLowerCase() === 'pin' && value.length >= 4);
}

function joinAfter(text: string, end: number, unspaced: boolean): { at: number; join: Join } {
  if (unspaced) {
    JOIN_UNSPACED.lastIndex = end;
    JOIN_UNSPACED.exec(text);
    return { at: JOIN_UNSPACED.lastIndex, join: 'field' };
  }
  FOR.lastIndex = end;
  const from = FOR.exec(text) ? FOR.lastIndex : end;
  JOIN.lastIndex = from;
  const m = JOIN.exec(text);
  const join: Join = m?.groups?.field ? 'field' : m?.groups?.verb ? 'verb' : 'blank';
  // "Password for Netflix hunter2": the words after "for" need a field mark or a verb before the value.
  if (from !== end && join === 'blank') return { at: end, join: 'blank' };
  return { at: m ? JOIN.lastIndex : from, join };
}

export const credentialRecognizer: Recognizer = {
  name: 'credential',
  types: ['SECRET'],
  find(text) {
    const out: RawMatch[] = [];
    for (const [re, unspaced] of [
      [LABELS, false],
      [UNSPACED, true],
    ] as const) {
      for (const m of text.matchAll(re)) {
        const end = m.index + m[0].length;
        if (!unspaced && !edges(text, m.index, end)) continue;
        const label = m[0].replace(/\s+/g, ' ');
        const isCode = !unspaced && !PASSWORDS.has(label.toLowerCase());
        const { at, join } = joinAfter(text, end, unspaced);
        if (at === end && join === 'blank' && !/^[ \t]/.test(text.slice(end, end + 1)) && !unspaced) continue;
        const start = join === 'blank' && !unspaced ? at + (text.slice(at).match(/^[ \t]{1,3}/)?.[0].length ?? 0) : at;
        const v = readValue(text, start);
        if (!v) continue;
        if (!isCode && !v.quoted && join !== 'blank') {
          PASSPHRASE_REST.lastIndex = v.end;
          if (PASSPHRASE_REST.exec(text) && !sentenceWords(text.slice(v.start, PASSPHRASE_REST.lastIndex)))
            v.end = PASSPHRASE_REST.lastIndex;
        }
        const value = text.slice(v.start, v.end);
        const ok = isCode ? codeLike(value, join, m[0]) : passwordLike(value, join, v.quoted, m[0]);
        if (!ok) continue;
        out.push(match('SECRET', v.start, v.end, join === 'blank' ? 0.8 : 0.9, value));
      }
    }
    return out;
  },
};
