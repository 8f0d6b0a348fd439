/**
 * Hold-out 37 address makers, part E: Belgium, Spain, Italy, Netherlands, Poland, Portugal. Same shape as part A.
 */
import { type Addr, choose, digits, int, letter, type Rand } from './pii-holdout37-addr-a.ts';
import { hn } from './pii-holdout37-addr-b.ts';

function be(r: Rand): Addr {
  if (r() < 0.5) {
    const [pc, city] = choose(r, [
      ['1000', 'Bruxelles'],
      ['1050', 'Ixelles'],
      ['4000', 'Liège'],
      ['5000', 'Namur'],
      ['6000', 'Charleroi'],
      ['1348', 'Louvain-la-Neuve'],
    ]);
    const s = `${choose(r, ['Rue de la Loi', 'Avenue Louise', 'Rue des Déportés', 'Chaussée de Wavre', 'Rue du Centre', 'Place Saint-Lambert'])} ${hn(r)}${r() < 0.35 ? ` ${choose(r, ['bte', 'boîte'])} ${int(r, 1, 20)}` : ''}`;
    return {
      cc: 'BE',
      lang: 'fr',
      lines: [s, `${pc} ${city}`],
      si: 0,
      short: [s, city],
      kind: 'street',
      unit: s.includes('bo') || s.includes('bte') ? 'after' : 'none',
    };
  }
  const [pc, city] = choose(r, [
    ['9000', 'Gent'],
    ['2000', 'Antwerpen'],
    ['3000', 'Leuven'],
    ['8000', 'Brugge'],
    ['3500', 'Hasselt'],
    ['2800', 'Mechelen'],
  ]);
  const s = `${choose(r, ['Kerkstraat', 'Stationsstraat', 'Molenweg', 'Lange Leemstraat', 'Dorpsplein', 'Brugsesteenweg', 'Veldstraat'])} ${hn(r)}${r() < 0.35 ? ` bus ${int(r, 1, 20)}` : ''}`;
  return {
    cc: 'BE',
    lang: 'nl',
    lines: [s, `${pc} ${city}`],
    si: 0,
    short: [s, city],
    kind: 'street',
    unit: s.includes('bus') ? 'after' : 'none',
  };
}

const ES_STREETS = [
  'C/ Mayor',
  'Calle de Alcalá',
  'Avda. de la Constitución',
  'Pza. del Pilar',
  'C/ San Vicente',
  'Calle Real',
  'Paseo de Gracia',
  'Avenida de América',
  'C/ Larios',
  'Ronda de Segovia',
  'Carrer de Sants',
  'Travesía del Pez',
];
function es(r: Rand): Addr {
  const [pc0, city] = choose(r, [
    ['28013', 'Madrid'],
    ['41001', 'Sevilla'],
    ['50003', 'Zaragoza'],
    ['08028', 'Barcelona'],
    ['46001', 'Valencia'],
    ['29005', 'Málaga'],
    ['15001', 'A Coruña'],
    ['48001', 'Bilbao'],
    ['37002', 'Salamanca'],
  ]);
  const pc = pc0.slice(0, 3) + digits(r, 2);
  if (r() < 0.07) {
    const b = `Apartado de Correos ${int(r, 1, 999)}`;
    return { cc: 'ES', lang: 'es', lines: [b, `${pc} ${city}`], si: 0, short: [b, city], kind: 'pobox', unit: 'none' };
  }
  const s = `${choose(r, ES_STREETS)}${r() < 0.5 ? ',' : ''} ${choose(r, ['', 'nº ', 'n.º ', 'núm. '])}${int(r, 1, 160)}`;
  const withUnit = r() < 0.55;
  const u = `${int(r, 1, 9)}º ${choose(r, ['A', 'B', 'C', 'izq.', 'dcha.', 'izda', '2ª'])}`;
  const sl = withUnit ? `${s}, ${u}` : s;
  const prov = r() < 0.3 ? ` (${city === 'Madrid' ? 'Madrid' : choose(r, ['España', 'Spain'])})` : '';
  return {
    cc: 'ES',
    lang: 'es',
    lines: [sl, `${pc} ${city}${prov}`],
    si: 0,
    short: [sl, city],
    kind: 'street',
    unit: withUnit ? 'after' : 'none',
  };
}

function it(r: Rand): Addr {
  const [pc, city, pv] = choose(r, [
    ['20121', 'Milano', 'MI'],
    ['00186', 'Roma', 'RM'],
    ['50131', 'Firenze', 'FI'],
    ['10121', 'Torino', 'TO'],
    ['80134', 'Napoli', 'NA'],
    ['40126', 'Bologna', 'BO'],
    ['90133', 'Palermo', 'PA'],
    ['35122', 'Padova', 'PD'],
    ['70122', 'Bari', 'BA'],
  ]);
  const loc = `${pc} ${city} ${r() < 0.5 ? `(${pv})` : pv}`;
  if (r() < 0.1) {
    const l = `Località ${choose(r, ['Poggio alle Mura', 'Case Sparse', 'Podere San Luigi'])} ${int(r, 1, 40)}`;
    return {
      cc: 'IT',
      lang: 'it',
      lines: [l, `53024 Montalcino SI`],
      si: 0,
      short: [l, 'Montalcino'],
      kind: 'rural',
      unit: 'none',
    };
  }
  const s = `${choose(r, ['Via Garibaldi', 'Viale dei Mille', 'Piazza Mazzini', 'C.so Vittorio Emanuele II', 'Via Roma', 'Vicolo del Cedro', 'Via G. Verdi', 'Largo Augusto', 'V.le Monza'])}${r() < 0.4 ? ',' : ''} ${int(r, 1, 200)}${r() < 0.1 ? '/B' : ''}`;
  if (r() < 0.35) {
    const u = choose(r, [
      `int. ${int(r, 1, 30)}`,
      `scala ${letter(r, 'ABCD')}`,
      `piano ${int(r, 1, 8)}`,
      `scala ${letter(r, 'AB')}, int. ${int(r, 1, 20)}`,
    ]);
    return {
      cc: 'IT',
      lang: 'it',
      lines: [`${s}, ${u}`, loc],
      si: 0,
      short: [`${s}, ${u}`, city],
      kind: 'street',
      unit: 'after',
    };
  }
  return { cc: 'IT', lang: 'it', lines: [s, loc], si: 0, short: [s, city], kind: 'street', unit: 'none' };
}

function nl(r: Rand): Addr {
  const [p, city] = choose(r, [
    ['1016', 'Amsterdam'],
    ['3511', 'Utrecht'],
    ['2512', 'Den Haag'],
    ['3012', 'Rotterdam'],
    ['9711', 'Groningen'],
    ['5611', 'Eindhoven'],
    ['6511', 'Nijmegen'],
    ['2311', 'Leiden'],
    ['8011', 'Zwolle'],
  ]);
  const pc = `${p}${r() < 0.8 ? ' ' : ''}${letter(r, 'ABCEGHJKLMNPRTVWXZ')}${letter(r, 'ABCEGHJKLMNPRTVWXZ')}`;
  if (r() < 0.08) {
    const b = `Postbus ${int(r, 10, 9999)}`;
    return { cc: 'NL', lang: 'nl', lines: [b, `${pc} ${city}`], si: 0, short: [b, city], kind: 'pobox', unit: 'none' };
  }
  const name = choose(r, [
    'Prinsengracht',
    'Kerkstraat',
    'Dorpsstraat',
    'Molenlaan',
    'Van Speijkstraat',
    'Oudegracht',
    'Julianaweg',
    'Lindenhof',
    'Burgemeester de Withstraat',
    'Zeeheldenplein',
  ]);
  const t = r();
  const num =
    t < 0.2
      ? `${int(r, 1, 400)}-${choose(r, ['1', '2', 'II', 'hs', 'bis'])}`
      : t < 0.35
        ? `${int(r, 1, 400)}${letter(r, 'ABCD')}`
        : t < 0.45
          ? `${int(r, 1, 400)} ${choose(r, ['bis', 'III', 'zw'])}`
          : `${int(r, 1, 400)}`;
  const s = `${name} ${num}`;
  return {
    cc: 'NL',
    lang: 'nl',
    lines: [s, `${pc} ${city}`],
    si: 0,
    short: [s, city],
    kind: 'street',
    unit: t < 0.45 ? 'after' : 'none',
  };
}

function pl(r: Rand): Addr {
  const [pc0, city] = choose(r, [
    ['00-5', 'Warszawa'],
    ['31-1', 'Kraków'],
    ['40-8', 'Katowice'],
    ['80-2', 'Gdańsk'],
    ['50-3', 'Wrocław'],
    ['60-6', 'Poznań'],
    ['90-4', 'Łódź'],
    ['20-0', 'Lublin'],
    ['15-3', 'Białystok'],
  ]);
  const pc = pc0 + digits(r, 2);
  if (r() < 0.12) {
    const v = `${choose(r, ['Wola Zaręczycka', 'Stare Bystre', 'Dąbrówka Wielka', 'Łęki Dolne'])} ${int(r, 1, 300)}`;
    const [p2, c2] = choose(r, [
      ['37-310', 'Nowa Sarzyna'],
      ['34-521', 'Bukowina Tatrzańska'],
      ['95-100', 'Zgierz'],
    ]);
    return { cc: 'PL', lang: 'pl', lines: [v, `${p2} ${c2}`], si: 0, short: [v, c2], kind: 'rural', unit: 'none' };
  }
  const pre = choose(r, ['ul.', 'ul.', 'ul.', 'al.', 'os.', 'pl.', '']);
  const name = choose(r, [
    'Marszałkowska',
    'Długa',
    'Jerozolimskie',
    'Tysiąclecia',
    'Piłsudskiego',
    'Kwiatowa',
    'Mickiewicza',
    'Słowackiego',
    'Grunwaldzka',
    'Świętokrzyska',
    'Kościuszki',
    'Leśna',
  ]);
  const n = int(r, 1, 180);
  const t = r();
  const num =
    t < 0.45
      ? `${n}/${int(r, 1, 90)}`
      : t < 0.65
        ? `${n} ${choose(r, ['m.', 'lok.', 'm'])} ${int(r, 1, 120)}`
        : `${n}${r() < 0.2 ? letter(r, 'ABC') : ''}`;
  const s = `${pre ? `${pre} ` : ''}${name} ${num}`;
  return {
    cc: 'PL',
    lang: 'pl',
    lines: [s, `${pc} ${city}`],
    si: 0,
    short: [s, city],
    kind: 'street',
    unit: t < 0.65 ? 'after' : 'none',
  };
}

function pt(r: Rand): Addr {
  const [p, city] = choose(r, [
    ['1100', 'Lisboa'],
    ['1250', 'Lisboa'],
    ['4000', 'Porto'],
    ['3000', 'Coimbra'],
    ['8000', 'Faro'],
    ['4700', 'Braga'],
  ]);
  const s = `${choose(r, ['Rua Augusta', 'Av. da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo', 'Rua Direita', 'Largo do Rato'])}${r() < 0.5 ? ',' : ''} ${r() < 0.2 ? 'n.º ' : ''}${int(r, 1, 250)}`;
  const u = r() < 0.5 ? `, ${int(r, 1, 8)}.º ${choose(r, ['Esq.', 'Dto.', 'D', 'E', 'Frente'])}` : '';
  return {
    cc: 'PT',
    lang: 'pt',
    lines: [s + u, `${p}-${digits(r, 3)} ${city}`],
    si: 0,
    short: [s + u, city],
    kind: 'street',
    unit: u ? 'after' : 'none',
  };
}

export const MAKERS_E: Record<string, (r: Rand) => Addr> = { BE: be, ES: es, IT: it, NL: nl, PL: pl, PT: pt };
