/**
 * Machine containers of hold-out 8 (written blind); the ASCII transports (URL, form, cookie, access log, iCalendar,
 * RFC 2047, quoted-printable) are in pii-holdout8.ts. Each box returns [before, value as it stands in the text, after]:
 * when the container encodes the value (percent, form, JSON \u escapes, entities, RFC 2047 Q, quoted-printable, folded
 * lines), the middle part is the ENCODED value, and that is the span the harness checks. `raw` boxes keep characters as
 * typed, so the value may carry native digits or bidi marks; the others are ASCII transports and get plain values.
 */
import { choose, int, type Rand } from './pii-holdout8-values.ts';

export interface Ctx {
  type: string;
  key: string;
  label: string;
  names: string[];
  note: string;
  lang: string;
  tld: string;
}
export type Parts = [string, string, string];
export interface Box {
  raw: boolean;
  make(v: string, c: Ctx, x: Rand): Parts;
}

export const KEYS: Record<string, string[]> = {
  PHONE: ['phone', 'mobile', 'tel', 'msisdn', 'phone_number'],
  EMAIL: ['email', 'user_email', 'contact_email', 'mail'],
  CREDIT_CARD: ['card_number', 'pan', 'cc', 'cardNo'],
  IBAN: ['iban', 'payout_iban', 'bank_account'],
  US_SSN: ['ssn', 'tax_id', 'social_security'],
  IP_ADDRESS: ['client_ip', 'ip', 'remote_addr', 'src_ip'],
};

export const pct = encodeURIComponent;
const cap = (k: string) => k.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => `-${c.toUpperCase()}`).slice(1);
const u4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** JSON string body; with `u`, '@' and every non-ASCII unit as \uXXXX (Python's ensure_ascii) and '/' as '\/'. */
const jsonEsc = (s: string, u: boolean) => {
  const j = JSON.stringify(s).slice(1, -1);
  return u ? j.replace(/[@\u0080-\uffff]/g, u4).replaceAll('/', '\\/') : j;
};
const ent = (v: string, x: Rand) => {
  const at = choose(x, ['&#64;', '&#x40;', '&commat;', '@']);
  return v.replaceAll('@', at).replaceAll('+', choose(x, ['&#43;', '+']));
};
export const hex = (x: Rand, n: number) => Array.from({ length: n }, () => int(x, 0, 15).toString(16)).join('');
export const host = (c: Ctx) => `api.example.${c.tld}`;

export const BOXES: Record<string, Box> = {
  header: {
    raw: false,
    make: (v, c, x) => {
      const top = `GET /v1/me HTTP/1.1\r\nHost: ${host(c)}\r\nAccept-Language: ${c.lang}\r\n`;
      const end = '\r\nUser-Agent: okhttp/4.12.0\r\nAccept: application/json';
      if (c.type === 'EMAIL' && x() < 0.5) return [`${top}From: `, v, end];
      if (c.type === 'IP_ADDRESS')
        return choose(x, [
          [`${top}X-Forwarded-For: `, v, `, 10.12.0.4${end}`],
          [`${top}X-Real-IP: `, v, end],
          [
            `${top}Forwarded: for="${v.includes(':') ? '[' : ''}`,
            v,
            `${v.includes(':') ? ']' : ''}";proto=https${end}`,
          ],
        ] as Parts[]);
      return [`${top}X-${cap(c.key)}: `, v, end];
    },
  },
  json: {
    raw: true,
    make: (v, c, x) => {
      const u = x() < 0.6;
      return [
        `{"id":48213,"name":"${jsonEsc(c.names[0], u)}","avatar":"${jsonEsc('https://cdn.example.com/u/48213.png', u)}","${c.key}":"`,
        jsonEsc(v, u),
        `","note":"${jsonEsc(c.note, u)}","created_at":"2026-03-14T09:12:44Z"}`,
      ];
    },
  },
  jsonNested: {
    raw: true,
    make: (v, c, x) => {
      const u = x() < 0.5;
      const inner: Parts = [`{"${c.key}":"`, jsonEsc(v, u), `","note":"${jsonEsc(c.note, u)}","v":2}`];
      return [
        `{"event":"user.updated","ts":1767225600123,"payload":"${jsonEsc(inner[0], false)}`,
        jsonEsc(inner[1], false),
        `${jsonEsc(inner[2], false)}"}`,
      ];
    },
  },
  yaml: {
    raw: true,
    make: (v, c, x) => {
      const q = choose(x, ['', '"', "'"]);
      return [
        `customer:\n  id: 48213\n  name: ${c.names[0]}\n  ${c.key}: ${q}`,
        v,
        `${q}\n  note: "${c.note}"\n  updated: 2026-03-14`,
      ];
    },
  },
  toml: {
    raw: true,
    make: (v, c) => [`[contact]\nname = "${c.names[0]}"\n${c.key} = "`, v, `"\nretries = 3\n# ${c.note}`],
  },
  xml: {
    raw: true,
    make: (v, c, x) =>
      x() < 0.5
        ? [
            `<?xml version="1.0" encoding="UTF-8"?>\n<customer id="48213" name="${c.names[0]}">\n  <${c.key}>`,
            ent(v, x),
            `</${c.key}>\n  <note>${c.note}</note>\n</customer>`,
          ]
        : [`<contact name="${c.names[1]}" ${c.key}="`, ent(v, x), `" lang="${c.lang}" rev="7"/>`],
  },
  html: {
    raw: true,
    make: (v, c, x) => {
      if (c.type === 'EMAIL') return [`<p>${c.note} <a href="mailto:`, ent(v, x), `">${c.names[0]}</a></p>`];
      if (c.type === 'PHONE') return ['<a class="btn" href="tel:', v.replace(/[\s\-()]/g, ''), `">${c.label}</a>`];
      return [`<label>${c.label}</label><input name="${c.key}" value="`, ent(v, x), `" maxlength="34">`];
    },
  },
  mdTable: {
    raw: true,
    make: (v, c) => [
      `| # | ${c.names[1]} | ${c.label} |\n|---:|---|---|\n| 1 | ${c.names[0]} | `,
      v,
      ` |\n| 2 | ${c.note} | — |`,
    ],
  },
  codeFence: {
    raw: true,
    make: (v, c, x) =>
      choose(x, [
        [`\`\`\`json\n{\n  "${c.key}": "`, v, `",\n  "retry": 3\n}\n\`\`\`\n${c.note}`],
        [`${c.note}\n\`\`\`bash\nexport ${c.key.toUpperCase()}="`, v, '"\n```'],
        [`\`\`\`python\nuser = {"name": "${c.names[0]}", "${c.key}": "`, v, '"}\n```'],
      ] as Parts[]),
  },
  log: {
    raw: true,
    make: (v, c, x) =>
      x() < 0.5
        ? [`ts=2026-03-14T09:12:44.512Z level=info msg="${c.note}" ${c.key}="`, v, '" duration_ms=42 req_id=7f3c9a1e']
        : [`2026-03-14 09:12:44,512 WARN  [payment-worker-3] validation failed for ${c.key}=`, v, ' (attempt 2/5)'],
  },
  stack: {
    raw: true,
    make: (v, c, x) =>
      choose(x, [
        [
          `Traceback (most recent call last):\n  File "/srv/app/billing/gateway.py", line 214, in authorize\n    raise DeclinedError(f"{${c.key}!r} rejected")\nbilling.errors.DeclinedError: '`,
          v,
          "' rejected (code 51)",
        ],
        [
          `Error: Validation failed for ${c.key} "`,
          v,
          '"\n    at validate (/app/src/users/validate.js:42:13)\n    at async /app/src/routes/users.js:118:5',
        ],
        [
          `java.lang.IllegalArgumentException: invalid ${c.key}: `,
          v,
          '\n\tat com.example.crm.ContactService.update(ContactService.java:217)\n\tat com.example.crm.Api.put(Api.java:88)',
        ],
      ] as Parts[]),
  },
  sql: {
    raw: true,
    make: (v, c, x) =>
      x() < 0.6
        ? [
            `INSERT INTO customers (id, full_name, ${c.key}, note, created_at) VALUES (48213, '${c.names[0]}', '`,
            v,
            `', '${c.note}', '2026-03-14 09:12:44');`,
          ]
        : [`UPDATE users SET ${c.key} = '`, v, `', updated_at = NOW() WHERE id = 48213;`],
  },
  csv: {
    raw: true,
    make: (v, c, x) =>
      x() < 0.5
        ? [`id;name;${c.key};created\n48212;"${c.names[1]}";"";2026-03-13\n48213;"${c.names[0]}";"`, v, '";2026-03-14']
        : [`id,name,${c.key},amount\n48213,"${c.names[0]}, VIP",`, v, ',"1,299.00"'],
  },
  vcard: {
    raw: true,
    make: (v, c) => {
      const prop: Record<string, string> = {
        PHONE: 'TEL;TYPE=cell:',
        EMAIL: 'EMAIL;TYPE=INTERNET,HOME:',
        IBAN: 'X-IBAN:',
        US_SSN: 'X-SSN:',
      };
      return [
        `BEGIN:VCARD\r\nVERSION:3.0\r\nN;CHARSET=UTF-8:${c.names[0]}\r\nFN:${c.names[0]}\r\n${prop[c.type] ?? `NOTE:${c.label} `}`,
        v,
        '\r\nEND:VCARD',
      ];
    },
  },
  env: {
    raw: true,
    make: (v, c, x) => {
      const q = v.includes(' ') || x() < 0.4 ? '"' : '';
      return [`# ${c.note}\nNODE_ENV=production\nPORT=8080\n${c.key.toUpperCase()}=${q}`, v, `${q}\nLOG_LEVEL=info`];
    },
  },
  curl: {
    raw: true,
    make: (v, c, x) =>
      choose(x, [
        [
          `curl -sS -X POST 'https://${host(c)}/v1/contacts' -H 'Content-Type: application/json' -d '{"name":"${c.names[0]}","${c.key}":"`,
          v,
          `"}'`,
        ],
        [`curl -G https://${host(c)}/v1/lookup --data-urlencode '${c.key}=`, v, "' -H 'Accept: application/json'"],
        [`curl -H "X-${cap(c.key)}: `, v, `" https://${host(c)}/v1/me`],
        [`curl "https://${host(c)}/v1/search?${c.key}=`, pct(v), '&limit=20"'],
      ] as Parts[]),
  },
  concat: {
    raw: true,
    make: (v, c, x) => {
      const cut = int(x, 1, v.length - 1);
      const [a, b] = [v.slice(0, cut), v.slice(cut)];
      return choose(x, [
        [`// ${c.note}\nconst ${c.key} = '`, `${a}' +\n  '${b}`, "';"],
        [`${c.key} = ("`, `${a}"\n    "${b}`, `")  # ${c.note}`],
        [`String ${c.key} = "`, `${a}" + "${b}`, '";'],
      ] as Parts[]);
    },
  },
};
