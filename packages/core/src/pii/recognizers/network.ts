import { labelBefore } from '../context.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { match } from './util.ts';

/** IPv4 / IPv6 addresses (parsed and validated) and credentials embedded in URLs (scheme://user:pass@host). */
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// Dots may be defanged ("10[.]0[.]0[.]1"), words ("10(dot)0(dot)0(dot)1", "10 dot 0 dot 0 dot 1") or spaced
// ("10 . 0 . 0 . 1"); a ":port" after the address belongs to it.
const IPV4_DOT = String.raw`(?:\.|\[\.\]|\(\.\)| ?[\[({] ?dot ?[\])}] ?| dot | \. )`;
/** Any of those dots, for the value. */
const ANY_DOT = / ?[[({] ?(?:dot|\.) ?[\])}] ?| dot | \. /gi;
const IPV4_BODY = `${OCTET}(?:${IPV4_DOT}${OCTET}){3}(?::\\d{1,5}(?!\\d))?(?![\\p{L}\\p{N}]|\\.\\d)`;
const IPV4 = new RegExp(`(?<![\\p{L}\\p{N}.])${IPV4_BODY}`, 'giu');
const IPV6_BODY = String.raw`[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?:%[0-9a-z]+)?(?![\p{L}\p{N}:]|\.\d)`;
const IPV6_CANDIDATE = new RegExp(String.raw`(?<![\p{L}\p{N}:.])${IPV6_BODY}`, 'giu');
/** Glued to its label ("IP10.0.0.7", "serverfd00:…"): kept only right after an IP context word. */
const IPV4_GLUED = new RegExp(`(?<=\\p{L})${IPV4_BODY}`, 'giu');
const IPV6_GLUED = new RegExp(String.raw`(?<=\p{L})${IPV6_BODY}`, 'giu');
/** Loopback, unspecified and broadcast addresses identify no one. */
const NOT_PERSONAL = new Set(['0.0.0.0', '127.0.0.1', '255.255.255.255', '::1', '::', '0:0:0:0:0:0:0:1']);
const IPV4_TAIL = /^(?:\d{1,3}\.){3}\d{1,3}$/;

export function isIPv6(candidate: string): boolean {
  let s = candidate.replace(/%[0-9a-z]+$/i, '');
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!IPV4_TAIL.test(tail) || !tail.split('.').every((o) => Number(o) <= 255)) return false;
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return false;
  const count = head.length + rest.length;
  if (halves.length === 1) return count === 8;
  // Require some substance: "::" alone or "a::" look like code/prose more often than addresses.
  return count <= 7 && count >= 2;
}

const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{1,15}):\/\/([^\s:/@"'<>]+):([^\s/"'<>]+)@(?=[\p{L}\p{N}[])/giu;

export const networkRecognizer: Recognizer = {
  name: 'network',
  types: ['IP_ADDRESS', 'URL_CREDENTIALS'],
  find(text) {
    const out: RawMatch[] = [];
    if (text.includes('.') || /dot/i.test(text)) {
      const glued = [...text.matchAll(IPV4_GLUED)].filter((m) => labelBefore(text, 'IP_ADDRESS', m.index));
      for (const m of [...text.matchAll(IPV4), ...glued]) {
        const before = text.slice(Math.max(0, m.index - 2), m.index).toLowerCase();
        const address = m[0].replace(ANY_DOT, '.').replace(/:\d+$/, '');
        if (/v$/.test(before) || NOT_PERSONAL.has(address)) continue; // "v1.2.3.4" is a version
        out.push(match('IP_ADDRESS', m.index, m.index + m[0].length, 0.85, address));
      }
    }
    if (text.includes(':')) {
      const glued = [...text.matchAll(IPV6_GLUED)].filter((m) => labelBefore(text, 'IP_ADDRESS', m.index));
      for (const m of [...text.matchAll(IPV6_CANDIDATE), ...glued]) {
        if (isIPv6(m[0]) && !NOT_PERSONAL.has(m[0].toLowerCase()))
          out.push(match('IP_ADDRESS', m.index, m.index + m[0].length, 0.85, m[0].toLowerCase()));
      }
      for (const m of text.matchAll(URL_CREDENTIALS)) {
        // The span is the userinfo ("user:pass"); scheme and host stay readable for the model.
        const start = m.index + m[1].length + 3;
        const end = start + m[2].length + 1 + m[3].length;
        out.push(match('URL_CREDENTIALS', start, end, 0.95, `${m[2]}:${m[3]}`));
      }
    }
    return out;
  },
};
