import { labelBefore } from '../context.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { ipView } from './ip-view.ts';
import { match } from './util.ts';

/** IPv4 / IPv6 addresses (parsed and validated) and credentials embedded in URLs (scheme://user:pass@host). */
// Leading zeros are written too ("109.151.092.162", "008.047.098.091").
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|0\\d\\d|0?[1-9]?\\d)';
/** A prefix length ("/24", "/64") after the address belongs to it. */
const CIDR = String.raw`(?:\/\d{1,3}(?!\d))?`;
// Dots may be defanged ("10[.]0[.]0[.]1"); a ":port" after the address belongs to it.
const IPV4_DOT = String.raw`(?:\.|\[\.\]|\(\.\))`;
const IPV4_BODY = `${OCTET}(?:${IPV4_DOT}${OCTET}){3}(?::\\d{1,5}(?!\\d)|${CIDR})(?![\\p{L}\\p{N}]|\\.\\d)`;
/**
 * Not inside a word or number; glued to a letter of a script written without spaces ("我的IP是59.75.93.51",
 * "ไอพีคือ10.…") it stands alone all the same.
 */
const UNSPACED_LETTER = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
const IPV4 = new RegExp(`(?<![\\p{N}.])(?<!(?![${UNSPACED_LETTER}])\\p{L})${IPV4_BODY}`, 'gu');
const IPV6_BODY = String.raw`[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?:%[0-9a-z]+)?${CIDR}(?![\p{L}\p{N}:]|\.\d)`;
// Not right after a colon, unless that colon ends a label ("remote_addr:fe80::…", "IPアドレス：::ffff:…", "IP-адрес:fe80…",
// whose look-alike letters were folded to Latin ones: "aдpec").
const IPV6_CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}.])(?:(?<!:)|(?<=(?:[g-z_]|[^\x00-\x7f]\p{L}{0,8}):))${IPV6_BODY}`,
  'giu',
);
/** Glued to its label ("IP10.0.0.7", "serverfd00:…"): kept only right after an IP context word. */
const IPV4_GLUED = new RegExp(`(?<=\\p{L})${IPV4_BODY}`, 'giu');
const IPV6_GLUED = new RegExp(String.raw`(?<=\p{L})${IPV6_BODY}`, 'giu');
/** Loopback, unspecified and broadcast addresses identify no one. */
const NOT_PERSONAL = new Set(['0.0.0.0', '127.0.0.1', '255.255.255.255', '::1', '::', '0:0:0:0:0:0:0:1']);
const BRACKET_PORT = /^[ \t]{0,2}\](?:[ \t]{0,2}:[ \t]{0,2}\d(?: ?\d){0,4}(?!\d))?/;
const BRACKET_BEFORE = /\[[ \t]{0,2}$/;
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
  find(original) {
    const out: RawMatch[] = [];
    const view = ipView(original);
    const text = view?.folded ?? original;
    const found = (start: number, end: number, value: string) =>
      view
        ? match('IP_ADDRESS', view.startOf[start], view.endOf[end - 1], 0.85, value)
        : match('IP_ADDRESS', start, end, 0.85, value);
    if (text.includes('.')) {
      const glued = [...text.matchAll(IPV4_GLUED)].filter((m) => labelBefore(text, 'IP_ADDRESS', m.index));
      for (const m of [...text.matchAll(IPV4), ...glued]) {
        const before = text.slice(Math.max(0, m.index - 2), m.index).toLowerCase();
        const address = m[0].replace(/[[\]()]/g, '').replace(/[:/]\d+$/, '');
        if (/v$/.test(before) || NOT_PERSONAL.has(address)) continue; // "v1.2.3.4" is a version
        out.push(found(m.index, m.index + m[0].length, address));
      }
    }
    if (text.includes(':')) {
      const glued = [...text.matchAll(IPV6_GLUED)].filter((m) => labelBefore(text, 'IP_ADDRESS', m.index));
      for (const m of [...text.matchAll(IPV6_CANDIDATE), ...glued]) {
        const address = m[0].replace(/\/\d+$/, '');
        if (!isIPv6(address) || NOT_PERSONAL.has(address.toLowerCase())) continue;
        // "[fe80::1]:8443": brackets and port belong to the address, as ":port" does after an IPv4 one.
        const open = BRACKET_BEFORE.exec(text.slice(Math.max(0, m.index - 3), m.index));
        const port = open ? BRACKET_PORT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) : null;
        const [start, end] = port
          ? [m.index - (open?.[0].length ?? 0), m.index + m[0].length + port[0].length]
          : [m.index, m.index + m[0].length];
        out.push(found(start, end, address.toLowerCase()));
      }
    }
    if (original.includes(':')) {
      for (const m of original.matchAll(URL_CREDENTIALS)) {
        // The span is the userinfo ("user:pass"); scheme and host stay readable for the model.
        const start = m.index + m[1].length + 3;
        const end = start + m[2].length + 1 + m[3].length;
        out.push(match('URL_CREDENTIALS', start, end, 0.95, `${m[2]}:${m[3]}`));
      }
    }
    return out;
  },
};
