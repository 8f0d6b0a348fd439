/**
 * Hold-out 34: how dates of birth, Spanish DNI/NIE and Dutch BSN are written, plain and in each style
 * (see pii-holdout34-forms.ts).
 */
import { FW, invisible, MONTHS, regroup } from './pii-holdout34-chars.ts';
import type { Style } from './pii-holdout34-forms.ts';
import { choose, type Dob, type Lang, pad, type Rand } from './pii-holdout34-values.ts';

const ORD_EN = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
export function dobForm(b: Dob, region: string, style: Style, lang: Lang, r: Rand): string | undefined {
  const [d, m, y] = [pad(b.d), pad(b.m), String(b.y)];
  const sep = { DE: '.', PL: '.', TR: '.', NL: '-', SE: '-' }[region] ?? '/';
  const local = region === 'US' ? `${m}/${d}/${y}` : region === 'SE' ? `${y}-${m}-${d}` : [d, m, y].join(sep);
  const mon = MONTHS[lang][b.m - 1];
  switch (style) {
    case 'plain':
      return local;
    case 'format':
      return choose(r, [
        `${y}-${m}-${d}`,
        region === 'US' ? `${m}${d}${y}` : region === 'SE' ? `${y}${m}${d}` : `${d}${m}${y}`,
        region === 'US'
          ? `${b.m}/${b.d}/${y.slice(2)}`
          : region === 'SE'
            ? `${y.slice(2)}${m}${d}`
            : [d, m, y.slice(2)].join(sep),
        region === 'US' ? `${b.m}-${b.d}-${y}` : region === 'SE' ? `${b.d}/${b.m} ${y}` : [b.d, b.m, y].join(sep),
        `${y}/${m}/${d}`,
      ]);
    case 'words':
      if (lang === 'en')
        return choose(r, [
          `${ORD_EN(b.d)} of ${mon} ${y}`,
          `${mon} ${ORD_EN(b.d)}, ${y}`,
          `${b.d} ${mon.slice(0, 3)} '${y.slice(2)}`,
          `${mon.toLowerCase()} ${b.d} ${y}`,
          `${b.d}-${mon.slice(0, 3)}-${y}`,
        ]);
      return choose(r, [
        `${b.d}${lang === 'de' ? '.' : ''} ${mon} ${y}`,
        `${b.d} ${mon.toLowerCase()} ${y}`,
        `${b.d}${lang === 'de' ? '.' : ''} ${mon.slice(0, 3)}${lang === 'de' ? '.' : ''} ${y}`,
        lang === 'es' || lang === 'pt' ? `${b.d} de ${mon} de ${y}` : `${b.d} ${mon} '${y.slice(2)}`,
        `${d} ${mon.slice(0, 3).toUpperCase()} ${y}`,
      ]);
    case 'spacing':
      return choose(r, [
        local.replaceAll(/[./-]/g, (x) => ` ${x} `),
        local.replaceAll(/[./-]/g, ' '),
        local.replace(/[./-]/, (x) => `${x} `),
      ]);
    case 'fullwidth':
      return FW(local, true);
    case 'invisible':
      return invisible(local, r);
  }
}

export function dniForm(id: string, style: Style, r: Rand): string | undefined {
  const [body, l] = [id.slice(0, -1), id.slice(-1)];
  switch (style) {
    case 'plain':
      return r() < 0.7 ? id : `${body}-${l}`;
    case 'spacing':
      return choose(r, [
        `${body} ${l}`,
        `${body.slice(0, 2)} ${body.slice(2, 5)} ${body.slice(5)} ${l}`,
        `${body}  -  ${l}`,
      ]);
    case 'punct':
      return /^\d/.test(body)
        ? `${body.slice(0, 2)}.${body.slice(2, 5)}.${body.slice(5)}-${l}`
        : `${body[0]}-${body.slice(1)}-${l}`;
    case 'case':
      return id.toLowerCase();
    case 'fullwidth':
      return FW(id, true);
    case 'invisible':
      return invisible(id, r);
  }
}

export function bsnForm(id: string, style: Style, r: Rand): string | undefined {
  switch (style) {
    case 'plain':
      return id;
    case 'spacing':
      return choose(r, [
        `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`,
        `${id.slice(0, 4)} ${id.slice(4, 6)} ${id.slice(6)}`,
        regroup(id, r, () => ' '),
      ]);
    case 'punct':
      return choose(r, [
        `${id.slice(0, 4)}.${id.slice(4, 6)}.${id.slice(6)}`,
        `${id.slice(0, 3)}-${id.slice(3, 6)}-${id.slice(6)}`,
        `${id.slice(0, 3)}.${id.slice(3, 6)}.${id.slice(6)}`,
      ]);
    case 'fullwidth':
      return FW(id, true);
    case 'invisible':
      return invisible(id, r);
  }
}
