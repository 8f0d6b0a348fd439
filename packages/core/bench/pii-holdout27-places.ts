/**
 * Locales of hold-out 27: language, ISO 639-3 code passed to the engine, phone region, IBAN country (if any), and
 * hand-written street addresses (with unit/floor, local order; "\n" may split street from town) and vehicle plates.
 */
import { digits, int, letters, pick, type Rand } from './pii-holdout27-values.ts';

export interface Locale {
  id: string;
  lang: string;
  iso3: string | undefined;
  region: string;
  iban: string;
  us?: boolean;
  addr: (r: Rand) => string;
  plate: (r: Rand) => string;
}

export const n = (r: Rand, lo: number, hi: number) => String(int(r, lo, hi));
/** Joins street part and town part with ", " or a line break. */
export const two = (r: Rand, a: string, b: string) => `${a}${r() < 0.25 ? '\n' : ', '}${b}`;
export const L = (r: Rand, k: number) => letters(r, k);
export const D = digits;
export const GREEK = 'ΑΒΕΗΙΚΜΝΟΡΤΥΧΖ';
export const CYR = 'АВЕКМНОРСТХ';

export const LOCALES_A: Locale[] = [
  {
    id: 'en-US',
    lang: 'en',
    iso3: 'eng',
    region: 'US',
    iban: '',
    us: true,
    addr: (r) =>
      two(
        r,
        `${n(r, 12, 9870)} ${pick(r, ['Maple Ave', 'W 34th St', 'Sycamore Lane', 'N Clark Street', 'Old Mill Rd'])}${pick(r, ['', ', Apt 3B', ' Unit 12', ', Apt. 210'])}`,
        pick(r, [
          'Columbus, OH 43215',
          'Chicago, IL 60614',
          'Austin, TX 78704',
          'Portland, OR 97214',
          'Raleigh, NC 27601',
        ]),
      ),
    plate: (r) => pick(r, [`${n(r, 1, 9)}${L(r, 3)}${D(r, 3)}`, `${L(r, 3)}-${D(r, 4)}`, `${L(r, 3)} ${D(r, 4)}`]),
  },
  {
    id: 'en-GB',
    lang: 'en',
    iso3: 'eng',
    region: 'GB',
    iban: 'GB',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['', 'Flat 2, ', 'Flat 4B, '])}${n(r, 1, 220)} ${pick(r, ['Elm Grove', 'Victoria Road', 'Church Lane', 'Kingsway', 'Albert Terrace'])}`,
        pick(r, ['Leeds LS6 2AB', 'London SE15 4QF', 'Bristol BS7 8NU', 'Manchester M14 5RP', 'Cardiff CF24 3DG']),
      ),
    plate: (r) => `${L(r, 2)}${n(r, 10, 74)} ${L(r, 3)}`,
  },
  {
    id: 'en-IN',
    lang: 'en',
    iso3: 'eng',
    region: 'IN',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Flat No. ', 'Flat ', 'H.No. '])}${n(r, 101, 1204)}, ${pick(r, ['Shanti Apartments, MG Road', 'Sai Residency, 4th Cross, Indiranagar', 'Block C, Sector 15', 'Green Park Society, Baner Road'])}`,
        pick(r, ['Pune 411045', 'Bengaluru 560038', 'Noida, Uttar Pradesh 201301', 'Hyderabad - 500081']),
      ),
    plate: (r) => `${pick(r, ['MH', 'KA', 'DL', 'TN', 'UP'])} ${n(r, 10, 50)} ${L(r, 2)} ${D(r, 4)}`,
  },
  {
    id: 'en-NG',
    lang: 'en',
    iso3: 'eng',
    region: 'NG',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['', 'Flat 3, ', 'Block 7, '])}${n(r, 2, 88)} ${pick(r, ['Adeola Odeku Street', 'Awolowo Road', 'Aminu Kano Crescent', 'Ogui Road'])}`,
        pick(r, ['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Wuse II, Abuja', 'Enugu']),
      ),
    plate: (r) => `${pick(r, ['KJA', 'LSR', 'ABJ', 'EKY', 'APP'])} ${D(r, 3)} ${L(r, 2)}`,
  },
  {
    id: 'en-PH',
    lang: 'en',
    iso3: 'eng',
    region: 'PH',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Unit 5B, ', 'Blk 12 Lot 7, ', '', 'Rm 304, '])}${n(r, 10, 2100)} ${pick(r, ['Mabini St.', 'Rizal Avenue', 'Kalayaan Ave.', 'Sampaguita Street'])}, Brgy. ${pick(r, ['San Antonio', 'Poblacion', 'Malamig', 'Bagong Silang'])}`,
        pick(r, ['Makati City 1203', 'Quezon City 1100', 'Cebu City 6000', 'Mandaluyong 1550']),
      ),
    plate: (r) => `${L(r, 3)} ${D(r, 4)}`,
  },
  {
    id: 'en-AU',
    lang: 'en',
    iso3: 'eng',
    region: 'AU',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['', 'Unit 4, ', '12/'])}${n(r, 3, 180)} ${pick(r, ['Ocean Street', 'Glebe Point Rd', 'Wattle Ave', 'Brunswick St'])}`,
        pick(r, ['Bondi NSW 2026', 'Fitzroy VIC 3065', 'New Farm QLD 4005', 'Fremantle WA 6160']),
      ),
    plate: (r) =>
      pick(r, [`${L(r, 3)}-${D(r, 3)}`, `${L(r, 2)} ${D(r, 2)} ${L(r, 2)}`, `${D(r, 1)}${L(r, 3)}${D(r, 3)}`]),
  },
  {
    id: 'de',
    lang: 'de',
    iso3: 'deu',
    region: 'DE',
    iban: 'DE',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Lindenstraße', 'Am Kirchberg', 'Hauptstr.', 'Goethestraße', 'Kastanienallee'])} ${n(r, 1, 140)}${pick(r, ['', 'a', ', 3. OG', ', Hinterhaus', ' (2. Stock links)'])}`,
        `${pick(r, ['50667 Köln', '10437 Berlin', '80331 München', '04109 Leipzig', '22765 Hamburg'])}`,
      ),
    plate: (r) => `${pick(r, ['M', 'B', 'K', 'HH', 'S', 'F', 'L'])}${pick(r, [' ', '-'])}${L(r, 2)} ${n(r, 1, 9999)}`,
  },
  {
    id: 'fr',
    lang: 'fr',
    iso3: 'fra',
    region: 'FR',
    iban: 'FR',
    addr: (r) =>
      two(
        r,
        `${n(r, 1, 120)}${pick(r, ['', ' bis'])} ${pick(r, ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse du Moulin'])}${pick(r, ['', ', Bât. B', ', 3e étage', ', apt 12'])}`,
        pick(r, ['69003 Lyon', '75011 Paris', '13006 Marseille', '31000 Toulouse', '44000 Nantes']),
      ),
    plate: (r) => `${L(r, 2)}-${D(r, 3)}-${L(r, 2)}`,
  },
  {
    id: 'es-ES',
    lang: 'es',
    iso3: 'spa',
    region: 'ES',
    iban: 'ES',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Calle Mayor', 'C/ de Alcalá', 'Avda. de la Constitución', 'Carrer de Sants', 'Plaza del Pilar'])} ${n(r, 1, 250)}${pick(r, [', 2º B', ', 4º izq.', ', bajo', ', 1.º 3.ª'])}`,
        pick(r, ['28013 Madrid', '08014 Barcelona', '41001 Sevilla', '50003 Zaragoza', '46002 Valencia']),
      ),
    plate: (r) => `${D(r, 4)} ${letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}`,
  },
  {
    id: 'es-MX',
    lang: 'es',
    iso3: 'spa',
    region: 'MX',
    iban: '',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Vallarta', 'Calle 5 de Mayo'])} ${n(r, 10, 3200)}${pick(r, ['', ', Int. 4', ' Depto. 302'])}, Col. ${pick(r, ['Del Valle', 'Centro', 'Roma Norte', 'Americana'])}`,
        pick(r, ['03100 Ciudad de México', '44160 Guadalajara, Jal.', '64000 Monterrey, N.L.', 'C.P. 72000 Puebla']),
      ),
    plate: (r) => `${L(r, 3)}-${D(r, 3)}-${L(r, 1)}`,
  },
  {
    id: 'pt-BR',
    lang: 'pt',
    iso3: 'por',
    region: 'BR',
    iban: 'BR',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Rua das Flores', 'Av. Paulista', 'Rua Augusta', 'Rua Sete de Setembro'])}, ${n(r, 10, 2500)}${pick(r, ['', ', apto 32', ', bloco B, ap. 104', ', casa 2'])}, ${pick(r, ['Vila Mariana', 'Boa Viagem', 'Savassi', 'Centro'])}`,
        pick(r, [
          'São Paulo - SP, 04010-000',
          'Recife - PE, 51020-010',
          'Belo Horizonte/MG 30140-071',
          'Curitiba - PR',
        ]),
      ),
    plate: (r) => pick(r, [`${L(r, 3)}${D(r, 1)}${L(r, 1)}${D(r, 2)}`, `${L(r, 3)}-${D(r, 4)}`]),
  },
  {
    id: 'pt-PT',
    lang: 'pt',
    iso3: 'por',
    region: 'PT',
    iban: 'PT',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Rua de Santa Catarina', 'Av. da Liberdade', 'Travessa do Carmo', 'Rua Direita'])} ${n(r, 1, 300)}${pick(r, [', 3.º Esq.', ', 1.º Dto', ', r/c'])}`,
        pick(r, ['4000-442 Porto', '1250-096 Lisboa', '3000-150 Coimbra', '8000-312 Faro']),
      ),
    plate: (r) => `${L(r, 2)}-${D(r, 2)}-${L(r, 2)}`,
  },
  {
    id: 'it',
    lang: 'it',
    iso3: 'ita',
    region: 'IT',
    iban: 'IT',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Piazza Dante'])} ${n(r, 1, 180)}${pick(r, ['', ', scala B, interno 5', ', 2° piano'])}`,
        pick(r, ['10122 Torino', '80134 Napoli', '20121 Milano (MI)', '00185 Roma', '40126 Bologna']),
      ),
    plate: (r) => `${L(r, 2)} ${D(r, 3)} ${L(r, 2)}`,
  },
  {
    id: 'nl',
    lang: 'nl',
    iso3: 'nld',
    region: 'NL',
    iban: 'NL',
    addr: (r) =>
      two(
        r,
        `${pick(r, ['Prinsengracht', 'Kerkstraat', 'Van Goghlaan', 'Oudegracht', 'Dorpsweg'])} ${n(r, 1, 400)}${pick(r, ['', '-2', ' bis', 'A', ' III'])}`,
        `${n(r, 1011, 9999)} ${L(r, 2)} ${pick(r, ['Amsterdam', 'Utrecht', 'Rotterdam', 'Groningen', 'Eindhoven'])}`,
      ),
    plate: (r) =>
      pick(r, [
        `${D(r, 2)}-${L(r, 3)}-${D(r, 1)}`,
        `${L(r, 2)}-${D(r, 3)}-${L(r, 1)}`,
        `${D(r, 1)}-${L(r, 3)}-${D(r, 2)}`,
      ]),
  },
];
