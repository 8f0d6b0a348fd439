/**
 * Hold-out 37 address makers, part A: the seeded PRNG, the address shape and the English-writing countries
 * (US, UK, Ireland, Canada; the rest in part D). Invented people's
 * homes: street names, numbers and postcodes are drawn at random inside each country's real format.
 */
export type Rand = () => number;

/** sfc32, seeded through splitmix-style mixing of one integer. */
export function sfc32(seed: number): Rand {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
  let c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35);
  let d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}
export const choose = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
export const letter = (r: Rand, from = 'ABCDEFGHJKLMNPRSTUVWXYZ') => choose(r, [...from]);

/**
 * One address: `lines` in the country's order, `si` the index of the street line (street name + house number, or the
 * PO box / house name / rural line that stands in for it), `short` the lines without the postcode (street + town),
 * `kind` street | pobox | rural | house-name, `unit` none | before | after (flat/floor/apartment detail), `sep` the
 * one-line joiner (", " unless the country writes it otherwise), `landmarks` words the country uses after a street.
 */
export type Addr = {
  cc: string;
  lang: string;
  lines: string[];
  si: number;
  short: string[];
  kind: string;
  unit: string;
  sep?: string;
  landmarks?: readonly string[];
};

const US_STREETS = [
  'Maple',
  'Oak',
  'Elm',
  'Cedar',
  'Washington',
  'Lincoln',
  'Lakeview',
  'Hillcrest',
  'Sunset',
  'Willow',
  'Chestnut',
  'Pine Ridge',
  'Magnolia',
  'Birchwood',
  '3rd',
  '14th',
  'Jefferson',
  'Franklin',
  'Highland',
  'Sycamore',
  'Cherry Hill',
  'Meadowbrook',
  'Dogwood',
  'Prospect',
  'Riverbend',
  'Quail Run',
  'Juniper',
  'Woodlawn',
];
const US_SUFFIX = [
  'St',
  'St.',
  'Street',
  'Ave',
  'Avenue',
  'Rd',
  'Road',
  'Blvd',
  'Dr',
  'Drive',
  'Ln',
  'Lane',
  'Ct',
  'Way',
  'Pl',
  'Terrace',
  'Cir',
];
const US_CITIES: [string, string, string][] = [
  ['Austin', 'TX', '787'],
  ['Springfield', 'IL', '627'],
  ['Columbus', 'OH', '432'],
  ['Tacoma', 'WA', '984'],
  ['Boise', 'ID', '837'],
  ['Albany', 'NY', '122'],
  ['Tucson', 'AZ', '857'],
  ['Raleigh', 'NC', '276'],
  ['Madison', 'WI', '537'],
  ['Sacramento', 'CA', '958'],
  ['Savannah', 'GA', '314'],
  ['Omaha', 'NE', '681'],
  ['Burlington', 'VT', '054'],
  ['Tulsa', 'OK', '741'],
  ['Eugene', 'OR', '974'],
  ['Knoxville', 'TN', '379'],
];
function us(r: Rand): Addr {
  const [city, st, zp] = choose(r, US_CITIES);
  const zip = zp + digits(r, 2) + (r() < 0.15 ? `-${digits(r, 4)}` : '');
  const loc = `${city}, ${st} ${zip}`;
  const k = r();
  if (k < 0.1) {
    const box = `${choose(r, ['PO Box', 'P.O. Box', 'P O Box'])} ${int(r, 10, 9999)}`;
    return {
      cc: 'US',
      lang: 'en',
      lines: [box, loc],
      si: 0,
      short: [box, `${city}, ${st}`],
      kind: 'pobox',
      unit: 'none',
    };
  }
  if (k < 0.2) {
    const s =
      r() < 0.5 ? `${int(r, 100, 9999)} County Road ${int(r, 1, 400)}` : `RR ${int(r, 1, 9)} Box ${int(r, 10, 300)}`;
    return { cc: 'US', lang: 'en', lines: [s, loc], si: 0, short: [s, city], kind: 'rural', unit: 'none' };
  }
  const dir = r() < 0.2 ? `${choose(r, ['N', 'S', 'E', 'W', 'N.', 'W.'])} ` : '';
  let s = `${int(r, 1, 29999)} ${dir}${choose(r, US_STREETS)} ${choose(r, US_SUFFIX)}`;
  let unit = 'none';
  if (r() < 0.35) {
    s += `${choose(r, [', ', ' '])}${choose(r, ['Apt', 'Apt.', 'Unit', '#', 'Suite', 'Apartment'])} ${int(r, 1, 40)}${r() < 0.4 ? letter(r, 'ABCDEF') : ''}`;
    unit = 'after';
  }
  return { cc: 'US', lang: 'en', lines: [s, loc], si: 0, short: [s, `${city}, ${st}`], kind: 'street', unit };
}

const UK_TOWNS: [string, string][] = [
  ['LS6', 'Leeds'],
  ['M14', 'Manchester'],
  ['B29', 'Birmingham'],
  ['BS7', 'Bristol'],
  ['CF24', 'Cardiff'],
  ['EH10', 'Edinburgh'],
  ['G12', 'Glasgow'],
  ['NE6', 'Newcastle upon Tyne'],
  ['SW11', 'London'],
  ['N16', 'London'],
  ['E17', 'London'],
  ['OX4', 'Oxford'],
  ['CB1', 'Cambridge'],
  ['NG7', 'Nottingham'],
  ['S11', 'Sheffield'],
  ['L18', 'Liverpool'],
  ['YO10', 'York'],
  ['BN2', 'Brighton'],
  ['EX4', 'Exeter'],
  ['PL4', 'Plymouth'],
  ['BT9', 'Belfast'],
];
const UK_NAMES = [
  'Elm',
  'Victoria',
  'Church',
  'Station',
  'Mill',
  'Albert',
  'Grange',
  'Hawthorn',
  'Queens',
  'Kings',
  'Beech',
  'Park',
  'Windsor',
  'Moorland',
  'Priory',
  'Ash',
  'Meadow',
  'Cromwell',
  'Blenheim',
  'Rowan',
  'Orchard',
];
const UK_SUFFIX = [
  'Road',
  'Rd',
  'Street',
  'St',
  'Lane',
  'Avenue',
  'Close',
  'Gardens',
  'Crescent',
  'Drive',
  'Way',
  'Grove',
  'Terrace',
  'Place',
  'Mews',
];
const HOUSES = [
  'Rose Cottage',
  'The Old Rectory',
  'Hillside',
  'Ivy House',
  'Fern Lodge',
  'The Willows',
  'Orchard View',
  'Meadow Barn',
  'Glenview',
  'Ashdene',
];
function ukPost(r: Rand, out: string) {
  return `${out} ${int(r, 1, 9)}${letter(r, 'ABDEFGHJLNPQRSTUWXYZ')}${letter(r, 'ABDEFGHJLNPQRSTUWXYZ')}`;
}
function uk(r: Rand): Addr {
  const [out, town] = choose(r, UK_TOWNS);
  const pc = ukPost(r, out);
  const street = `${choose(r, UK_NAMES)} ${choose(r, UK_SUFFIX)}`;
  const k = r();
  if (k < 0.15) {
    const h = choose(r, HOUSES);
    const v = choose(r, ['Little Compton', 'Upper Slaughter', 'Much Wenlock', 'Nether Wallop', 'Great Ayton']);
    return {
      cc: 'UK',
      lang: 'en',
      lines: [h, `${street}`, v, `${town} ${pc}`],
      si: 0,
      short: [h, street, v],
      kind: 'house-name',
      unit: 'none',
    };
  }
  if (k < 0.2) {
    const b = `PO Box ${int(r, 100, 9999)}`;
    return { cc: 'UK', lang: 'en', lines: [b, town, pc], si: 0, short: [b, town], kind: 'pobox', unit: 'none' };
  }
  const s = `${int(r, 1, 240)}${r() < 0.1 ? letter(r, 'ABC') : ''} ${street}`;
  if (r() < 0.35) {
    const f = `Flat ${r() < 0.5 ? int(r, 1, 30) : `${int(r, 1, 9)}${letter(r, 'ABCD')}`}`;
    if (r() < 0.5)
      return {
        cc: 'UK',
        lang: 'en',
        lines: [`${f}, ${s}`, town, pc],
        si: 0,
        short: [`${f}, ${s}`, town],
        kind: 'street',
        unit: 'before',
      };
    return {
      cc: 'UK',
      lang: 'en',
      lines: [f, s, town, pc],
      si: 1,
      short: [f, s, town],
      kind: 'street',
      unit: 'before',
    };
  }
  return { cc: 'UK', lang: 'en', lines: [s, town, pc], si: 0, short: [s, town], kind: 'street', unit: 'none' };
}

const IE_PLACES: [string, string, string][] = [
  ['Ballincollig', 'Co. Cork', 'P31'],
  ['Rathmines', 'Dublin 6', 'D06'],
  ['Drumcondra', 'Dublin 9', 'D09'],
  ['Salthill', 'Galway', 'H91'],
  ['Castletroy', 'Co. Limerick', 'V94'],
  ['Dundalk', 'Co. Louth', 'A91'],
  ['Ballyhaunis', 'Co. Mayo', 'F35'],
  ['Tralee', 'Co. Kerry', 'V92'],
  ['Navan', 'Co. Meath', 'C15'],
  ['Clondalkin', 'Dublin 22', 'D22'],
  ['Kilkenny', 'Co. Kilkenny', 'R95'],
];
function ie(r: Rand): Addr {
  const [area, county, key] = choose(r, IE_PLACES);
  const a = 'ACDEFHKNPRTVWXY0123456789';
  const eir = `${key} ${letter(r, a.slice(0, 15))}${letter(r, a)}${letter(r, a)}${letter(r, a)}`;
  if (r() < 0.2) {
    const t = choose(r, ['Knockbrack', 'Gortnagleav', 'Carrowmore', 'Ballinlough', 'Cloonfad', 'Drumshanbo Upper']);
    return {
      cc: 'IE',
      lang: 'en',
      lines: [t, area, county, eir],
      si: 0,
      short: [t, area, county],
      kind: 'rural',
      unit: 'none',
    };
  }
  const est = `${choose(r, ['Ashgrove', 'Oakfield', 'Hazelwood', 'Glenview', 'Cherrywood', 'Beechlawn'])} ${choose(r, ['Park', 'Avenue', 'Close', 'Drive', 'Heights', 'Grove'])}`;
  if (r() < 0.3) {
    const apt = `Apt ${int(r, 1, 60)}, ${choose(r, ['The Maltings', 'Riverside House', 'Block B Parkgate', 'The Granary'])}`;
    return {
      cc: 'IE',
      lang: 'en',
      lines: [apt, `${int(r, 1, 90)} ${est}`, area, county, eir],
      si: 1,
      short: [apt, `${int(r, 1, 90)} ${est}`, area, county],
      kind: 'street',
      unit: 'before',
    };
  }
  const s = `${int(r, 1, 180)} ${est}`;
  return {
    cc: 'IE',
    lang: 'en',
    lines: [s, area, county, eir],
    si: 0,
    short: [s, area, county],
    kind: 'street',
    unit: 'none',
  };
}

const CA_CITIES: [string, string, string][] = [
  ['Toronto', 'ON', 'M'],
  ['Ottawa', 'ON', 'K'],
  ['Hamilton', 'ON', 'L'],
  ['Vancouver', 'BC', 'V'],
  ['Calgary', 'AB', 'T'],
  ['Edmonton', 'AB', 'T'],
  ['Winnipeg', 'MB', 'R'],
  ['Halifax', 'NS', 'B'],
  ['Regina', 'SK', 'S'],
  ["St. John's", 'NL', 'A'],
];
export function caPost(r: Rand, first: string) {
  const l = 'ABCEGHJKLMNPRSTVWXYZ';
  return `${first}${int(r, 1, 9)}${letter(r, l)} ${int(r, 0, 9)}${letter(r, l)}${int(r, 0, 9)}`;
}
function ca(r: Rand): Addr {
  const [city, pr, f] = choose(r, CA_CITIES);
  const pc = caPost(r, f);
  const loc = `${city} ${pr} ${pc}`;
  const name = `${choose(r, ['Bloor', 'Queen', 'Dundas', 'Maple Grove', 'Birch', 'Riverside', 'Lakeshore', 'Wellington', 'Spruce'])} ${choose(r, ['St', 'Street', 'Ave', 'Rd', 'Cres', 'Blvd', 'Dr'])}${r() < 0.25 ? ` ${choose(r, ['W', 'E', 'NW', 'SE'])}` : ''}`;
  if (r() < 0.4) {
    const u = int(r, 101, 2810);
    const s = r() < 0.6 ? `${u}-${int(r, 10, 999)} ${name}` : `${int(r, 10, 999)} ${name}, Unit ${u}`;
    return {
      cc: 'CA',
      lang: 'en',
      lines: [s, loc],
      si: 0,
      short: [s, `${city}, ${pr}`],
      kind: 'street',
      unit: s.includes('Unit') ? 'after' : 'before',
    };
  }
  const s = `${int(r, 1, 9999)} ${name}`;
  return { cc: 'CA', lang: 'en', lines: [s, loc], si: 0, short: [s, `${city}, ${pr}`], kind: 'street', unit: 'none' };
}

export const MAKERS_A: Record<string, (r: Rand) => Addr> = { US: us, UK: uk, IE: ie, CA: ca };
