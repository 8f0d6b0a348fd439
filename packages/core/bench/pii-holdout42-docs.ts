/** Hold-out 42: one document = a locale, a genre, 1–4 personal values (60% disguised) rendered with spans. */
import { type Doc, LANG3, LOCALES, type Rng, type Seg, type Span, type VType } from './pii-holdout42-core.ts';
import { disguise } from './pii-holdout42-disguise.ts';
import { idValue, secretValue, urlCredValue } from './pii-holdout42-ids.ts';
import { type Kind, LEX_A, type Lex } from './pii-holdout42-lex-a.ts';
import { LEX_B } from './pii-holdout42-lex-b.ts';
import { LEX_C } from './pii-holdout42-lex-c.ts';
import {
  addressValue,
  cardValue,
  DATA,
  type Dob,
  dobParts,
  dobValue,
  emailValue,
  ibanCountry,
  ibanValue,
  ipValue,
  type Persona,
  persona,
  personValue,
  phoneValue,
  type Raw,
  usernameValue,
} from './pii-holdout42-values.ts';

export const LEX: Record<string, Lex> = { ...LEX_A, ...LEX_B, ...LEX_C };
export const GENRES = [
  'email',
  'support',
  'chat',
  'forwarded',
  'form',
  'json',
  'csv',
  'markdown',
  'code',
  'log',
] as const;
const PROSE = new Set(['email', 'support', 'chat', 'forwarded', 'markdown', 'code']);

const ID_NAME: Record<string, string> = {
  US_SSN: 'SSN',
  UK_NINO: 'National Insurance number',
  DE_TAX_ID: 'Steuer-ID',
  ES_DNI: 'DNI',
  NIE: 'NIE',
  NL_BSN: 'BSN',
  FR_INSEE: 'numéro de sécurité sociale',
  PAN: 'PAN',
  Aadhaar: 'Aadhaar number',
  CURP: 'CURP',
  'codice fiscale': 'codice fiscale',
  CPF: 'CPF',
  PESEL: 'PESEL',
  personnummer: 'personnummer',
  TCKN: 'TC Kimlik No',
  'My Number': 'マイナンバー',
  NIK: 'NIK',
  CCCD: 'số CCCD',
};
const KEY: Record<Kind, string[]> = {
  PERSON: ['name', 'full_name', 'customer'],
  PHONE: ['phone', 'mobile', 'tel'],
  EMAIL: ['email', 'mail', 'contact_email'],
  IBAN: ['iban', 'bank_account'],
  CARD: ['card_number', 'cc', 'pan'],
  IP: ['ip', 'client_ip', 'remote_addr'],
  DOB: ['date_of_birth', 'birthdate', 'dob'],
  ADDRESS: ['address', 'shipping_address', 'street_address'],
  ID: ['national_id', 'id_number', 'tax_id'],
  USERNAME: ['username', 'handle', 'login'],
  SECRET: ['api_key', 'token', 'secret'],
  URLCRED: ['database_url', 'db_url', 'dsn'],
};
const WEIGHT: [Kind, number][] = [
  ['PERSON', 22],
  ['PHONE', 14],
  ['EMAIL', 14],
  ['IBAN', 7],
  ['CARD', 7],
  ['IP', 6],
  ['DOB', 7],
  ['ADDRESS', 9],
  ['ID', 9],
  ['USERNAME', 5],
  ['SECRET', 5],
  ['URLCRED', 4],
];

type Item = { kind: Kind; raw: Raw; segs: Seg[]; tags: string[]; idName: string };

/** Text builder that records spans. */
export class Builder {
  text = '';
  spans: Span[] = [];
  add(s: string) {
    this.text += s;
  }
  item(it: Item) {
    if (it.raw.pre) this.add(it.raw.pre);
    for (const s of it.segs) {
      if (typeof s === 'string') this.add(s);
      else {
        const start = this.text.length;
        this.add(s.span);
        this.spans.push({
          type: it.raw.type,
          start,
          end: this.text.length,
          value: s.span,
          tags: it.tags,
          raw: it.raw.value,
        });
      }
    }
    if (it.raw.post) this.add(it.raw.post);
  }
  frame(f: string, it: Item) {
    const parts = f.replace('{id}', it.idName).split('{v}');
    this.add(parts[0]);
    this.item(it);
    const rest = parts[1] ?? '';
    this.add(this.text.endsWith('.') && rest.startsWith('.') ? rest.slice(1) : rest);
  }
}

function pickKinds(rng: Rng, n: number): Kind[] {
  const out: Kind[] = [];
  while (out.length < n) {
    const total = WEIGHT.filter(([k]) => !out.includes(k)).reduce((a, [, w]) => a + w, 0);
    let r = rng.next() * total;
    for (const [k, w] of WEIGHT) {
      if (out.includes(k)) continue;
      r -= w;
      if (r <= 0) {
        out.push(k);
        break;
      }
    }
  }
  return out;
}

function rawFor(rng: Rng, loc: string, k: Kind, p: Persona, b: Dob): Raw {
  switch (k) {
    case 'PERSON':
      return personValue(rng, loc, p);
    case 'PHONE':
      return phoneValue(rng, loc);
    case 'EMAIL':
      return emailValue(rng, loc, p);
    case 'IBAN':
      return ibanValue(rng, ibanCountry(rng, loc));
    case 'CARD':
      return cardValue(rng, loc);
    case 'IP':
      return ipValue(rng);
    case 'DOB':
      return dobValue(rng, loc, b);
    case 'ADDRESS':
      return addressValue(rng, loc);
    case 'ID':
      return idValue(rng, loc, p, b);
    case 'USERNAME':
      return usernameValue(rng, p);
    case 'SECRET':
      return secretValue(rng);
    default: {
      const u = urlCredValue(rng, p);
      return { type: 'URL_CREDENTIALS', value: u.value, pre: u.pre, post: u.post };
    }
  }
}

const nl = (rng: Rng) => rng.pick(['\n', '\n\n']);
const json = (s: string) =>
  s
    .replace(/\\(?!u[0-9a-f]{4})/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n');

/** Structured value: the item rendered as one string field (used by json/csv/log/form). */
function field(b: Builder, it: Item, esc: (s: string) => string) {
  const copy: Item = {
    ...it,
    raw: { ...it.raw, pre: it.raw.pre && esc(it.raw.pre), post: it.raw.post && esc(it.raw.post) },
  };
  copy.segs = it.segs.map((s) => (typeof s === 'string' ? esc(s) : { span: esc(s.span) }));
  b.item(copy);
}

export function makeDoc(rng: Rng, idx: number): Doc {
  const loc = LOCALES[idx % LOCALES.length];
  const lang = loc.slice(0, 2);
  const lex = LEX[lang];
  const genre = rng.pick(GENRES);
  const prose = PROSE.has(genre);
  const p = persona(rng, loc);
  const n = rng.pick([1, 1, 2, 2, 2, 3, 3, 4]);
  const birth = dobParts(rng, p);
  const items: Item[] = pickKinds(rng, n).map((kind) => {
    let raw = rawFor(rng, loc, kind, p, birth);
    if (!prose && (raw.pre || raw.post) && kind === 'PERSON') raw = { type: 'PERSON', value: p.full };
    const ctx = {
      rng,
      lang,
      type: raw.type as VType,
      full: p.full,
      given: p.given,
      family: p.family,
      familyFirst: DATA[loc].familyFirst,
    };
    const inProse = prose && !(genre === 'code' && (kind === 'SECRET' || kind === 'URLCRED'));
    const d = rng.chance(0.66) ? disguise(raw.value, ctx, inProse) : { segs: [{ span: raw.value }] as Seg[], tags: [] };
    const idName = ID_NAME[raw.note ?? raw.type] ?? lex.lab.ID;
    return { kind, raw, segs: d.segs, tags: d.tags, idName };
  });
  const b = new Builder();
  const sep = lang === 'ja' ? '' : ' ';
  const sentences = (list: Item[]) =>
    list.forEach((it, i) => {
      if (i) b.add(rng.chance(0.8) ? sep : '\n');
      b.frame(rng.pick(lex.say[it.kind]), it);
    });
  const lab = (it: Item) => (it.kind === 'ID' ? it.idName : lex.lab[it.kind]);
  const key = (it: Item) =>
    rng.chance(0.25)
      ? lab(it)
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      : rng.pick(KEY[it.kind]);
  if (rng.chance(0.75)) b.add(rng.pick(lex.ask) + nl(rng));
  switch (genre) {
    case 'email': {
      const sig = items.find((it) => it.kind === 'PERSON' && rng.chance(0.5));
      b.add(`${rng.chance(0.5) ? '---\n' : ''}${rng.pick(lex.hi)}\n\n${rng.pick(lex.ctx)}`);
      const body = items.filter((it) => it !== sig);
      if (body.length) b.add(sep);
      sentences(body);
      b.add(`\n\n${rng.pick(lex.bye)}${sig ? '\n' : ''}`);
      if (sig) b.item(sig);
      break;
    }
    case 'support': {
      b.add(`#${rng.int(10000, 99999)} – ${rng.pick(lex.ctx)}\n`);
      sentences(items);
      break;
    }
    case 'chat': {
      b.add(`${rng.pick(lex.hi).replace(/[,:]$/, '!')} ${rng.pick(['', '🙂 ', '👋 ', ''])}`);
      sentences(items);
      b.add(rng.pick(['', ' 🙏', ' thx', ' !!', '']));
      break;
    }
    case 'forwarded': {
      b.add(`> ${rng.pick(lex.ctx)}${sep}`);
      items.forEach((it, i) => {
        if (i) b.add(`\n> `);
        b.frame(rng.pick(lex.say[it.kind]), it);
      });
      break;
    }
    case 'form': {
      for (const it of items) {
        b.add(`${lab(it)}: `);
        field(b, it, (s) => s);
        b.add('\n');
      }
      b.add(`${rng.pick(['Status', 'Ref', 'Nr.', 'ID'])}: ${rng.int(1000, 9999)}-${rng.pick(['A', 'B', 'X'])}`);
      break;
    }
    case 'json': {
      b.add('```json\n{\n');
      items.forEach((it, i) => {
        b.add(`  "${key(it)}": "`);
        field(b, it, json);
        b.add(`"${i < items.length - 1 ? ',' : ''}\n`);
      });
      b.add('}\n```');
      break;
    }
    case 'csv': {
      const s = lang === 'en' || lang === 'ja' ? ',' : ';';
      b.add(`row${s}${items.map(key).join(s)}${s}status\n${rng.int(1, 400)}${s}`);
      for (const it of items) {
        const q = it.kind === 'ADDRESS' || it.kind === 'PERSON' ? '"' : '';
        b.add(q);
        field(b, it, (x) => x.replace(/\n/g, ' ').replace(/"/g, '""'));
        b.add(`${q}${s}`);
      }
      b.add(rng.pick(['active', 'pending', 'closed']));
      break;
    }
    case 'markdown': {
      b.add(`### ${rng.pick(lex.ctx).replace(/[.。]$/, '')}\n\n`);
      for (const it of items) {
        b.add(`- **${lab(it)}:** `);
        b.item(it);
        b.add('\n');
      }
      break;
    }
    case 'code': {
      const py = rng.chance(0.5);
      const c = py ? '# ' : '// ';
      b.add(py ? '```python\n' : '```ts\n');
      for (const it of items) {
        if (it.kind === 'SECRET' || it.kind === 'URLCRED') {
          b.add(py ? `${key(it).toUpperCase()} = "` : `const ${key(it).toUpperCase()} = '`);
          field(b, it, (x) => x.replace(/\n/g, ' '));
          b.add(py ? '"\n' : "';\n");
        } else {
          b.add(c + rng.pick(['TODO: ', 'FIXME: ', '', 'NOTE: ']));
          b.frame(rng.pick(lex.say[it.kind]), {
            ...it,
            segs: it.segs.map((s) => (typeof s === 'string' ? s.replace(/\n/g, ` \n${c}`) : s)),
          });
          b.add('\n');
        }
      }
      b.add(py ? 'client = Client(timeout=30)\n```' : 'export const client = createClient({ timeout: 30_000 });\n```');
      break;
    }
    default: {
      const t = `2024-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T0${rng.int(0, 9)}:${rng.int(10, 59)}:${rng.int(10, 59)}Z`;
      b.add(
        `${t} ${rng.pick(['INFO', 'WARN', 'DEBUG'])} ${rng.pick(['auth.login', 'checkout.submit', 'profile.update', 'webhook.recv'])}`,
      );
      for (const it of items) {
        b.add(` ${key(it)}="`);
        field(b, it, json);
        b.add('"');
      }
      b.add(` latency_ms=${rng.int(3, 900)}`);
    }
  }
  const lang3 = rng.chance(0.7) ? LANG3[lang] : undefined;
  return { text: b.text, locale: loc, lang3, genre, spans: b.spans };
}
