/**
 * Long containers of hold-out 10 (written blind): CRM CSV exports, mailing lists, support transcripts, server logs,
 * JSON arrays, vCard files, quoted email threads, Markdown tables and packed value lists. Each one fills a Doc up to
 * a target size and records the offsets of every value it writes (a value quoted again is a new, `repeat` slot).
 */
import { choose, digits, int, person, type Rand, type Val, type Values } from './pii-holdout10-values.ts';

export type Slot = Val & { start: number; end: number };
type Piece = string | Val;

export class Doc {
  parts: string[] = [];
  len = 0;
  slots: Slot[] = [];
  put(...xs: Piece[]): void {
    for (const x of xs) {
      if (typeof x === 'string') {
        this.parts.push(x);
        this.len += x.length;
      } else {
        this.slots.push({ ...x, start: this.len, end: this.len + x.value.length });
        this.parts.push(x.value);
        this.len += x.value.length;
      }
    }
  }
  text(): string {
    return this.parts.join('');
  }
}

const again = (v: Val): Val => ({ ...v, repeat: true });
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const stamp = (r: Rand) =>
  `2026-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}T${String(int(r, 0, 23)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}Z`;

type Fill = (d: Doc, v: Values, target: number) => void;

const csv: Fill = (d, v, target) => {
  const r = v.r;
  const sep = choose(r, [',', ';', '\t']);
  const q = (x: Piece): Piece[] => (r() < 0.3 ? ['"', x, '"'] : [x]);
  d.put(
    ['id', 'first_name', 'last_name', 'email', 'phone', 'iban', 'card', 'ssn', 'last_ip', 'created_at', 'balance'].join(
      sep,
    ),
    '\n',
  );
  for (let id = 1000 + int(r, 0, 9000); d.len < target; id++) {
    const who = person(r);
    const cells: Piece[][] = [[String(id)], [cap(who[0])], [cap(who[1])], q(v.make('EMAIL', who)), q(v.make('PHONE'))];
    for (const t of ['IBAN', 'CREDIT_CARD', 'US_SSN', 'IP_ADDRESS']) cells.push(r() < 0.6 ? q(v.make(t)) : ['']);
    cells.push([stamp(r)], [`${int(r, 0, 9999)}.${digits(r, 2)}`]);
    for (const [i, c] of cells.entries()) d.put(...(i ? [sep] : []), ...c);
    d.put('\n');
  }
};

const mailing: Fill = (d, v, target) => {
  const r = v.r;
  const sep = choose(r, ['; ', ';', ', ', ',', '\n', ';\n']);
  if (r() < 0.5) d.put(choose(r, ['To: ', 'Bcc: ', 'Please add these to the newsletter list:\n']));
  for (let i = 0; d.len < target; i++) {
    const who = person(r);
    const e = v.make('EMAIL', who);
    if (i) d.put(sep);
    const x = r();
    if (x < 0.5) d.put(e);
    else if (x < 0.8) d.put(`${cap(who[0])} ${cap(who[1])} <`, e, '>');
    else d.put(`"${cap(who[1])}, ${cap(who[0])}" <`, e, '>');
  }
};

const transcript: Fill = (d, v, target) => {
  const r = v.r;
  const seen: Val[] = [];
  let t = int(r, 8 * 3600, 15 * 3600);
  while (d.len < target) {
    t += int(r, 5, 200);
    const hh = `[${String(Math.floor(t / 3600) % 24).padStart(2, '0')}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}]`;
    const agent = r() < 0.45;
    d.put(`${hh} ${agent ? 'Agent (Maria)' : 'Customer'}: ${v.filler()}`);
    if (r() < 0.35) {
      const val = seen.length && r() < 0.3 ? again(choose(r, seen)) : v.any();
      if (!val.repeat) seen.push(val);
      d.put(
        ' ',
        choose(r, ['It is ', 'My details: ', 'use ', '-> ', '(', '']),
        val,
        choose(r, ['.', ' ', ')', '', '!', '?']),
      );
    }
    d.put('\n');
  }
};

const logs: Fill = (d, v, target) => {
  const r = v.r;
  const users = Array.from({ length: int(r, 5, 40) }, () => [v.make('EMAIL'), v.make('IP_ADDRESS')] as const);
  const nginx = r() < 0.5;
  while (d.len < target) {
    const [e, a] = choose(r, users);
    const path = choose(r, [
      '/api/v1/orders',
      '/api/v2/users/me',
      '/login',
      '/static/app.3f9a1c.js',
      '/v1/chat/completions',
    ]);
    const code = choose(r, [200, 200, 200, 201, 204, 301, 400, 401, 403, 404, 500]);
    if (nginx)
      d.put(
        again(a),
        ` - `,
        r() < 0.4 ? again(e) : '-',
        ` [02/Nov/2026:${String(int(r, 0, 23)).padStart(2, '0')}:${String(int(r, 10, 59))}:${String(int(r, 10, 59))} +0000] "GET ${path} HTTP/1.1" ${code} ${int(r, 0, 90000)} "-" "Mozilla/5.0 (X11; Linux x86_64) Firefox/${int(r, 100, 135)}.0"\n`,
      );
    else
      d.put(
        `${stamp(r)} ${choose(r, ['INFO', 'INFO', 'WARN', 'DEBUG', 'ERROR'])} [req-${digits(r, 6)}] client=`,
        again(a),
        ' user=',
        again(e),
        ` ${path} status=${code} dur=${int(r, 1, 999)}ms\n`,
      );
  }
  const seen = new Set<string>();
  for (const s of d.slots) {
    s.repeat = seen.has(s.value);
    seen.add(s.value);
  }
};

const json: Fill = (d, v, target) => {
  const r = v.r;
  const pretty = r() < 0.5;
  const nl = pretty ? '\n' : '';
  const ind = pretty ? '    ' : '';
  d.put('[', nl);
  for (let i = 0; d.len < target; i++) {
    const who = person(r);
    if (i) d.put(',', nl);
    const f: [string, Piece][] = [
      ['id', String(int(r, 1, 999999))],
      ['name', `"${cap(who[0])} ${cap(who[1])}"`],
    ];
    f.push(['email', v.make('EMAIL', who)], ['phone', v.make('PHONE')]);
    for (const [k, t] of [
      ['iban', 'IBAN'],
      ['card', 'CREDIT_CARD'],
      ['ssn', 'US_SSN'],
      ['last_login_ip', 'IP_ADDRESS'],
    ])
      if (r() < 0.5) f.push([k, v.make(t)]);
    d.put(pretty ? '  {\n' : '{');
    f.forEach(([k, x], j) => {
      const quoted = typeof x === 'string' ? [x] : ['"', x, '"'];
      d.put(...(j ? [',', nl] : []), ind, `"${k}":${pretty ? ' ' : ''}`, ...quoted);
    });
    d.put(nl, pretty ? '  }' : '}');
  }
  d.put(nl, ']');
};

const vcard: Fill = (d, v, target) => {
  const r = v.r;
  while (d.len < target) {
    const who = person(r);
    d.put(`BEGIN:VCARD\r\nVERSION:3.0\r\nN:${cap(who[1])};${cap(who[0])};;;\r\nFN:${cap(who[0])} ${cap(who[1])}\r\n`);
    d.put('TEL;TYPE=CELL:', v.make('PHONE'), '\r\n');
    if (r() < 0.6) d.put('TEL;TYPE=WORK,VOICE:', v.make('PHONE'), '\r\n');
    d.put('EMAIL;TYPE=INTERNET:', v.make('EMAIL', who), '\r\n');
    if (r() < 0.3) d.put('NOTE:IBAN ', v.make('IBAN'), '\\nSSN ', v.make('US_SSN'), '\r\n');
    d.put('END:VCARD\r\n');
  }
};

const thread: Fill = (d, v, target) => {
  const r = v.r;
  let quoted: Piece[][] = [];
  while (d.len < target) {
    const who = person(r);
    const lines: Piece[][] = [[`Hi ${cap(choose(r, ['team', 'Maria', 'all']))},`], [''], [v.filler()]];
    if (r() < 0.5) lines.push([`${v.filler()} Card on file: `, v.make('CREDIT_CARD'), '.']);
    if (r() < 0.5) lines.push(['Please refund to ', v.make('IBAN'), ` (${cap(who[1])}).`]);
    lines.push([''], ['Best regards,'], [`${cap(who[0])} ${cap(who[1])}`]);
    lines.push(['Tel. ', v.make('PHONE'), ' | Mobile: ', v.make('PHONE')], ['Mail: ', v.make('EMAIL', who)]);
    if (quoted.length)
      lines.push(
        [''],
        [`On Mon, 2 Nov 2026 at 10:${int(r, 10, 59)} someone wrote:`],
        ...quoted.map((l) => ['> ', ...l.map((p) => (typeof p === 'string' ? p : again(p)))]),
      );
    for (const l of lines) d.put(...l, '\n');
    d.put('\n');
    quoted = lines.slice(0, 400);
  }
};

const markdown: Fill = (d, v, target) => {
  const r = v.r;
  d.put('| # | Name | Email | Phone | IBAN | IP |\n|---|------|-------|-------|------|----|\n');
  for (let i = 1; d.len < target; i++) {
    const who = person(r);
    d.put(`| ${i} | ${cap(who[0])} ${cap(who[1])} | `, v.make('EMAIL', who), ' | ', v.make('PHONE'), ' | ');
    d.put(...(r() < 0.7 ? [v.make('IBAN')] : ['—']), ' | ', v.make('IP_ADDRESS'), ' |\n');
  }
};

/** Values packed next to each other, touching punctuation and brackets (never a bare space between two values). */
const packed: Fill = (d, v, target) => {
  const r = v.r;
  const wraps = [
    ['', ''],
    ['(', ')'],
    ['[', ']'],
    ['<', '>'],
    ['{', '}'],
    ['"', '"'],
    ["'", "'"],
    ['«', '»'],
  ];
  while (d.len < target) {
    for (let k = int(r, 2, 8); k > 0; k--) {
      const [a, b] = r() < 0.6 ? ['', ''] : choose(r, wraps);
      d.put(a, v.any(), b, k > 1 ? choose(r, [',', ';', '|', '/', ', ', '; ', ',\t', ' | ']) : '');
    }
    d.put(choose(r, ['\n', '.\n', ';\n', '.\n\n']));
  }
};

export const CONTAINERS: Record<string, Fill> = {
  csv,
  mailing,
  transcript,
  logs,
  json,
  vcard,
  thread,
  markdown,
  packed,
};
