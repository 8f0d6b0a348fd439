/** Hold-out 38 obfuscations of e-mails, names, IP addresses and free text (addresses, dates written out). */
import type { Ip } from './pii-holdout38-ids.ts';
import { choose, FW, homoglyph, type Kind, linebreak, type Out, sorted, zw } from './pii-holdout38-obf.ts';
import type { Email, Person } from './pii-holdout38-people.ts';
import { AT_WORD, DOT_WORD, type Rng } from './pii-holdout38-util.ts';

export function renderEmail(r: Rng, e: Email, lang: string): Out {
  const t = choose(r, 'email', (n) => (n === 'at-local' || n === 'dot-local' ? lang !== 'en' : true));
  let local = e.local;
  let dom = [...e.domain];
  if (t.has('homoglyph')) {
    local = homoglyph(r, local, r.int(1, 2));
    dom = dom.map((d, i) => (i === 0 && r.chance(0.6) ? homoglyph(r, d, 1) : d));
  }
  if (t.has('upper')) [local, dom] = [local.toUpperCase(), dom.map((d) => d.toUpperCase())];
  const word = (w: string) => (t.has('upper') ? w.toUpperCase() : w);
  const at = t.has('at-word')
    ? r.pick([' at ', ' AT ', ' at ', ' At '])
    : t.has('at-bracket')
      ? r.pick([' [at] ', '[at]', ' (at) ', '(at)', '{at}', ' {at} ', '<at>', ' [AT] ', '(@)', '[@]'])
      : t.has('at-local')
        ? r.pick([` ${word(r.pick(AT_WORD[lang] ?? ['at']))} `, ` (${r.pick(AT_WORD[lang] ?? ['at'])}) `])
        : t.has('spaces')
          ? r.pick([' @ ', ' @', '@ '])
          : '@';
  const dot = t.has('dot-word')
    ? r.pick([' dot ', ' DOT ', ' dot '])
    : t.has('dot-bracket')
      ? r.pick([' [dot] ', '[dot]', '(dot)', ' (dot) ', '{dot}', '[.]', '(.)'])
      : t.has('dot-local')
        ? ` ${word(r.pick(DOT_WORD[lang] ?? ['dot']))} `
        : t.has('spaces')
          ? r.pick([' . ', ' .', '. '])
          : '.';
  let text: string;
  if (t.has('reversed')) {
    const [atW, dotW] =
      r.chance(0.5) || lang === 'en'
        ? ['at', 'dot']
        : [r.pick(AT_WORD[lang] ?? ['at']), r.pick(DOT_WORD[lang] ?? ['dot'])];
    text = `${[...dom].reverse().join(` ${word(dotW)} `)} ${word(atW)} ${local}`;
  } else {
    const localOut = dot !== '.' && r.chance(0.4) ? local.replace(/\./g, dot) : local;
    text = `${localOut}${at}${dom.join(dot)}`;
  }
  text = text.trim();
  if (t.has('zw')) text = zw(r, text);
  if (t.has('linebreak')) {
    const spots = [...text.matchAll(/[@.\] ]/g)]
      .map((m) => (m.index ?? 0) + 1)
      .filter((i) => i > 1 && i < text.length - 2);
    const k = spots.length > 0 ? r.pick(spots) : r.int(2, text.length - 2);
    text = `${text.slice(0, k)}\n${text.slice(k)}`;
  }
  return { text, tf: sorted(t) };
}

const LEET: Record<string, string> = { a: '4', e: '3', o: '0', i: '1', A: '4', E: '3', O: '0', I: '1' };
export function renderName(r: Rng, p: Person, givenOnly: boolean): Out {
  const kind: Kind = p.native ? 'native' : givenOnly ? 'given' : 'name';
  const t = choose(r, kind, (n) => n !== 'leet' || /[aeoiAEOI]/.test(p.first + p.last));
  let parts = givenOnly ? [p.first] : p.native ? [p.last, p.first] : [p.first, p.last];
  if (t.has('initials')) parts = [`${p.first[0]}.${r.chance(0.3) ? ` ${r.pick([...'ABCDEJMRS'])}.` : ''}`, p.last];
  if (t.has('caps')) parts = parts.map((s) => s.toUpperCase());
  if (t.has('lower')) parts = parts.map((s) => s.toLowerCase());
  if (t.has('homoglyph'))
    parts = parts.map((s, i) => (i === parts.length - 1 || r.chance(0.4) ? homoglyph(r, s, r.int(1, 2)) : s));
  if (t.has('leet'))
    parts = parts.map((s) => s.replace(/[aeoiAEOI]/g, (c) => (r.chance(0.6) ? (LEET[c] as string) : c)));
  if (t.has('leet') && !/[0134]/.test(parts.join('')))
    parts = parts.map((s) => s.replace(/[aeoiAEOI]/, (c) => LEET[c] as string));
  if (t.has('homoglyph') && !/[\u0370-\u04ff]/.test(parts.join(''))) t.delete('homoglyph');
  let text = parts.join(p.native && r.chance(0.5) ? '' : ' ');
  if (t.has('spaced')) text = parts.map((s) => [...s].join(' ')).join(r.pick(['  ', '   ', ' ']));
  if (t.has('zw')) text = zw(r, text);
  return { text, tf: sorted(t) };
}

export function renderIp(r: Rng, ip: Ip, lang: string): Out {
  const t = choose(r, ip.v6 ? 'ip6' : 'ip4');
  let parts = ip.parts;
  if (t.has('fullwidth')) parts = parts.map(FW);
  if (t.has('upper')) parts = parts.map((s) => s.toUpperCase());
  const dw = lang === 'en' || r.chance(0.5) ? 'dot' : r.pick(DOT_WORD[lang] ?? ['dot']);
  const sep = ip.v6
    ? t.has('ip-spaces')
      ? ' : '
      : t.has('ip-bracket')
        ? '[:]'
        : ':'
    : t.has('ip-bracket')
      ? '[.]'
      : t.has('ip-paren')
        ? r.pick(['(.)', '(dot)', ' (dot) '])
        : t.has('ip-word')
          ? ` ${dw} `
          : t.has('ip-spaces')
            ? r.pick([' . ', ' .', ' '])
            : '.';
  let text = parts.join(sep).replace(/ {2,}/g, ' ');
  if (t.has('zw')) text = zw(r, text);
  return { text, tf: sorted(t) };
}

export function renderText(r: Rng, s: string, kind: 'addr' | 'text'): Out {
  const t = choose(r, kind, (n) =>
    n === 'linebreak'
      ? s.includes(', ')
      : n === 'caps'
        ? /[a-z]/.test(s)
        : n === 'lower'
          ? /[A-Z]/.test(s)
          : n !== 'fullwidth' || /\d/.test(s),
  );
  let text = s;
  if (t.has('caps')) text = text.toUpperCase();
  if (t.has('lower')) text = text.toLowerCase();
  if (t.has('fullwidth')) text = FW(text);
  if (t.has('linebreak'))
    text = linebreak(r, text, /, /g)
      .replace(/^(.*?)\n ?/s, '$1\n')
      .replace(/,\n/, '\n');
  if (t.has('zw')) text = zw(r, text);
  return { text, tf: sorted(t) };
}
