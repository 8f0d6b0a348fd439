/** Hold-out 42: national ids with correct check digits, provider-shaped secrets and URL credentials. */
import { group, luhnDigit, type Rng, verhoeffDigit } from './pii-holdout42-core.ts';
import { type Dob, fold, type Persona, type Raw } from './pii-holdout42-values.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rand = (rng: Rng, n: number, abc = AN) =>
  Array.from({ length: n }, () => abc[rng.int(0, abc.length - 1)]).join('');

function deTaxId(rng: Rng): string {
  for (;;) {
    const ds = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
    ds.push(ds[rng.int(0, 8)]);
    rng.shuffle(ds);
    if (ds[0] === 0) continue;
    let prod = 10;
    for (const d of ds) {
      let s = (d + prod) % 10;
      if (s === 0) s = 10;
      prod = (s * 2) % 11;
    }
    const c = 11 - prod === 10 ? 0 : 11 - prod;
    return ds.join('') + c;
  }
}

function nlBsn(rng: Rng): string {
  for (;;) {
    const d = rng.digits(8);
    const s = d.split('').reduce((a, c, i) => a + Number(c) * (9 - i), 0) % 11;
    if (s < 10 && d[0] !== '0') return d + s;
  }
}

function italianCf(rng: Rng, p: Persona, b: Dob, female: boolean): string {
  const up = (s: string) =>
    fold(s)
      .toUpperCase()
      .replace(/[^A-Z]/g, '');
  const cons = (s: string) => s.replace(/[AEIOU]/g, '');
  const vow = (s: string) => s.replace(/[^AEIOU]/g, '');
  const sur = up(p.family);
  const nm = up(p.given);
  const s3 = `${cons(sur) + vow(sur)}XXX`.slice(0, 3);
  const nc = cons(nm);
  const n3 = nc.length > 3 ? nc[0] + nc[2] + nc[3] : `${nc + vow(nm)}XXX`.slice(0, 3);
  const body = `${s3}${n3}${pad(b.y % 100)}${'ABCDEHLMPRST'[b.m - 1]}${pad(b.d + (female ? 40 : 0))}${rng.pick([
    'F205',
    'H501',
    'F839',
    'L219',
    'A944',
    'D612',
    'G273',
    'L736',
  ])}`;
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body[i];
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? odd[v] : v;
  }
  return body + UP[sum % 26];
}

function curp(rng: Rng, p: Persona, b: Dob, female: boolean): string {
  const up = (s: string) =>
    fold(s)
      .toUpperCase()
      .replace(/[^A-Z]/g, '');
  const [pat, mat = up(rng.pick(['Lopez', 'Garcia', 'Ruiz']))] = p.family.split(' ').map(up);
  const giv = up(p.given);
  const inV = (s: string) => s.slice(1).match(/[AEIOU]/)?.[0] ?? 'X';
  const inC = (s: string) => s.slice(1).match(/[B-DF-HJ-NP-TV-Z]/)?.[0] ?? 'X';
  const body = `${pat[0]}${inV(pat)}${mat[0]}${giv[0]}${pad(b.y % 100)}${pad(b.m)}${pad(b.d)}${female ? 'M' : 'H'}${rng.pick(
    ['DF', 'JC', 'NL', 'PL', 'QT', 'YN', 'MC'],
  )}${inC(pat)}${inC(mat)}${inC(giv)}${b.y < 2000 ? rng.int(0, 9) : UP[rng.int(0, 25)]}`;
  const abc = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  const sum = body.split('').reduce((a, c, i) => a + abc.indexOf(c) * (18 - i), 0);
  return body + ((10 - (sum % 10)) % 10);
}

function cpf(rng: Rng): string {
  const d = rng.digits(9).split('').map(Number);
  const dv = (arr: number[]) => {
    const s = arr.reduce((a, c, i) => a + c * (arr.length + 1 - i), 0) % 11;
    return s < 2 ? 0 : 11 - s;
  };
  d.push(dv(d));
  d.push(dv(d));
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

function tckn(rng: Rng): string {
  const d = [rng.int(1, 9), ...rng.digits(8).split('').map(Number)];
  d.push(((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10);
  d.push(d.reduce((a, c) => a + c, 0) % 10);
  return d.join('');
}

function myNumber(rng: Rng): string {
  const d = `${rng.int(1, 9)}${rng.digits(10)}`;
  let s = 0;
  for (let n = 1; n <= 11; n++) s += Number(d[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const r = s % 11;
  return d + (r <= 1 ? 0 : 11 - r);
}

/** The locale's national id (and its type label). */
export function idValue(rng: Rng, loc: string, p: Persona, b: Dob): Raw {
  const female = rng.chance(0.5);
  const yy = pad(b.y % 100);
  switch (loc) {
    case 'en-US': {
      let a = rng.int(1, 899);
      if (a === 666) a = 667;
      const v = `${pad(a, 3)}-${pad(rng.int(1, 99))}-${pad(rng.int(1, 9999), 4)}`;
      return { type: 'US_SSN', value: rng.chance(0.2) ? v.replace(/-/g, ' ') : v };
    }
    case 'en-GB': {
      let pre = 'GB';
      while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre))
        pre = rand(rng, 1, 'ABCEGHJKLMNOPRSTWXYZ') + rand(rng, 1, 'ABCEGHJKLMNPRSTWXYZ');
      const v = `${pre}${rng.digits(6)}${rng.pick(['A', 'B', 'C', 'D'])}`;
      return { type: 'UK_NINO', value: rng.chance(0.5) ? group(v, [2, 2, 2, 2, 1]) : v };
    }
    case 'en-IN': {
      if (rng.chance(0.35)) {
        const v = `${rand(rng, 3, UP)}P${fold(p.family)[0].toUpperCase()}${rng.digits(4)}${rand(rng, 1, UP)}`;
        return { type: 'ID_NUMBER', value: v, note: 'PAN' };
      }
      const body = `${rng.int(2, 9)}${rng.digits(10)}`;
      return { type: 'ID_NUMBER', value: group(body + verhoeffDigit(body), [4, 4, 4]), note: 'Aadhaar' };
    }
    case 'de-DE': {
      const v = deTaxId(rng);
      return { type: 'DE_TAX_ID', value: rng.chance(0.4) ? group(v, [2, 3, 3, 3]) : v };
    }
    case 'fr-FR': {
      const dep = rng.pick(['75', '69', '13', '33', '59', '31', '44', '67']);
      const n = `${female ? 2 : 1}${yy}${pad(b.m)}${dep}${pad(rng.int(1, 299), 3)}${pad(rng.int(1, 999), 3)}`;
      const key = pad(97 - (Number(n) % 97));
      return { type: 'FR_INSEE', value: rng.chance(0.6) ? `${group(n, [1, 2, 2, 2, 3, 3])} ${key}` : n + key };
    }
    case 'es-ES': {
      const L = 'TRWAGMYFPDXBNJZSQVHLCKE';
      if (rng.chance(0.25)) {
        const x = rng.int(0, 2);
        const d = rng.digits(7);
        return { type: 'ES_DNI', value: `${'XYZ'[x]}${d}${L[Number(`${x}${d}`) % 23]}`, note: 'NIE' };
      }
      const n = rng.int(10000000, 79999999);
      return { type: 'ES_DNI', value: `${n}${rng.chance(0.2) ? '-' : ''}${L[n % 23]}` };
    }
    case 'es-MX':
      return { type: 'ID_NUMBER', value: curp(rng, p, b, female), note: 'CURP' };
    case 'it-IT':
      return { type: 'ID_NUMBER', value: italianCf(rng, p, b, female), note: 'codice fiscale' };
    case 'pt-BR':
      return { type: 'ID_NUMBER', value: cpf(rng), note: 'CPF' };
    case 'nl-NL':
      return { type: 'NL_BSN', value: nlBsn(rng) };
    case 'pl-PL': {
      const mm = b.m + (b.y >= 2000 ? 20 : 0);
      const body = `${yy}${pad(mm)}${pad(b.d)}${rng.digits(3)}${female ? rng.pick([0, 2, 4, 6, 8]) : rng.pick([1, 3, 5, 7, 9])}`;
      const wts = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
      const s = body.split('').reduce((a, c, i) => a + Number(c) * wts[i], 0);
      return { type: 'ID_NUMBER', value: body + ((10 - (s % 10)) % 10), note: 'PESEL' };
    }
    case 'sv-SE': {
      const body = `${yy}${pad(b.m)}${pad(b.d)}${rng.digits(3)}`;
      const c = luhnDigit(body);
      const v = `${body.slice(0, 6)}-${body.slice(6)}${c}`;
      return { type: 'ID_NUMBER', value: rng.chance(0.3) ? `${String(b.y).slice(0, 2)}${v}` : v, note: 'personnummer' };
    }
    case 'tr-TR':
      return { type: 'ID_NUMBER', value: tckn(rng), note: 'TCKN' };
    case 'ja-JP': {
      const v = myNumber(rng);
      return { type: 'ID_NUMBER', value: rng.chance(0.5) ? group(v, [4, 4, 4]) : v, note: 'My Number' };
    }
    case 'id-ID': {
      const reg = rng.pick(['317101', '317404', '327305', '357801', '347102', '337406', '127105', '510301']);
      const v = `${reg}${pad(b.d + (female ? 40 : 0))}${pad(b.m)}${yy}${pad(rng.int(1, 60), 4)}`;
      return { type: 'ID_NUMBER', value: v, note: 'NIK' };
    }
    default: {
      const prov = rng.pick(['001', '079', '048', '031', '092', '038', '046']);
      const g = (b.y >= 2000 ? 2 : 0) + (female ? 1 : 0);
      return { type: 'ID_NUMBER', value: `${prov}${g}${yy}${rng.digits(6)}`, note: 'CCCD' };
    }
  }
}

export function secretValue(rng: Rng): Raw {
  const k = rng.int(0, 11);
  const v = [
    () => `sk-${rand(rng, 48)}`,
    () => `sk-proj-${rand(rng, 40)}_${rand(rng, 38, `${AN}-`)}`,
    () => `ghp_${rand(rng, 36)}`,
    () => `github_pat_11${rand(rng, 20, `${UP}0123456789`)}_${rand(rng, 59)}`,
    () => `AKIA${rand(rng, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    () => `xoxb-${rng.int(1, 9)}${rng.digits(11)}-${rng.int(1, 9)}${rng.digits(12)}-${rand(rng, 24)}`,
    () => `sk_live_${rand(rng, 24)}${rand(rng, rng.int(0, 20))}`,
    () => `AIza${rand(rng, 35, `${AN}-_`)}`,
    () => `glpat-${rand(rng, 20, `${AN}-_`)}`,
    () => `hf_${rand(rng, 34, UP + UP.toLowerCase())}`,
    () => `npm_${rand(rng, 36)}`,
    () => `SG.${rand(rng, 22, `${AN}-_`)}.${rand(rng, 43, `${AN}-_`)}`,
  ][k]();
  return { type: 'SECRET', value: v };
}

const PASSWORDS = [
  'Sommer2023!',
  'hunter2',
  'Tr0ub4dor&3',
  'P4ssw0rd_prod',
  'qwerty1234',
  'Geheim#77',
  'admin123',
  'S3cr3t-DB',
  'Zaq12wsx',
  'Banane!42',
  'Primavera2024',
  'w8Lk2pQz9',
  'changeme',
  'Kasia1987',
  'Istanbul34!',
  'm0nk3y_b1z',
];
export function urlCredValue(rng: Rng, p: Persona): { pre: string; value: string; post: string } {
  const user = rng.pick([
    p.ascii[0],
    `${p.ascii[0]}.${p.ascii[1]}`,
    'admin',
    'deploy',
    'app_user',
    'root',
    'svc_backup',
  ]);
  const scheme = rng.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqp', 'https', 'ftp', 'smtp']);
  const host = rng.pick([
    'db.internal.example.net',
    'cluster0.ab12c.mongodb.net',
    '10.0.3.17:5432',
    'mq.staging.local',
    'git.company.io',
    'files.example.org',
    'mail.example.com:587',
    'localhost:6379',
  ]);
  const path = rng.pick(['/app', '/orders?sslmode=require', '', '/0', '/vhost', '/backup/', '/production']);
  const pw = rng.chance(0.3) ? rand(rng, rng.int(12, 20)) : rng.pick(PASSWORDS);
  return { pre: `${scheme}://`, value: `${user}:${pw}`, post: `@${host}${path}` };
}
