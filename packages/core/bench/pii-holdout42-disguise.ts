/** Hold-out 42: invisible/emoji/line-break (stage 2) and wrapper/structure (stage 3) transforms; the disguise picker. */
import type { Seg } from './pii-holdout42-core.ts';
import {
  ALL,
  changed,
  chars,
  compact,
  EMOJI,
  NUM,
  sprinkle,
  type TCtx,
  TRANSFORMS_A,
  type Transform,
  wrap,
} from './pii-holdout42-transforms.ts';
import { WORDS } from './pii-holdout42-words.ts';

export const TRANSFORMS_B: Transform[] = [
  // stage 2: invisible characters, emoji, line breaks
  {
    name: 'zero-width-space',
    stage: 2,
    types: ALL,
    apply: (v, c) =>
      changed(
        v,
        sprinkle(c.rng, v, () => '\u200b', c.rng.int(1, 3)),
      ),
  },
  {
    name: 'zero-width-joiner',
    stage: 2,
    types: ALL,
    apply: (v, c) =>
      changed(
        v,
        sprinkle(c.rng, v, () => c.rng.pick(['\u200d', '\u200c', '\u2060', '\ufeff']), c.rng.int(1, 3)),
      ),
  },
  {
    name: 'soft-hyphen',
    stage: 2,
    types: ['PERSON', 'EMAIL', 'ADDRESS', 'IBAN', 'USERNAME', 'SECRET'],
    apply: (v, c) =>
      changed(
        v,
        sprinkle(c.rng, v, () => '\u00ad', c.rng.int(1, 3)),
      ),
  },
  {
    name: 'bidi-mark',
    stage: 2,
    types: [...NUM, 'IP_ADDRESS'],
    apply: (v, c) =>
      changed(
        v,
        sprinkle(c.rng, v, () => c.rng.pick(['\u200e', '\u200f']), c.rng.int(1, 2)),
      ),
  },
  {
    name: 'emoji-between',
    stage: 2,
    types: ['PERSON', 'PHONE', 'CREDIT_CARD', 'IBAN', 'ADDRESS'],
    apply: (v, c) => {
      const ps = v.split(' ');
      if (ps.length < 2) return null;
      const i = c.rng.int(1, ps.length - 1);
      return `${ps.slice(0, i).join(' ')} ${c.rng.pick(EMOJI)} ${ps.slice(i).join(' ')}`;
    },
  },
  {
    name: 'line-break',
    stage: 2,
    prose: true,
    types: ALL,
    apply: (v, c) => {
      const cs = chars(v);
      if (cs.length < 8) return null;
      const sps = cs.map((ch, i) => (ch === ' ' && i > 2 && i < cs.length - 3 ? i : -1)).filter((i) => i > 0);
      if (sps.length) {
        const i = c.rng.pick(sps);
        return `${cs.slice(0, i).join('')}\n${cs.slice(i + 1).join('')}`;
      }
      const i = c.rng.int(3, cs.length - 3);
      return `${cs.slice(0, i).join('')}\n${cs.slice(i).join('')}`;
    },
  },
  // stage 3: wrappers and structure (end the chain)
  {
    name: 'reversed',
    stage: 3,
    prose: true,
    types: ['EMAIL', 'PHONE', 'IBAN', 'CREDIT_CARD', 'PERSON', 'USERNAME', 'ID_NUMBER'],
    apply: (v, c) => [{ span: chars(v).reverse().join('').trim() }, ` (${WORDS[c.lang].rev})`],
  },
  { name: 'md-bold', stage: 3, prose: true, types: ALL, apply: (v) => wrap('**', v, '**') },
  { name: 'md-code', stage: 3, prose: true, types: ALL, apply: (v) => wrap('`', v, '`') },
  {
    name: 'quoted',
    stage: 3,
    prose: true,
    types: ALL,
    apply: (v, c) => {
      const q =
        c.lang === 'ja'
          ? ['「', '」']
          : c.lang === 'de'
            ? ['„', '“']
            : c.lang === 'fr'
              ? ['« ', ' »']
              : c.rng.pick([
                  ['"', '"'],
                  ["'", "'"],
                  ['“', '”'],
                ]);
      return wrap(q[0], v, q[1]);
    },
  },
  {
    name: 'bracketed',
    stage: 3,
    prose: true,
    types: ALL,
    apply: (v, c) => {
      const [a, b] = c.rng.pick([
        ['[', ']'],
        ['(', ')'],
        ['<', '>'],
        ['{', '}'],
      ]);
      return wrap(a, v, b);
    },
  },
  {
    name: 'split-halves',
    stage: 3,
    prose: true,
    types: NUM,
    apply: (v, c) => {
      const cs = chars(v);
      if (compact(v).length < 8) return null;
      const i = c.rng.int(Math.floor(cs.length * 0.35), Math.ceil(cs.length * 0.6));
      const edge = /[\s\-./\u200b-\u200f\u2060\ufeff\u00ad]+/u;
      const a = cs
        .slice(0, i)
        .join('')
        .replace(new RegExp(`${edge.source}$`, 'u'), '');
      const b = cs
        .slice(i)
        .join('')
        .replace(new RegExp(`^${edge.source}`, 'u'), '');
      if (!/[\p{L}\p{N}]/u.test(a) || !/[\p{L}\p{N}]/u.test(b)) return null;
      const t = c.rng.pick(WORDS[c.lang].next);
      return [{ span: a }, c.lang === 'ja' ? `${t}` : ` ${t} `, { span: b }];
    },
  },
];

export const TRANSFORMS: Transform[] = [...TRANSFORMS_A, ...TRANSFORMS_B];

/** Pick 1–2 transforms (stage-ordered) for a value of this type; `prose` allows line breaks and wrappers. */
export function disguise(v: string, c: TCtx, prose: boolean): { segs: Seg[]; tags: string[] } {
  const ok = TRANSFORMS.filter(
    (t) => t.types.includes(c.type) && (prose || !t.prose) && !(c.type === 'URL_CREDENTIALS' && t.prose),
  );
  const first = c.rng.pick(ok);
  const chain = [first];
  if (c.rng.chance(0.3)) {
    const more = ok.filter((t) => t.stage > first.stage || (t.stage === first.stage && t.stage === 2 && t !== first));
    if (more.length) chain.push(c.rng.pick(more));
    chain.sort((a, b) => a.stage - b.stage);
  }
  let cur = v;
  const tags: string[] = [];
  for (const t of chain) {
    const out = t.apply(cur, c);
    if (out === null) continue;
    tags.push(t.name);
    if (typeof out !== 'string') return { segs: out, tags };
    cur = out;
  }
  return { segs: [{ span: cur }], tags };
}
