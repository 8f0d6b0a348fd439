/**
 * Hold-out 16 renderers, written BLIND (no recognizer, lexicon, doc, test or other corpus was read): turn one value
 * into caller/agent turns the way speech-to-text writes them. A turn is a list of plain strings and pieces ({ p });
 * every piece is a part of the value and is scored on its own span.
 */
import { ASK, GO_ON, LEAD, REST, SPELL_IT } from './pii-holdout16-lines.ts';
import {
  ascii,
  CC,
  card,
  choose,
  FIRST,
  iban,
  int,
  LAST,
  type Lang,
  MAIL_HOSTS,
  phone,
  postcode,
  type Rand,
  STREET,
  TOWN,
} from './pii-holdout16-values.ts';
import {
  ALPHABET,
  AT,
  CORRECTION,
  cardinal,
  DIGIT,
  DOT,
  dayWords,
  FILLER,
  MONTH,
  PLUS,
  pair,
  UNDERSCORE,
  yearWords,
} from './pii-holdout16-words.ts';

export type Seg = string | { p: string };
export type Turn = { agent: boolean; segs: Seg[]; question?: boolean };
export type Rendered = { form: string; turns: Turn[] };

const agent = (segs: Seg[]): Turn => ({ agent: true, segs });
const caller = (segs: Seg[]): Turn => ({ agent: false, segs });
const lead = (r: Rand, type: string, lang: Lang) => {
  const l = choose(r, (LEAD[type] ?? LEAD.OTHER)[lang]);
  return l ? `${l} ` : '';
};
const ask = (r: Rand, type: string, lang: Lang): Turn => ({ ...agent([choose(r, ASK[type][lang])]), question: true });

/** One digit/letter group said aloud. */
function sayGroup(lang: Lang, g: string, r: Rand): string {
  if (/^\d+$/.test(g) && g.length % 2 === 0 && ((lang === 'fr' && r() < 0.7) || r() < 0.15)) {
    const ps = g.match(/../g)?.map((x) => pair(lang, x));
    if (ps?.every((x) => x !== undefined)) return ps.join(' ');
  }
  const ws = [...g].map((c) =>
    /\d/.test(c) ? (lang === 'en' && c === '0' && r() < 0.6 ? 'oh' : DIGIT[lang][Number(c)]) : c.toLowerCase(),
  );
  if (lang === 'en' && r() < 0.6)
    for (let i = 0; i + 1 < ws.length; i++)
      if (ws[i] === ws[i + 1] && /^[a-z]{3,}$/.test(ws[i])) ws.splice(i, 2, `double ${ws[i]}`);
  return ws.join(' ');
}

function chunk(s: string, sizes: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= s.length) break;
    out.push(s.slice(at, at + n));
    at += n;
  }
  while (at < s.length) {
    out.push(s.slice(at, at + 4));
    at += 4;
  }
  return out;
}

const FORMS = ['digits', 'words', 'mixed', 'fillers', 'corrected', 'split'] as const;

/** Digit-string values (phone, card, IBAN): groups said in the chosen form, over one or two caller turns. */
function digitValue(r: Rand, lang: Lang, type: string, groups: string[], prefix?: string): Rendered {
  const form = choose(r, FORMS);
  const mode = (i: number) =>
    form === 'digits' ? false : form === 'words' ? true : form === 'mixed' ? i % 2 === 0 : r() < 0.6;
  const said = groups.map((g, i) => (mode(i) ? sayGroup(lang, g, r) : g));
  if (prefix) said[0] = `${prefix} ${said[0]}`;
  const join = (xs: string[]) => xs.join(r() < 0.3 ? ', ' : ' ');
  const first = [ask(r, type, lang)];
  const ld = lead(r, type, lang);
  if (form === 'fillers') {
    const segs: Seg[] = [ld];
    let cur: string[] = [];
    for (let i = 0; i < said.length; i++) {
      cur.push(said[i]);
      if (i < said.length - 1 && r() < 0.5) {
        segs.push({ p: join(cur) }, ` ${choose(r, FILLER[lang])} `);
        cur = [];
      }
    }
    if (segs.length === 1) {
      const k = Math.max(1, said.length - 1);
      segs.push({ p: join(said.slice(0, k)) }, ` ${choose(r, FILLER[lang])} `);
      cur = said.slice(k);
    }
    segs.push({ p: join(cur) });
    return { form, turns: [...first, caller(segs)] };
  }
  if (form === 'corrected') {
    const k = int(r, 1, Math.max(1, said.length - 1));
    const g = groups[k - 1];
    const last = Number(g[g.length - 1]);
    const wrongRaw = /\d$/.test(g) ? g.slice(0, -1) + String((last + int(r, 1, 8)) % 10) : `${g}${int(r, 0, 9)}`;
    const wrong = mode(k - 1) ? sayGroup(lang, wrongRaw, r) : wrongRaw;
    const before = [...said.slice(0, k - 1), k === 1 && prefix ? `${prefix} ${wrong}` : wrong];
    return {
      form,
      turns: [
        ...first,
        caller([ld, { p: join(before) }, ` ${choose(r, CORRECTION[lang])} `, { p: join(said.slice(k - 1)) }]),
      ],
    };
  }
  if (form === 'split') {
    const k = Math.max(1, Math.floor(said.length / 2));
    const back: Seg[] = r() < 0.5 ? [{ p: join(said.slice(0, k)) }, ' '] : [];
    return {
      form,
      turns: [
        ...first,
        caller([ld, { p: join(said.slice(0, k)) }]),
        agent([...back, choose(r, GO_ON[lang])]),
        caller([{ p: join(said.slice(k)) }]),
      ],
    };
  }
  return { form, turns: [...first, caller([ld, { p: join(said) }])] };
}

function phoneValue(r: Rand, lang: Lang): Rendered {
  let n = phone(r, lang);
  let prefix: string | undefined;
  if (r() < 0.25) {
    n = n.replace(/^0/, '');
    const cc = CC[lang];
    prefix = choose(r, [
      `+${cc}`,
      `${PLUS[lang]} ${[...cc].map((d) => DIGIT[lang][Number(d)]).join(' ')}`,
      `${DIGIT[lang][0]} ${DIGIT[lang][0]} ${[...cc].map((d) => DIGIT[lang][Number(d)]).join(' ')}`,
    ]);
  }
  const sizes =
    lang === 'fr' ? [2, 2, 2, 2, 2] : lang === 'en' ? [5, 3, 3] : lang === 'de' ? [4, 3, 3, 2] : [3, 3, 3, 3];
  if (lang === 'fr' && prefix) sizes.unshift(1);
  return digitValue(r, lang, 'PHONE', chunk(n, sizes), prefix);
}

function cardValue(r: Rand, lang: Lang): Rendered {
  const c = card(r);
  return digitValue(r, lang, 'CREDIT_CARD', c.length === 15 ? chunk(c, [4, 6, 5]) : chunk(c, [4, 4, 4, 4]));
}

function ibanValue(r: Rand, lang: Lang): Rendered {
  return digitValue(r, lang, 'IBAN', chunk(iban(r, lang), [4]));
}

const spell = (s: string) => [...ascii(s)].filter((c) => /[a-z]/.test(c)).join(' ');
const nato = (lang: Lang, s: string) => {
  const [conn, words] = ALPHABET[lang];
  return [...ascii(s)]
    .filter((c) => /[a-z]/.test(c))
    .map((c) => `${c.toUpperCase()} ${conn} ${words[c.charCodeAt(0) - 97]}`)
    .join(' ');
};

function personValue(r: Rand, lang: Lang): Rendered {
  const f = choose(r, FIRST[lang]);
  const l = choose(r, LAST[lang]);
  const first = [ask(r, 'PERSON', lang)];
  const ld = lead(r, 'PERSON', lang);
  const x = r();
  if (x < 0.4) return { form: 'words', turns: [...first, caller([ld, { p: `${f} ${l}` }])] };
  if (x < 0.75) {
    const sp = r() < 0.6 ? spell(l).toUpperCase() : nato(lang, l);
    return {
      form: 'spelled',
      turns: [...first, caller([ld, { p: `${f} ${l}` }, ` ${choose(r, SPELL_IT[lang])} `, { p: sp }])],
    };
  }
  const tail: Seg[] = r() < 0.4 ? [{ p: l }, ` ${choose(r, SPELL_IT[lang])} `, { p: spell(l) }] : [{ p: l }];
  return {
    form: 'split',
    turns: [...first, caller([ld, { p: f }]), agent([choose(r, REST.PERSON[lang])]), caller(tail)],
  };
}

function emailValue(r: Rand, lang: Lang): Rendered {
  const f = ascii(choose(r, FIRST[lang]));
  const l = ascii(choose(r, LAST[lang]));
  const local = choose(r, [
    `${f}.${l}`,
    `${f}${l}`,
    `${f}_${l}`,
    `${f[0]}${l}`,
    `${f}${l}${int(r, 10, 99)}`,
    `${l}.${f}`,
  ]);
  const host = choose(r, MAIL_HOSTS[lang]);
  const dot = choose(r, DOT[lang]);
  const at = choose(r, AT[lang]);
  const words = (s: string, spelled: boolean) =>
    s
      .split(/([._]|\d+)/)
      .filter(Boolean)
      .map((t) =>
        t === '.'
          ? dot
          : t === '_'
            ? UNDERSCORE[lang]
            : /\d/.test(t)
              ? sayGroup(lang, t, r)
              : spelled
                ? [...t].join(' ')
                : t,
      )
      .join(' ');
  const domain = words(host, false);
  const form = choose(r, ['words', 'spelled', 'mixed', 'written', 'split', 'corrected']);
  const first = [ask(r, 'EMAIL', lang)];
  const ld = lead(r, 'OTHER', lang);
  if (form === 'written') return { form, turns: [...first, caller([ld, { p: `${local}@${host}` }])] };
  if (form === 'split')
    return {
      form,
      turns: [
        ...first,
        caller([ld, { p: words(local, r() < 0.5) }]),
        agent([choose(r, REST.EMAIL[lang])]),
        caller([{ p: `${at} ${domain}` }]),
      ],
    };
  if (form === 'corrected') {
    const wrong = words(
      local.replace(/[._]/, (m) => (m === '.' ? '_' : '.')),
      false,
    );
    return {
      form,
      turns: [
        ...first,
        caller([ld, { p: wrong }, ` ${choose(r, CORRECTION[lang])} `, { p: `${words(local, false)} ${at} ${domain}` }]),
      ],
    };
  }
  const loc = form === 'words' ? words(local, false) : words(local, true);
  const dom = form === 'mixed' ? host : domain;
  return { form, turns: [...first, caller([ld, { p: `${loc} ${at} ${dom}` }])] };
}

const ARTICLE = /^(the|am|le|el|il) /;

function dobValue(r: Rand, lang: Lang): Rendered {
  const y = int(r, 1948, 2004);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const yw = yearWords(lang, y);
  const sep = lang === 'es' || lang === 'pt' ? ' de ' : ' ';
  const dw = dayWords(lang, d);
  const art = ARTICLE.exec(dw)?.[0] ?? '';
  const dm = `${dw.slice(art.length)} ${MONTH[lang][m - 1]}`;
  const first = [ask(r, 'DATE_OF_BIRTH', lang)];
  const ld = lead(r, 'DATE_OF_BIRTH', lang);
  const form = choose(r, ['digits', 'words', 'mixed', 'split', 'corrected']);
  if (form === 'digits') {
    const v = choose(r, [
      `${dd}.${mm}.${y}`,
      `${dd}/${mm}/${y}`,
      `${d} ${m} ${String(y).slice(2)}`,
      `${dd} ${mm} ${y}`,
    ]);
    return { form, turns: [...first, caller([ld, { p: lang === 'en' && r() < 0.3 ? `${mm}/${dd}/${y}` : v }])] };
  }
  if (form === 'mixed') {
    const v = `${d}${lang === 'es' || lang === 'pt' ? ' de ' : ' '}${MONTH[lang][m - 1]}${sep}${y}`;
    return { form, turns: [...first, caller([ld, { p: v }])] };
  }
  const year = r() < 0.7 && yw ? yw : String(y);
  const label = year === String(y) ? 'mixed' : 'words';
  if (form === 'split')
    return {
      form,
      turns: [
        ...first,
        caller([ld, art, { p: dm }]),
        agent([choose(r, REST.DATE_OF_BIRTH[lang])]),
        caller([{ p: year }]),
      ],
    };
  if (form === 'corrected') {
    const wy = y + choose(r, [-1, 1, 10]);
    const wrong = yw && year !== String(y) ? (yearWords(lang, wy) ?? String(wy)) : String(wy);
    return {
      form,
      turns: [
        ...first,
        caller([ld, art, { p: `${dm}${sep}${wrong}` }, ` ${choose(r, CORRECTION[lang])} `, { p: year }]),
      ],
    };
  }
  return { form: label, turns: [...first, caller([ld, art, { p: `${dm}${sep}${year}` }])] };
}

function addressValue(r: Rand, lang: Lang): Rendered {
  const n = int(r, 1, 28);
  const street = choose(r, STREET[lang]);
  const town = choose(r, TOWN[lang]);
  const pc = postcode(r, lang);
  const form = choose(r, ['digits', 'words', 'mixed', 'split', 'fillers']);
  const wordy = form === 'words' || (form !== 'digits' && r() < 0.5);
  const num = wordy ? cardinal(lang, n) : String(n);
  const pcs = form === 'words' || (form === 'mixed' && !wordy) ? sayGroup(lang, pc.replace(/[- ]/g, ''), r) : pc;
  const line1 = lang === 'en' || lang === 'fr' ? `${num} ${street}` : `${street} ${num}`;
  const line2 = lang === 'en' ? `${town} ${pcs}` : `${pcs} ${town}`;
  const first = [ask(r, 'ADDRESS', lang)];
  const ld = lead(r, 'OTHER', lang);
  if (form === 'split')
    return {
      form,
      turns: [...first, caller([ld, { p: line1 }]), agent([choose(r, REST.ADDRESS[lang])]), caller([{ p: line2 }])],
    };
  if (form === 'fillers')
    return { form, turns: [...first, caller([ld, { p: line1 }, ` ${choose(r, FILLER[lang])} `, { p: line2 }])] };
  return { form, turns: [...first, caller([ld, { p: `${line1}${r() < 0.3 ? ', ' : ' '}${line2}` }])] };
}

export const RENDER: Record<string, (r: Rand, lang: Lang) => Rendered> = {
  PHONE: phoneValue,
  EMAIL: emailValue,
  CREDIT_CARD: cardValue,
  IBAN: ibanValue,
  PERSON: personValue,
  DATE_OF_BIRTH: dobValue,
  ADDRESS: addressValue,
};
