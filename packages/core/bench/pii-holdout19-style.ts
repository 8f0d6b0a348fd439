/**
 * Hold-out 19 chat styles, applied to the words around the values (never to a value's characters, except the casing of
 * names chosen by `nameCase`): plain (lowercase, no punctuation), emoji (some glued to the value), abbrev ("pls",
 * "no.", "num", "ph", "wa", "u", "dm me"), stretch (repeated letters and typos), shout (capitalised words for emphasis).
 */
import { choose, int, L, type Rand } from './pii-holdout19-values.ts';

export const STYLES = L('plain|emoji|abbrev|stretch|shout');
export type Style = (typeof STYLES)[number];

const EMOJI = L('🙏|😂|🔥|👍|😭|💯|🥺|❤️|😅|🤣|🙄|✅|📞|📦|💸|😡|🤦‍♂️|👀');
const ABBR: Record<string, string[]> = {
  please: ['pls', 'plz', 'plss', 'pleaseee'],
  number: L('no.|num|no|nmbr|#'),
  phone: ['ph', 'fone'],
  whatsapp: ['wa', 'watsapp', 'whtsapp', 'WA'],
  you: ['u', 'u'],
  your: ['ur', 'yr'],
  message: ['msg', 'mssg'],
  tomorrow: ['tmrw', 'tmr', '2moro'],
  thanks: ['thx', 'tnx', 'tq', 'ty'],
  because: ['bcoz', 'coz', 'cuz'],
  email: ['mail', 'e-mail', 'eml'],
  meeting: ['mtg'],
  address: ['addr', 'add'],
  urgent: ['urgnt', 'asap'],
  okay: ['k', 'okie'],
  ok: ['k', 'okie', 'okk'],
  mobile: ['mob', 'mob no'],
  account: ['acc', 'a/c'],
};
const SHOUT = L('URGENT|PLEASE|ASAP|NOW|ALREADY|SERIOUSLY|TODAY');

const mapWords = (s: string, f: (w: string) => string) => s.replace(/[\p{L}\p{N}'-]+/gu, f);

function stretch(w: string, r: Rand): string {
  if (w.length < 3 || /\d/.test(w)) return w;
  if (r() < 0.5) {
    const i = w.length - 1;
    return w + w[i].repeat(int(r, 1, 4));
  }
  const i = int(r, 1, w.length - 2);
  return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
}

/**
 * Styles one run of words between values. `beforeValue` / `afterValue` say whether a value touches its end / start
 * (the emoji style then sometimes glues an emoji to the value).
 */
export function styleText(s: string, style: Style, r: Rand, afterValue: boolean, beforeValue: boolean): string {
  let out = s;
  if (style === 'abbrev') {
    out = mapWords(out, (w) => (ABBR[w] && r() < 0.75 ? choose(r, ABBR[w]) : w));
    if (!beforeValue && r() < 0.25) out += choose(r, [' dm me', ' pls reply', ' asap', ' tia']);
  } else if (style === 'stretch') {
    out = mapWords(out, (w) => (r() < 0.22 ? stretch(w, r) : w));
  } else if (style === 'shout') {
    out = mapWords(out, (w) => (r() < 0.12 ? w.toUpperCase() : r() < 0.1 ? w[0].toUpperCase() + w.slice(1) : w));
    if (!beforeValue && r() < 0.4) out += ` ${choose(r, SHOUT)}${choose(r, ['!!', '!!!', '', ' !!'])}`;
  } else if (style === 'emoji') {
    if (afterValue && /^\s/.test(out) && r() < 0.4) out = choose(r, EMOJI) + out;
    if (beforeValue && /\s$/.test(out) && r() < 0.25) out = out + choose(r, EMOJI);
    const words = out.split(' ');
    if (words.length > 3 && r() < 0.6) {
      const i = int(r, 1, words.length - 2);
      words.splice(i, 0, choose(r, EMOJI));
      out = words.join(' ');
    }
    if (!beforeValue) out += ` ${choose(r, EMOJI)}${r() < 0.4 ? choose(r, EMOJI) : ''}`;
  }
  return out;
}

/** How a name is written in a chat of this style: mostly lowercase, capitalised, or in capitals when shouting. */
export function nameCase(v: string, style: Style, r: Rand): [string, string] {
  const k = r();
  if (style === 'shout') return k < 0.25 ? [v.toUpperCase(), 'upper'] : [v, 'title'];
  if (k < 0.6) return [v.toLowerCase(), 'lower'];
  return [v, 'title'];
}
