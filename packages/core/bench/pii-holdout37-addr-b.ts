/**
 * Hold-out 37 address makers, part B: Germany, Austria, Switzerland, France, Quebec. Same shape as part A.
 */
import { type Addr, caPost, choose, digits, int, letter, type Rand } from './pii-holdout37-addr-a.ts';

const DE_STREETS = [
  'Lindenstraße',
  'Hauptstr.',
  'Bahnhofstraße',
  'Am Mühlbach',
  'Goethestr.',
  'Schillerstraße',
  'Im Wiesengrund',
  'Eichendorffweg',
  'Kastanienallee',
  'Bergstraße',
  'Gartenstr.',
  'Rosenweg',
  'Auf der Höhe',
  'Friedrich-Ebert-Straße',
  'Kirchgasse',
  'Zum Sportplatz',
  'Birkenstraße',
  'Waldstr.',
  'Sonnenhang',
  'Mozartstraße',
];
const DE_CITIES: [string, string][] = [
  ['10437', 'Berlin'],
  ['80331', 'München'],
  ['50667', 'Köln'],
  ['20359', 'Hamburg'],
  ['04109', 'Leipzig'],
  ['70173', 'Stuttgart'],
  ['60311', 'Frankfurt am Main'],
  ['01067', 'Dresden'],
  ['90403', 'Nürnberg'],
  ['28195', 'Bremen'],
  ['48143', 'Münster'],
  ['79098', 'Freiburg im Breisgau'],
  ['24103', 'Kiel'],
  ['93047', 'Regensburg'],
  ['37073', 'Göttingen'],
  ['83471', 'Berchtesgaden'],
];
export function hn(r: Rand) {
  return `${int(r, 1, 140)}${r() < 0.15 ? choose(r, ['a', 'b', 'c', 'A']) : ''}`;
}
function de(r: Rand): Addr {
  const [pc0, city] = choose(r, DE_CITIES);
  const pc = pc0.slice(0, 3) + digits(r, 2);
  const loc = `${r() < 0.1 ? 'D-' : ''}${pc} ${city}`;
  if (r() < 0.1) {
    const b = `Postfach ${int(r, 10, 99)} ${digits(r, 2)} ${digits(r, 2)}`;
    return { cc: 'DE', lang: 'de', lines: [b, loc], si: 0, short: [b, city], kind: 'pobox', unit: 'none' };
  }
  const s = `${choose(r, DE_STREETS)} ${hn(r)}`;
  const t = r();
  if (t < 0.2) {
    const u = choose(r, ['2. OG links', 'Hinterhaus, 3. OG', 'Whg. 12', 'EG rechts', 'Dachgeschoss', '4. Stock']);
    return {
      cc: 'DE',
      lang: 'de',
      lines: [`${s}, ${u}`, loc],
      si: 0,
      short: [`${s}, ${u}`, city],
      kind: 'street',
      unit: 'after',
    };
  }
  if (t < 0.3) {
    const v = `OT ${choose(r, ['Oberweiler', 'Kleinhausen', 'Niederbach'])}`;
    return { cc: 'DE', lang: 'de', lines: [s, v, loc], si: 0, short: [s, v, city], kind: 'rural', unit: 'none' };
  }
  return { cc: 'DE', lang: 'de', lines: [s, loc], si: 0, short: [s, city], kind: 'street', unit: 'none' };
}

function at(r: Rand): Addr {
  const [pc, city] = choose(r, [
    ['1060', 'Wien'],
    ['1160', 'Wien'],
    ['8010', 'Graz'],
    ['4020', 'Linz'],
    ['5020', 'Salzburg'],
    ['6020', 'Innsbruck'],
    ['9020', 'Klagenfurt'],
    ['6850', 'Dornbirn'],
  ]);
  const name = choose(r, [
    'Mariahilfer Straße',
    'Hauptplatz',
    'Thaliastraße',
    'Grazer Gasse',
    'Lerchenfelder Str.',
    'Sonnenfelsgasse',
    'Schubertweg',
    'Linzer Straße',
    'Anichstraße',
  ]);
  const s =
    r() < 0.45
      ? `${name} ${int(r, 1, 120)}/${int(r, 1, 8)}/${int(r, 1, 30)}`
      : r() < 0.5
        ? `${name} ${int(r, 1, 120)}/Top ${int(r, 1, 24)}`
        : `${name} ${hn(r)}`;
  const loc = `${r() < 0.1 ? 'A-' : ''}${pc} ${city}`;
  return {
    cc: 'AT',
    lang: 'de',
    lines: [s, loc],
    si: 0,
    short: [s, city],
    kind: 'street',
    unit: s.includes('/') ? 'after' : 'none',
  };
}

function ch(r: Rand): Addr {
  const t = r();
  if (t < 0.55) {
    const [pc, city] = choose(r, [
      ['8001', 'Zürich'],
      ['8004', 'Zürich'],
      ['3011', 'Bern'],
      ['4051', 'Basel'],
      ['6003', 'Luzern'],
      ['9000', 'St. Gallen'],
      ['8400', 'Winterthur'],
    ]);
    const s = `${choose(r, ['Bahnhofstrasse', 'Seestrasse', 'Dorfstrasse', 'Kirchweg', 'Rebbergstr.', 'Langstrasse', 'Im Grund'])} ${hn(r)}`;
    const pf = `Postfach ${int(r, 100, 9999)}`;
    if (r() < 0.1)
      return {
        cc: 'CH',
        lang: 'de',
        lines: [pf, `${pc} ${city}`],
        si: 0,
        short: [pf, city],
        kind: 'pobox',
        unit: 'none',
      };
    return {
      cc: 'CH',
      lang: 'de',
      lines: [s, `${r() < 0.15 ? 'CH-' : ''}${pc} ${city}`],
      si: 0,
      short: [s, city],
      kind: 'street',
      unit: 'none',
    };
  }
  if (t < 0.85) {
    const [pc, city] = choose(r, [
      ['1006', 'Lausanne'],
      ['1201', 'Genève'],
      ['2000', 'Neuchâtel'],
      ['1700', 'Fribourg'],
      ['1950', 'Sion'],
    ]);
    const s = `${choose(r, ['Rue du Simplon', 'Chemin des Vignes', 'Avenue de la Gare', 'Route de Berne', 'Rue de Lausanne', 'Ch. du Levant'])} ${hn(r)}`;
    const lines = r() < 0.3 ? [`App. ${int(r, 1, 30)}`, s, `${pc} ${city}`] : [s, `${pc} ${city}`];
    return {
      cc: 'CH',
      lang: 'fr',
      lines,
      si: lines.length - 2,
      short: [...lines.slice(0, -1), city],
      kind: 'street',
      unit: lines.length > 2 ? 'before' : 'none',
    };
  }
  const [pc, city] = choose(r, [
    ['6900', 'Lugano'],
    ['6500', 'Bellinzona'],
    ['6600', 'Locarno'],
  ]);
  const s = `${choose(r, ['Via Nassa', 'Via Cantonale', 'Via San Gottardo', 'Via ai Monti'])} ${hn(r)}`;
  return { cc: 'CH', lang: 'it', lines: [s, `${pc} ${city}`], si: 0, short: [s, city], kind: 'street', unit: 'none' };
}

const FR_STREETS = [
  'rue des Lilas',
  'avenue Jean Jaurès',
  'bd Gambetta',
  'rue de la République',
  'allée des Tilleuls',
  'impasse du Moulin',
  'chemin de la Fontaine',
  'place du Marché',
  'rue Victor Hugo',
  'av. Foch',
  'rue Pasteur',
  'quai de la Loire',
  'cours Lafayette',
  'rue du Général Leclerc',
  'route de Toulouse',
];
const FR_CITIES: [string, string][] = [
  ['75011', 'Paris'],
  ['75018', 'Paris'],
  ['69007', 'Lyon'],
  ['13006', 'Marseille'],
  ['06000', 'Nice'],
  ['31000', 'Toulouse'],
  ['33800', 'Bordeaux'],
  ['44000', 'Nantes'],
  ['59000', 'Lille'],
  ['67000', 'Strasbourg'],
  ['35000', 'Rennes'],
  ['34000', 'Montpellier'],
  ['21000', 'Dijon'],
  ['87000', 'Limoges'],
];
function fr(r: Rand): Addr {
  const [pc, city] = choose(r, FR_CITIES);
  const loc = `${pc} ${r() < 0.15 ? city.toUpperCase() : city}`;
  const k = r();
  if (k < 0.08) {
    const b = `${choose(r, ['BP', 'Boîte postale'])} ${int(r, 10, 999)}`;
    return { cc: 'FR', lang: 'fr', lines: [b, loc], si: 0, short: [b, city], kind: 'pobox', unit: 'none' };
  }
  if (k < 0.18) {
    const l = `Lieu-dit ${choose(r, ['La Croix Blanche', 'Les Granges', 'Le Bourg', 'La Métairie'])}`;
    const [p2, c2] = choose(r, [
      ['24200', 'Sarlat-la-Canéda'],
      ['46100', 'Figeac'],
      ['12000', 'Rodez'],
      ['23000', 'Guéret'],
    ]);
    return { cc: 'FR', lang: 'fr', lines: [l, `${p2} ${c2}`], si: 0, short: [l, c2], kind: 'rural', unit: 'none' };
  }
  const s = `${int(r, 1, 180)}${r() < 0.12 ? choose(r, [' bis', ' ter', 'bis']) : ''}${r() < 0.2 ? ',' : ''} ${choose(r, FR_STREETS)}`;
  if (r() < 0.35) {
    const u = choose(r, [
      `Bât. ${letter(r, 'ABCD')}, ${int(r, 1, 9)}e étage`,
      `Appt ${int(r, 1, 80)}`,
      `Résidence Les Pins, apt ${int(r, 1, 60)}`,
      `Esc. ${int(r, 1, 4)}, porte ${int(r, 1, 30)}`,
    ]);
    return { cc: 'FR', lang: 'fr', lines: [u, s, loc], si: 1, short: [u, s, city], kind: 'street', unit: 'before' };
  }
  return { cc: 'FR', lang: 'fr', lines: [s, loc], si: 0, short: [s, city], kind: 'street', unit: 'none' };
}

function qc(r: Rand): Addr {
  const [city, f] = choose(r, [
    ['Montréal', 'H'],
    ['Québec', 'G'],
    ['Gatineau', 'J'],
    ['Sherbrooke', 'J'],
    ['Laval', 'H'],
  ]);
  const s = `${int(r, 10, 9999)}, ${choose(r, ['rue Saint-Denis', 'boul. René-Lévesque', 'av. du Parc', 'rue des Érables', 'chemin Sainte-Foy', 'rue Principale'])}`;
  const lines = r() < 0.4 ? [`${s}, app. ${int(r, 1, 40)}`] : [s];
  return {
    cc: 'CA-QC',
    lang: 'fr',
    lines: [...lines, `${city} (Québec)  ${caPost(r, f)}`.replace('  ', ' ')],
    si: 0,
    short: [...lines, city],
    kind: 'street',
    unit: lines[0].includes('app.') ? 'after' : 'none',
  };
}

export const MAKERS_B: Record<string, (r: Rand) => Addr> = { DE: de, AT: at, CH: ch, FR: fr, 'CA-QC': qc };
