import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPiiEngine } from '../src/pii/index.ts';
import { birthDateRecognizer } from '../src/pii/recognizers/birth-date.ts';
import { credentialRecognizer } from '../src/pii/recognizers/credentials.ts';
import { cryptoAddressRecognizer } from '../src/pii/recognizers/crypto-address.ts';
import { deviceIdRecognizer, imeiRecognizer } from '../src/pii/recognizers/device-ids.ts';
import type { PiiEntityType } from '../src/pii/types.ts';

const engine = createPiiEngine({ defaultRegion: 'US' });

/** [type, text] of every entity of a sentence. */
async function found(sentence: string): Promise<[PiiEntityType, string][]> {
  return (await engine.detect(sentence)).map((e) => [e.type, e.text]);
}
async function ofType(sentence: string, type: PiiEntityType): Promise<string[]> {
  return (await found(sentence)).filter(([t]) => t === type).map(([, text]) => text);
}

// Checksums computed here from the published rules, independently of the recognizers' code.
const sha256 = (b: Uint8Array) => new Uint8Array(createHash('sha256').update(b).digest());
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58check(version: number, payload20: Uint8Array): string {
  const body = Uint8Array.from([version, ...payload20]);
  const full = Uint8Array.from([...body, ...sha256(sha256(body)).subarray(0, 4)]);
  let n = BigInt(`0x${Buffer.from(full).toString('hex')}`);
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const byte of full) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bechPolymod(values: number[]): number {
  const g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= g[i];
  }
  return chk >>> 0;
}
function segwit(hrp: string, version: number, program: Uint8Array): string {
  const data = [version];
  let acc = 0;
  let bits = 0;
  for (const byte of program) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const hrpx = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const mod = bechPolymod([...hrpx, ...data, 0, 0, 0, 0, 0, 0]) ^ (version === 0 ? 1 : 0x2bc830a3);
  const check = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...check].map((d) => BECH[d]).join('')}`;
}
const bytes = (seed: number, n: number) => Uint8Array.from({ length: n }, (_, i) => (seed * 31 + i * 17 + 7) & 0xff);
const luhnDigit = (body: string) => {
  const total = [...body]
    .map(Number)
    .reverse()
    .reduce((s, d, i) => s + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return String((10 - (total % 10)) % 10);
};
function vin(body: string): string {
  // body: 17 characters with '_' in place 9
  const letterValue = (c: string) => {
    if (/\d/.test(c)) return Number(c);
    const table: Record<string, number> = {
      A: 1,
      B: 2,
      C: 3,
      D: 4,
      E: 5,
      F: 6,
      G: 7,
      H: 8,
      J: 1,
      K: 2,
      L: 3,
      M: 4,
      N: 5,
      P: 7,
      R: 9,
      S: 2,
      T: 3,
      U: 4,
      V: 5,
      W: 6,
      X: 7,
      Y: 8,
      Z: 9,
    };
    return table[c];
  };
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const sum = [...body].reduce((s, c, i) => s + (c === '_' ? 0 : letterValue(c) * weights[i]), 0);
  const r = sum % 11;
  return body.replace('_', r === 10 ? 'X' : String(r));
}
const aba = (body8: string) => {
  const n = [...body8].map(Number);
  const partial = 3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5]);
  return body8 + String((10 - (partial % 10)) % 10);
};

describe('SECRET: a credential after its label', () => {
  it.each([
    ['my password is Summer2024!', 'Summer2024!'],
    ['password: hunter2', 'hunter2'],
    ['Password=Correct-Horse-9', 'Correct-Horse-9'],
    ['pwd=Tr0ub4dor&3', 'Tr0ub4dor&3'],
    ['DB_PASSWORD=s3cr3tValue', 's3cr3tValue'],
    ['{"password": "hunter2"}', 'hunter2'],
    ["the wifi password is 'blue42fish'", 'blue42fish'],
    ['my password for gmail is Bl4ck!bird', 'Bl4ck!bird'],
    ['mein Passwort ist Geheim#12', 'Geheim#12'],
    ['Kennwort: Sommer2024', 'Sommer2024'],
    ['le mot de passe est "soleil42"', 'soleil42'],
    ['mi contraseña es Gato_1990', 'Gato_1990'],
    ['a senha é Brasil@2022', 'Brasil@2022'],
    ['wachtwoord: fiets123', 'fiets123'],
    ['hasło: Kot2024!', 'Kot2024!'],
    ['şifre: ankara06', 'ankara06'],
    ['пароль: qwerty123', 'qwerty123'],
    ['kata sandi: rahasia99', 'rahasia99'],
    ['mật khẩu: matkhau88', 'matkhau88'],
    ['密码是abc123，谢谢', 'abc123'],
    ['パスワード：abc12345', 'abc12345'],
    ['비밀번호는 1234', '1234'],
    ['my pin is 4821', '4821'],
    ['PIN 4821', '4821'],
    ['PIN-Code: 1234', '1234'],
    ['code PIN 4821', '4821'],
    ['CVV 123 exp 04/27', '123'],
    ['CVC2: 987', '987'],
    ['CVV code 321', '321'],
    ['security code 4412', '4412'],
    ['Prüfziffer 553', '553'],
    ['OTP: 448120', '448120'],
    ['your verification code is 558201', '558201'],
    ['2FA code 771204', '771204'],
    ['security answer: Fluffy', 'Fluffy'],
  ])('%j', async (sentence, value) => {
    expect(await ofType(sentence, 'SECRET')).toEqual([value]);
  });

  it.each([
    'I forgot my password',
    'password reset link',
    'please reset your password',
    'reset your PIN',
    'CVV is on the back of the card',
    'the password is too short',
    'the password is incorrect',
    'Password: ********',
    'password: <redacted>',
    'password: hidden',
    'password: your password',
    'Password: required',
    'password: string',
    'password = os.getenv("DB_PASSWORD")',
    `password: ${'$'}{{ secrets.DB_PASSWORD }}`,
    'pass the salt 1234 times',
    'connect pin 13 to ground',
    'pwd: /home/anna/projects',
    'Passwort vergessen?',
    'password must be 8 characters long',
    'I use a password manager',
    'passwords 1234',
    'What is a one-time password?',
    'host=localhost; user=my_user; password=my_password',
    'password: YOUR_PASSWORD',
  ])('not %j', async (sentence) => {
    expect(await ofType(sentence, 'SECRET')).toEqual([]);
  });
});

describe('CRYPTO_ADDRESS', () => {
  const p2pkh = base58check(0x00, bytes(1, 20));
  const p2sh = base58check(0x05, bytes(2, 20));
  const ltc = base58check(0x30, bytes(3, 20));
  const v0 = segwit('bc', 0, bytes(4, 20));
  const v0script = segwit('bc', 0, bytes(5, 32));
  const taproot = segwit('bc', 1, bytes(6, 32));
  // EIP-55's own test vectors (mixed case, checksummed).
  const eip55 = ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359'];

  it.each([p2pkh, p2sh, ltc, v0, v0script, taproot, v0.toUpperCase(), ...eip55])('%s', async (address) => {
    expect(await found(`send it to ${address} please`)).toEqual([['CRYPTO_ADDRESS', address]]);
  });

  it('all lower or all upper case Ethereum addresses carry no checksum and are taken', async () => {
    const lower = eip55[0].toLowerCase();
    expect(await ofType(`wallet ${lower}`, 'CRYPTO_ADDRESS')).toEqual([lower]);
    expect(await ofType('ETH 0x52908400098527886E0F7030069857D2E4169EE7', 'CRYPTO_ADDRESS')).toHaveLength(1);
  });

  it('a broken checksum is no address', async () => {
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'a' ? 'b' : 'a') + s.slice(i + 1);
    expect(await ofType(`to ${flip(p2pkh, 10)}`, 'CRYPTO_ADDRESS')).toEqual([]);
    expect(await ofType(`to ${v0.slice(0, -1)}${v0.endsWith('q') ? 'p' : 'q'}`, 'CRYPTO_ADDRESS')).toEqual([]);
    // One letter's case flipped breaks EIP-55.
    const bad = eip55[0].replace('aAeb', 'aaeb');
    expect(await ofType(`to ${bad}`, 'CRYPTO_ADDRESS')).toEqual([]);
  });

  it('hex that is no address: git SHAs, 32-byte hashes, the zero address', async () => {
    const sha = createHash('sha1').update('x').digest('hex');
    const hash = `0x${createHash('sha256').update('x').digest('hex')}`;
    expect(await ofType(`commit ${sha}`, 'CRYPTO_ADDRESS')).toEqual([]);
    expect(await ofType(`tx ${hash}`, 'CRYPTO_ADDRESS')).toEqual([]);
    expect(await ofType(`address(0) is 0x${'0'.repeat(40)}`, 'CRYPTO_ADDRESS')).toEqual([]);
  });

  it('an address in a Solidity sample is still an address (a contract and a wallet look the same)', async () => {
    const code = `contract Vault { address owner = ${eip55[1]}; }`;
    expect(await ofType(code, 'CRYPTO_ADDRESS')).toEqual([eip55[1]]);
  });
});

describe('ID_NUMBER: bank, device and vehicle identifiers', () => {
  const imei = `49015420323751${luhnDigit('49015420323751')}`;
  const vinValue = vin('1HGCM826_3A004352');
  const routing = aba('02100002');
  it.each([
    ['account number 12345678, sort code 12-34-56', ['12345678', '12-34-56']],
    ['Kontonummer 1234567890', ['1234567890']],
    ['numéro de compte : 12345 67890', ['12345 67890']],
    ['número de cuenta 0049 1500 0512', ['0049 1500 0512']],
    ['rekeningnummer 123456789', ['123456789']],
    ['Account 12345678 was charged twice', ['12345678']],
    ['номер счёта 40817810099910004312', []],
    [`routing number ${routing}`, [routing]],
    [`ABA ${routing}`, [routing]],
    ['BIC DEUTDEFF', ['DEUTDEFF']],
    ['Kontonummer: 0532013000, BLZ 37040044', ['0532013000', '37040044']],
    ['BSB 062-000 account 12345678', ['062-000', '12345678']],
    ['IFSC SBIN0001234', ['SBIN0001234']],
    ['SWIFT: DEUTDEFF500', ['DEUTDEFF500']],
    ['MAC 00:1A:2B:3C:4D:5E', ['00:1A:2B:3C:4D:5E']],
    ['the router at 00-1a-2b-3c-4d-5e', ['00-1a-2b-3c-4d-5e']],
    ['interface 0011.22aa.bb33 is up', ['0011.22aa.bb33']],
    [`VIN ${vinValue}`, [vinValue]],
    [`I bought a car, ${vinValue}, last year`, [vinValue]],
    ['VIN: WVWZZZ1JZXW000001', ['WVWZZZ1JZXW000001']],
  ])('%j', async (sentence, values) => {
    expect(await ofType(sentence, 'ID_NUMBER')).toEqual(values);
  });

  it('an IMEI passes the card Luhn check: with its label it is an ID_NUMBER, not a CREDIT_CARD', async () => {
    expect(await found(`IMEI ${imei}`)).toEqual([['ID_NUMBER', imei]]);
    expect(await found(`IMEI: ${imei.slice(0, 2)}-${imei.slice(2, 8)}-${imei.slice(8, 14)}-${imei[14]}`)).toEqual([
      ['ID_NUMBER', `${imei.slice(0, 2)}-${imei.slice(2, 8)}-${imei.slice(8, 14)}-${imei[14]}`],
    ]);
  });

  it.each([
    'the lottery numbers were 04-11-23-35-42-47',
    'broadcast ff:ff:ff:ff:ff:ff',
    'null 00:00:00:00:00:00',
    'at 12:34:56 the job ran',
    'fe80::1:2:3:4:5:6',
    'BIC XXXXZZ12',
    'Swift is a language; DEUTDEFF',
    'account 2024',
    'the account 123456',
    `a random code 1HGCM82633A00435X9`,
  ])('not %j', async (sentence) => {
    expect(await ofType(sentence, 'ID_NUMBER')).toEqual([]);
  });

  it('a VIN without a label needs its check digit', async () => {
    const wrong = vinValue.slice(0, 8) + (vinValue[8] === '1' ? '2' : '1') + vinValue.slice(9);
    expect(await ofType(`car ${wrong} sold`, 'ID_NUMBER')).toEqual([]);
    expect(await ofType(`VIN ${wrong}`, 'ID_NUMBER')).toEqual([wrong]);
  });
});

describe('linear time: 200 KB of each new pattern', () => {
  const ctx = { entropyThreshold: 4 };
  const recognizers = [
    credentialRecognizer,
    cryptoAddressRecognizer,
    birthDateRecognizer,
    deviceIdRecognizer,
    imeiRecognizer,
  ];
  const units = [
    'password: ',
    'password is ',
    'password for a b c ',
    'pwd=',
    'PIN ',
    'pin-',
    '密码',
    '"password"',
    'password "aaaaaaaaa ',
    '1A1zP1eP5Q',
    '1',
    'bc1qqqqq',
    '0x',
    'a',
    'DOB ',
    'born on ',
    '14/03/',
    '14 March ',
    'aa:bb:',
    'aa-',
    '0011.',
    'IMEI ',
    'account number 1 ',
    '1 ',
    'A',
    'VIN ',
  ];
  it.each(units)('200 KB of %j', (unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const t0 = performance.now();
    for (const r of recognizers) r.find(text, ctx);
    // a quadratic pass takes minutes here; linear ones take milliseconds
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('a marketplace order number is no card (card.ts, digit-run.ts)', () => {
  it('3-7-7 joined by dashes stays, even when its check digit holds; a dashed card is still found', async () => {
    expect(await ofType('bestelling 698-5940945-9677712, de Dyson was kapot', 'CREDIT_CARD')).toEqual([]);
    expect(await ofType('mi tarjeta 4111-1111-1111-1111 gracias', 'CREDIT_CARD')).toEqual(['4111-1111-1111-1111']);
  });
});
