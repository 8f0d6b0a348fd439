import { getCountries } from 'libphonenumber-js/max';
import { escapeRegExp } from '../context.ts';
import type { RawMatch, Recognizer } from '../types.ts';
import { luhn, match } from './util.ts';

/**
 * ID_NUMBER for bank, device and vehicle identifiers (the recognizer's name, `device-id`, marks them: see detect.ts).
 * Found without a label: a MAC address (six hex pairs joined by ':' or '-', or three groups of four joined by '.'; not
 * all zeros or all 'f'; pairs of digits joined by '-' need a hex letter, lottery numbers look the same), a VIN whose
 * North-American check digit holds (17 of A-H J-N P R-Z 0-9, a model year letter in place 10, the last five digits).
 * After a label only: a bank account number (6-18 digits), a UK sort code, a US routing (ABA) number, a German BLZ,
 * an Australian BSB, an Indian IFSC, a BIC / SWIFT
 * code (8 or 11 capitals and digits, a country that exists), an IMEI (15 digits, Luhn) and a VIN without its check.
 * Every pattern is one pass of bounded quantifiers; labels are matched without the 'u' flag (linear time).
 */
/** A bank's routing code named near an account number. */
const BANK_ROUTE = /(?<![\p{L}])(?:transit|institution|routing|sort code|bsb|ifsc|branch code|aba)(?![\p{L}])/iu;
type Kind = 'account' | 'sort' | 'routing' | 'blz' | 'bsb' | 'ifsc' | 'bic' | 'imei' | 'vin';
const LABELS: Readonly<Record<Kind, readonly string[]>> = {
  account: [
    'account number',
    'account no',
    'account #',
    'acct no',
    'a/c no.',
    'a/c no',
    'a/c number',
    'a/c',
    'acct #',
    'acct',
    'bank account',
    'account',
    'kontonummer',
    'konto-nr',
    'kontonr',
    'numéro de compte',
    'numero de compte',
    'n° de compte',
    'número de cuenta',
    'numero de cuenta',
    'nº de cuenta',
    'numero di conto',
    'numero conto',
    'conto corrente',
    'número da conta',
    'numero da conta',
    'rekeningnummer',
    'numer konta',
    'numer rachunku',
    'hesap numarası',
    'hesap numarasi',
    'hesap no',
    'номер счёта',
    'номер счета',
    'расчётный счёт',
    'расчетный счет',
    'лицевой счёт',
    'лицевой счет',
  ],
  sort: ['sort code', 'sort-code', 'sortcode'],
  routing: ['routing number', 'routing no', 'routing #', 'routing', 'aba', 'aba number', 'aba routing number', 'rtn'],
  blz: ['blz', 'bankleitzahl'],
  bsb: ['bsb', 'bsb number'],
  ifsc: ['ifsc', 'ifsc code'],
  bic: ['bic', 'swift', 'swift code', 'bic code', 'swift/bic', 'bic/swift', 'swift-code', 'bic-code'],
  imei: ['imei', 'imei number', 'imei no', 'imei-nummer', 'imei nummer', 'numéro imei'],
  vin: [
    'vin',
    'vin number',
    'vin no',
    'vehicle identification number',
    'fahrgestellnummer',
    'fahrzeug-identifizierungsnummer',
    'fin',
    'numéro de série du véhicule',
    'numéro vin',
    'número de bastidor',
    'número de chasis',
    'numero di telaio',
    'telaio',
    'chassis number',
    'chassisnummer',
    'numer vin',
    'šasi numarası',
  ],
};
/** Short labels that are words or names too ("fin", "aba", "rtn", "acct"): capitals only, or a field mark after. */
const CAPS_ONLY = new Set(['fin', 'aba', 'rtn', 'vin', 'bic', 'swift', 'acct', 'bsb', 'blz']);

const KIND_OF = new Map<string, Kind>();
for (const [kind, words] of Object.entries(LABELS) as [Kind, readonly string[]][])
  for (const w of words) KIND_OF.set(w, kind);
const LABEL_RE = new RegExp(
  [...KIND_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, String.raw`[ \t]+`))
    .join('|'),
  'gi',
);
const ALNUM = /[\p{L}\p{N}]/u;
/** Between the label and the value: a field mark, "number", "no.", "is", "#" (sticky). */
const FILLER =
  /(?<mark>[ \t]{0,3}(?:[:=#]|n[o°º]\.?|nr\.?|number|nummer|is|ist|est|es)?)(?:[ \t]{0,3}(?:[:=#]|n[o°º]\.?|nr\.?|number|nummer|is|ist|est|es|:))?[ \t]{0,3}/iy;
const VALUES: Readonly<Record<Kind, RegExp>> = {
  account: /\d[\d -]{4,24}\d(?![\p{L}\p{N}]|[-/.]\d)/uy,
  sort: /\d{2}([- ]?)\d{2}\1\d{2}(?![\p{L}\p{N}]|[-/.]\d)/uy,
  routing: /\d{9}(?![\p{L}\p{N}]|[-/.]\d)/uy,
  blz: /\d{3} ?\d{3} ?\d{2}(?![\p{L}\p{N}]|[-/.]\d)/uy,
  bsb: /\d{3}[- ]?\d{3}(?![\p{L}\p{N}]|[-/.]\d)/uy,
  ifsc: /[A-Z]{4}0[A-Z0-9]{6}(?![\p{L}\p{N}])/uy,
  bic: /[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![\p{L}\p{N}])/uy,
  imei: /\d{2}[- ]?\d{6}[- ]?\d{6}[- ]?\d(?![\p{L}\p{N}]|[-/.]\d)/uy,
  vin: /[A-HJ-NPR-Z0-9]{17}(?![\p{L}\p{N}])/uy,
};
const COUNTRIES = new Set<string>(getCountries());

const VIN_VALUES = '0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ';
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
/** North-American VIN check digit (place 9): the weighted sum of the letter values modulo 11, 10 written 'X'. */
export function vinCheck(vin: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i];
    const v = c >= '0' && c <= '9' ? Number(c) : VIN_VALUES.indexOf(c) % 10;
    sum += v * VIN_WEIGHTS[i];
  }
  const r = sum % 11;
  return vin[8] === (r === 10 ? 'X' : String(r));
}

/** ABA routing number: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 mod 10. */
export function abaCheck(d: string): boolean {
  const n = [...d].map(Number);
  return (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 === 0;
}

function valid(kind: Kind, raw: string): number {
  const digits = raw.replace(/\D/g, '');
  switch (kind) {
    case 'account':
      return digits.length >= 6 && digits.length <= 18 && !/^(\d)\1+$/.test(digits) ? 0.8 : 0;
    case 'sort':
    case 'blz':
    case 'bsb':
    case 'ifsc':
      return 0.85;
    case 'routing':
      return abaCheck(digits) ? 0.9 : 0.75;
    case 'bic':
      return COUNTRIES.has(raw.slice(4, 6)) ? 0.9 : 0;
    case 'imei':
      return luhn(digits) ? 0.95 : 0;
    case 'vin':
      return /\d/.test(raw) && /[A-Z]/.test(raw) ? (vinCheck(raw) ? 0.95 : 0.85) : 0;
  }
}

const MAC =
  /(?<![\p{L}\p{N}:.-])(?:[0-9A-Fa-f]{2}(?<sep>[:-])[0-9A-Fa-f]{2}(?:\k<sep>[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\p{L}\p{N}]|[:.-][0-9A-Fa-f])/gu;
/** A VIN without a label: its check digit, a model-year letter or digit in place 10, the serial's last five digits. */
const VIN = /(?<![\p{L}\p{N}])[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-TV-Y1-9][A-HJ-NPR-Z0-9]{2}\d{5}(?![\p{L}\p{N}])/gu;

/** Values after the labels of `kinds`. */
function labelled(text: string, kinds: ReadonlySet<Kind>): RawMatch[] {
  const out: RawMatch[] = [];
  if (!/\d/.test(text) && !/[A-Z]{8}/.test(text)) return out;
  for (const m of text.matchAll(LABEL_RE)) {
    const end = m.index + m[0].length;
    if (m.index > 0 && ALNUM.test(text[m.index - 1])) continue;
    if (end < text.length && ALNUM.test(text[end])) continue;
    const label = m[0].toLowerCase().replace(/\s+/g, ' ');
    const kind = KIND_OF.get(label);
    if (!kind || !kinds.has(kind)) continue;
    FILLER.lastIndex = end;
    const f = FILLER.exec(text);
    const at = f ? FILLER.lastIndex : end;
    if (CAPS_ONLY.has(label) && m[0] !== m[0].toUpperCase() && !/[:=#]/.test(f?.[0] ?? '')) continue;
    const re = VALUES[kind];
    re.lastIndex = at;
    const v = re.exec(text);
    if (!v) continue;
    const raw = v[0].replace(/[ -]+$/, '');
    // "account 2024": the bare word takes a long number only ("Account 12345678"), the longer labels any of 6 digits up.
    // …unless a bank's routing code is named beside it ("transit/institution 35355-010, account 7715645")
    const routed = () =>
      BANK_ROUTE.test(text.slice(Math.max(0, m.index - 80), Math.min(text.length, at + raw.length + 80)));
    if (label === 'account' && raw.replace(/\D/g, '').length < 8 && !routed()) continue;
    const score = valid(kind, raw);
    if (score > 0)
      out.push(match('ID_NUMBER', at, at + raw.length, score, raw.replace(/[^\dA-Za-z]/g, '').toUpperCase()));
  }
  return out;
}

const OTHER_KINDS: ReadonlySet<Kind> = new Set(['account', 'sort', 'routing', 'blz', 'bsb', 'ifsc', 'bic', 'vin']);
const IMEI_KIND: ReadonlySet<Kind> = new Set(['imei']);

export const deviceIdRecognizer: Recognizer = {
  name: 'device-id',
  types: ['ID_NUMBER'],
  find(text) {
    const out: RawMatch[] = labelled(text, OTHER_KINDS);
    for (const m of text.matchAll(MAC)) {
      const hex = m[0].replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
      if (/^(?:0+|f+)$/.test(hex)) continue;
      // "04-11-23-35-42-47": pairs of digits joined by '-' are a list of numbers far more often than an address.
      if (m.groups?.sep === '-' && !/[a-f]/.test(hex)) continue;
      out.push(match('ID_NUMBER', m.index, m.index + m[0].length, 0.85, hex));
    }
    for (const m of text.matchAll(VIN)) {
      if (/[A-Z]/.test(m[0]) && vinCheck(m[0])) out.push(match('ID_NUMBER', m.index, m.index + 17, 0.85, m[0]));
    }
    return out;
  },
};

/**
 * An IMEI after its label: 15 digits with a Luhn check, which a card number of 15 digits passes too; the label says
 * which (this recognizer's ID_NUMBER wins the span over CREDIT_CARD, detect.ts).
 */
export const imeiRecognizer: Recognizer = {
  name: 'imei',
  types: ['ID_NUMBER'],
  find(text) {
    return /imei/i.test(text) ? labelled(text, IMEI_KIND) : [];
  },
};
