import { describe, expect, it } from 'vitest';
import { foldText } from '../src/pii/normalize.ts';
import { type Case, engine, expectAll, expectNone } from './helpers/pii-cover.ts';

/**
 * The leak classes hold-out 8 showed (values inside machine containers: MIME headers and bodies, URLs and forms,
 * JSON inside JSON; values in non-Latin scripts and digits), each with examples written for this file.
 * Hit = no letter or digit of the value outside an entity of its type.
 */

const bytes = (s: string) => [...new TextEncoder().encode(s)];
const hex2 = (b: number) => b.toString(16).toUpperCase().padStart(2, '0');

/** RFC 2047 "Q" encoded-word: letters and digits as they are, space as '_', every other byte as "=XX". */
const qWord = (s: string) =>
  `=?UTF-8?Q?${bytes(s)
    .map((b) =>
      b === 32 ? '_' : /[A-Za-z0-9+-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${hex2(b)}`,
    )
    .join('')}?=`;

/** Quoted-printable: bytes above ASCII (and those of `also`) as "=XX", lines soft-broken ("=" + newline) at `width`. */
function qp(s: string, width: number, also = ''): string {
  const parts = bytes(s).map((b) =>
    b > 126 || also.includes(String.fromCharCode(b)) ? `=${hex2(b)}` : String.fromCharCode(b),
  );
  const lines: string[] = [];
  let line = '';
  for (const p of parts) {
    if (line.length + p.length > width) {
      lines.push(`${line}=`);
      line = '';
    }
    line += p;
  }
  return [...lines, line].join('\n');
}

/** Percent-encoding of every byte that is not an ASCII letter or digit. */
const pct = (s: string) =>
  bytes(s)
    .map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${hex2(b)}`))
    .join('');

const MIME = 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n';

describe('hold-out 8 classes: MIME encoded-words and quoted-printable', () => {
  it('reads values in RFC 2047 Q encoded-words', async () => {
    const cases: Case[] = [
      ['PHONE', '+44_20_7946_0018', `Subject: ${qWord('Телефон: +44 20 7946 0018')}\r\nTo: x`],
      ['EMAIL', 'lena=2Em=40web=2Ede', `Subject: ${qWord('Ηλεκτρονικό ταχυδρομείο: lena.m@web.de')}\r\n`],
      ['CREDIT_CARD', '4111_1111_1111_1111', `Subject: ${qWord('信用卡 4111 1111 1111 1111')}`],
      ['US_SSN', '512-38-7741', `Subject: ${qWord('מספר: 512-38-7741')}`],
      ['IP_ADDRESS', '81=2E169=2E145=2E92', `Subject: ${qWord('адрес 81.169.145.92')}`],
    ];
    await expectAll(cases);
  });

  it('joins two encoded-words separated by a folded header line', () => {
    const text = `Subject: ${qWord('номер +44 20')}\r\n ${qWord(' 7946 0018')}`;
    expect(foldText(text).folded).toBe('Subject: номер +44 20 7946 0018');
  });

  it('reads values in a quoted-printable body, soft line breaks removed', async () => {
    const phone = qp('Παρακαλώ καλέστε με στο +30 21 0123 4567 αύριο.', 40);
    const email = qp('Με εκτίμηση, Ελένη. email: eleni.k@uoc.gr', 44, '@');
    const ip = qp('ที่อยู่ IP ของเครื่อง: 2001:db8:85a3::8a2e:370:7334 ครับ', 50);
    const cases: Case[] = [
      ['PHONE', phone.slice(phone.indexOf('+30'), phone.indexOf('567') + 3), MIME + phone],
      ['EMAIL', 'eleni.k=40uoc.gr', MIME + email],
      ['IP_ADDRESS', ip.slice(ip.indexOf('2001'), ip.indexOf('7334') + 4), MIME + ip],
    ];
    for (const [, value] of cases) expect(value.length).toBeGreaterThan(8);
    await expectAll(cases);
  });

  it('decodes "=XX" bytes of UTF-8 characters without the header, and leaves "=XX" in code alone', () => {
    expect(foldText('=CE=B1=CE=B2 =E0=B9=94').folded).toBe('αβ 4');
    expect(foldText('a=42; b=3D; c=C3 x = 1 =\ny').folded).toBe('a=42; b=3D; c=C3 x = 1 =\ny');
    // ASCII bytes are decoded in a quoted-printable body only
    expect(foldText(`${MIME}a=40b=2Ec`).folded).toBe(`${MIME}a@b.c`);
  });
});

describe('hold-out 8 classes: percent-encoded UTF-8 and form bodies', () => {
  it('reads percent-encoded UTF-8 characters: letters, thin spaces, native digits', async () => {
    const cases: Case[] = [
      ['EMAIL', pct('иван@почта.рф'), `Cookie: a=1; mail=${pct('иван@почта.рф')}; b=2`],
      ['US_SSN', '512%E2%80%8938%E2%80%897741', 'GET /v1?ssn=512%E2%80%8938%E2%80%897741&x=1'],
      ['CREDIT_CARD', pct('๔๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑'), `curl "https://x.test/q?card=${pct('๔๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑')}"`],
      ['PHONE', pct('\u202a+44 20 7946 0018\u202c'), `/call?to=${pct('\u202a+44 20 7946 0018\u202c')}`],
    ];
    await expectAll(cases);
  });

  it("reads '+' as a space between digit groups of a form body", async () => {
    const cases: Case[] = [
      ['CREDIT_CARD', '5500+0055+5555+5559', `name=${pct('Ана Петрова')}&card=5500+0055+5555+5559&ok=1`],
      ['IBAN', 'GB82+WEST+1234+5698+7654+32', 'user=ann&iban=GB82+WEST+1234+5698+7654+32&lang=en'],
      ['PHONE', '+44+20+7946+0018', 'https://example.org/search?q=+44+20+7946+0018'],
    ];
    await expectAll(cases);
    expect(foldText('2+2=4 and x=1+2; y=3').folded).toBe('2+2=4 and x=1+2; y=3');
  });
});

describe('hold-out 8 classes: JSON inside a JSON string', () => {
  const arabic = (digits: string) => [...digits].map((d) => `\\\\u066${d}`).join('');
  it('reads "\\\\uXXXX" escapes of an inner JSON document', async () => {
    const cases: Case[] = [
      [
        'PHONE',
        String.raw`\\u202a+44 20 7946 0018\\u202c`,
        String.raw`{"type":"sms","body":"{\"to\":\"\\u202a+44 20 7946 0018\\u202c\",\"n\":1}"}`,
      ],
      ['CREDIT_CARD', arabic('4111111111111111'), `{"p":"{\\"card\\":\\"${arabic('4111111111111111')}\\"}"}`],
      ['US_SSN', String.raw`\\u200e512-38-7741\\u200e`, String.raw`{"p":"{\"ssn\":\"\\u200e512-38-7741\\u200e\"}"}`],
    ];
    await expectAll(cases);
  });
});

describe('hold-out 8 classes: IBAN countries', () => {
  const persian = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x6f0 + Number(d)));
  it('reads Iranian IBANs (شبا) in ASCII and Persian digits, and the newer registry countries', async () => {
    const cases: Case[] = [
      ['IBAN', 'IR050170000000123456789012', 'شماره شبا IR050170000000123456789012 است'],
      ['IBAN', 'IR56 0550 0123 4567 8901 2345 67', 'Sheba: IR56 0550 0123 4567 8901 2345 67.'],
      [
        'IBAN',
        persian('IR56 0550 0123 4567 8901 2345 67'),
        `{"sheba":"\u2068${persian('IR56 0550 0123 4567 8901 2345 67')}\u2069"}`,
      ],
      ['IBAN', persian('IR050170000000123456789012'), `حساب: ${persian('IR050170000000123456789012')} — ممنون`],
      ['IBAN', 'YE15 CBYE 0001 0188 6123 4567 8912 34', 'Account YE15 CBYE 0001 0188 6123 4567 8912 34'],
      ['IBAN', 'HN06CASO00000000000012345678', 'cuenta HN06CASO00000000000012345678'],
      ['IBAN', 'CI93 CI00 8011 1301 1342 9120 0589', 'RIB: CI93 CI00 8011 1301 1342 9120 0589'],
      ['IBAN', 'MA64011519000001205000534921', 'IBAN MA64011519000001205000534921 merci'],
    ];
    await expectAll(cases);
  });
});

describe('hold-out 8 classes: values split by string concatenation and folded lines', () => {
  it('closes up a concatenation that cut a value inside a group', async () => {
    const cases: Case[] = [
      ['EMAIL', 'ingrid.h3"\n        "1@posteo.no', 'to_addr = (\n    "ingrid.h3"\n        "1@posteo.no"\n)'],
      ['US_SSN', "512-38-7' +\n    '741", "const ssn = '\u2066512-38-7' +\n    '741\u2069';"],
      ['US_SSN', '5"+"12-38-7741', 'String s = "5"+"12-38-7741";'],
      ['IP_ADDRESS', '2001:db8:85a3:0:0:8a2e:37" + "0:7334', 'var host = "2001:db8:85a3:0:0:8a2e:37" + "0:7334";'],
    ];
    await expectAll(cases);
  });

  it('still gives a group separator back where the concatenation replaced it', async () => {
    await expectAll([
      ['CREDIT_CARD', "4111 1111 1111' + '1111", "card = '4111 1111 1111' + '1111'"],
      ['US_SSN', '512`, `38-7741', 'ssn `512`, `38-7741`'],
      ['IP_ADDRESS', '2001:db8:85a3:0" + "0:8a2e:370:7334', 'ip = "2001:db8:85a3:0" + "0:8a2e:370:7334"'],
      ['PHONE', '+1" + " 212 555 0199', 'tel = "+1" + " 212 555 0199"'],
    ]);
  });

  it('unfolds iCalendar and vCard lines (a line break and one blank continue the line)', async () => {
    const ics =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Сервер 81.169.1\r\n 45.92 недоступен\r\nEND:VEVENT\r\nEND:VCALENDAR';
    const vcf =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nTEL;TYPE=cell:+44 20 79\r\n 46 0018\r\nEMAIL:anna.k@exa\r\n mple.org\r\nEND:VCARD';
    await expectAll([
      ['IP_ADDRESS', '81.169.1\r\n 45.92', ics],
      ['PHONE', '+44 20 79\r\n 46 0018', vcf],
      ['EMAIL', 'anna.k@exa\r\n mple.org', vcf],
    ]);
    expect(foldText('line one\r\n two').folded).toBe('line one\r\n two');
  });
});

describe('hold-out 8 classes: no false hits on record numbers, dates, prices and digests', () => {
  it('reads no phone in a date with a counter, a year with a counter, or a Solar Hijri / Buddhist date', async () => {
    await expectNone(
      [
        'order B-20251107-0071 shipped',
        'log order_id=20251107-3390 ok',
        '주문 2025-1107-3390 처리',
        'เลขที่ 2568/00372 วันที่ ๗ พ.ย. ๒๕๖๘',
        'صورتحساب به تاریخ ۱۴۰۳/۰۷/۱۹ صادر شد',
        'Registro 2023/004417 archiviato',
      ],
      ['PHONE'],
    );
  });

  it('reads no phone in an order or tracking number of another language, nor a price with decimals', async () => {
    await expectNone(
      [
        'رقم الطلب ٥٧٣٩١: المبلغ ٢٥٠ ر.س',
        'номер заказа 57391 принят',
        'kargo takip: 6128 3904 71, teslim yarın',
        'сумма 15 490,00 ₽, номер накладной у курьера',
        'Tutar 45 990,00 ₺ (numara yok)',
      ],
      ['PHONE'],
    );
  });

  it('still reads a short number next to a phone word, and a phone in table cells', async () => {
    await expectAll([
      ['PHONE', '٥٧٣٩١', 'هاتف ٥٧٣٩١'],
      ['PHONE', '+44 | 20 | 7946 | 0018', '| tel | +44 | 20 | 7946 | 0018 |'],
    ]);
  });

  it('reads no value across Markdown table cells when a cell is a date', async () => {
    await expectNone([
      '| Nr | Datum | Menge |\n|---|---|---|\n| A-3390 | 07/11/2025 | 4 | 2 |\n| A-3391 | 08/11/2025 | 15 | 3 |',
    ]);
  });

  it('reads no secret in a hex digest or UUID under a hash, commit or id key; a credential key keeps it', async () => {
    await expectNone(
      [
        'GIT_COMMIT=8c2d4e6f1a3b5c7d9e0f2a4b6c8d0e1f3a5b7c9d',
        'build.sha1=8C2D4E6F1A3B5C7D9E0F2A4B6C8D0E1F3A5B7C9D',
        'request_id=9c4e2a1b-7d3f-4a8e-b5c1-2e0f6a8b4d7c',
        'IMAGE_DIGEST=5d41402abc4b2a76B9719d911017c592a3bf4f1b',
      ],
      ['SECRET'],
    );
    const found = await engine.detect('api_key=8c2d4e6f1a3b5c7d9e0f2a4b6c8d0e1f3a5b7c9d');
    expect(found.map((e) => e.type)).toContain('SECRET');
  });
});
