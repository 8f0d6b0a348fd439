/**
 * Hold-out 37 address makers, part D: Australia, New Zealand, India, Nigeria, South Africa, Philippines. Same shape as part A.
 */
import { type Addr, choose, digits, int, letter, type Rand } from './pii-holdout37-addr-a.ts';

const AU_PLACES: [string, string, string][] = [
  ['Brunswick', 'VIC', '3056'],
  ['Toowong', 'QLD', '4066'],
  ['Newtown', 'NSW', '2042'],
  ['Fremantle', 'WA', '6160'],
  ['Glenelg', 'SA', '5045'],
  ['Sandy Bay', 'TAS', '7005'],
  ['Alice Springs', 'NT', '0870'],
  ['Belconnen', 'ACT', '2617'],
  ['Parramatta', 'NSW', '2150'],
  ['Geelong', 'VIC', '3220'],
];
function au(r: Rand): Addr {
  const [sub, st, pc] = choose(r, AU_PLACES);
  const loc = `${sub} ${st} ${pc}`;
  const name = `${choose(r, ['Wattle', 'Banksia', 'Jacaranda', 'Kookaburra', 'Bottlebrush', 'Station', 'Beach', 'Gum Tree', 'Acacia'])} ${choose(r, ['St', 'Street', 'Rd', 'Road', 'Ave', 'Cres', 'Pde', 'Ct', 'Cl', 'Tce'])}`;
  const k = r();
  if (k < 0.1) {
    const b = `${choose(r, ['PO Box', 'Locked Bag', 'GPO Box'])} ${int(r, 10, 9999)}`;
    return { cc: 'AU', lang: 'en', lines: [b, loc], si: 0, short: [b, sub], kind: 'pobox', unit: 'none' };
  }
  if (k < 0.2) {
    const s = `${choose(r, ['Lot', 'RMB'])} ${int(r, 1, 900)} ${choose(r, ['Settlers Rd', 'Old Coach Road', 'Bunyip Track'])}`;
    return { cc: 'AU', lang: 'en', lines: [s, loc], si: 0, short: [s, sub], kind: 'rural', unit: 'none' };
  }
  if (r() < 0.4) {
    const s =
      r() < 0.6 ? `${int(r, 1, 40)}/${int(r, 1, 300)} ${name}` : `Unit ${int(r, 1, 40)}, ${int(r, 1, 300)} ${name}`;
    return { cc: 'AU', lang: 'en', lines: [s, loc], si: 0, short: [s, sub], kind: 'street', unit: 'before' };
  }
  const s = `${int(r, 1, 400)} ${name}`;
  return { cc: 'AU', lang: 'en', lines: [s, loc], si: 0, short: [s, sub], kind: 'street', unit: 'none' };
}

function nz(r: Rand): Addr {
  const [sub, city, pc] = choose(r, [
    ['Ponsonby', 'Auckland', '1011'],
    ['Karori', 'Wellington', '6012'],
    ['Riccarton', 'Christchurch', '8011'],
    ['Roslyn', 'Dunedin', '9010'],
    ['Hillcrest', 'Hamilton', '3216'],
  ]);
  const s = `${r() < 0.3 ? `${int(r, 1, 9)}/` : ''}${int(r, 1, 250)} ${choose(r, ['Rata', 'Kowhai', 'Totara', 'Pohutukawa', 'Manuka'])} ${choose(r, ['Street', 'St', 'Road', 'Tce', 'Place'])}`;
  return {
    cc: 'NZ',
    lang: 'en',
    lines: [s, sub, `${city} ${pc}`],
    si: 0,
    short: [s, sub, city],
    kind: 'street',
    unit: s.includes('/') ? 'before' : 'none',
  };
}

const IN_PLACES: [string, string, string, string][] = [
  ['Indiranagar', 'Bengaluru', 'Karnataka', '5600'],
  ['Koramangala', 'Bengaluru', 'Karnataka', '5600'],
  ['Mehdipatnam', 'Hyderabad', 'Telangana', '5000'],
  ['Rohini', 'Delhi', 'Delhi', '1100'],
  ['Andheri East', 'Mumbai', 'Maharashtra', '4000'],
  ['Kothrud', 'Pune', 'Maharashtra', '4110'],
  ['Salt Lake', 'Kolkata', 'West Bengal', '7000'],
  ['Anna Nagar', 'Chennai', 'Tamil Nadu', '6000'],
  ['Gomti Nagar', 'Lucknow', 'Uttar Pradesh', '2260'],
  ['Vastrapur', 'Ahmedabad', 'Gujarat', '3800'],
];
const IN_LANDMARKS = [
  'Near Hanuman Mandir',
  'Opp. SBI ATM',
  'near Gurudwara',
  'Behind Reliance Fresh',
  'opp. Govt School',
  'Near Bus Stand',
  'Landmark: Apollo Pharmacy',
  'next to Shiv Temple',
  'near water tank',
];
const ord = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
function india(r: Rand): Addr {
  const [area, city, state, pre] = choose(r, IN_PLACES);
  const pin = `${pre}${digits(r, 2)}`;
  const t = r();
  let lines: string[];
  let unit = 'before';
  if (t < 0.3) {
    lines = [
      `Flat No. ${int(r, 1, 12)}0${int(r, 1, 9)}, ${choose(r, ['Sai Krupa Apartments', 'Shanti Kunj', 'Green Valley Residency', 'Lakshmi Nivas', 'Sunrise Towers'])}`,
      `${ord(int(r, 1, 18))} Cross, ${ord(int(r, 1, 9))} Main`,
      area,
    ];
  } else if (t < 0.55) {
    lines = [
      `H.No. ${int(r, 1, 16)}-${int(r, 1, 12)}-${int(r, 1, 600)}, ${choose(r, ['Gali No', 'Lane', 'Street No'])} ${int(r, 1, 12)}`,
      area,
    ];
    unit = 'none';
  } else if (t < 0.8) {
    lines = [`${letter(r, 'ABCDEFG')}-${int(r, 1, 4)}${digits(r, 2)}, Sector ${int(r, 1, 40)}`, area];
    unit = 'none';
  } else {
    lines = [
      `House No ${int(r, 1, 400)}, ${choose(r, ['Ward No', 'Mohalla', 'Village'])} ${choose(r, ['7', 'Rampur', 'Khera Kalan', 'Chak 12'])}`,
      area,
    ];
    unit = 'none';
  }
  const si = lines.length - 2;
  const all = [...lines, `${city}, ${state} ${r() < 0.5 ? pin : `${pin.slice(0, 3)} ${pin.slice(3)}`}`];
  return {
    cc: 'IN',
    lang: 'en',
    lines: all,
    si,
    short: [...lines, city],
    kind: 'street',
    unit,
    landmarks: IN_LANDMARKS,
  };
}

function ng(r: Rand): Addr {
  const [area, city] = choose(r, [
    ['Victoria Island', 'Lagos'],
    ['Surulere', 'Lagos'],
    ['Ikeja GRA', 'Lagos'],
    ['Gwarinpa', 'Abuja'],
    ['Wuse 2', 'Abuja'],
    ['GRA Phase 2', 'Port Harcourt'],
    ['Independence Layout', 'Enugu'],
    ['Bodija', 'Ibadan'],
  ]);
  const street = `${choose(r, ['Adeola Odeku', 'Ogunlana', 'Okpara', 'Awolowo', 'Aminu Kano', 'Bode Thomas', 'Olu Obasanjo', 'Herbert Macaulay'])} ${choose(r, ['Street', 'St.', 'Drive', 'Avenue', 'Crescent', 'Close', 'Way'])}`;
  const s =
    r() < 0.5
      ? `${choose(r, ['No.', 'No', 'Plot'])} ${int(r, 1, 120)}${r() < 0.5 ? ',' : ''} ${street}`
      : `${int(r, 1, 120)} ${street}`;
  const tail = r() < 0.3 ? `${city} ${city === 'Lagos' ? '1' : '9'}0${int(r, 0, 2)}${digits(r, 3)}` : `${city} State`;
  const lines = r() < 0.25 ? [`Flat ${int(r, 1, 12)}, Block ${letter(r, 'ABCDE')}`, s, area, tail] : [s, area, tail];
  return {
    cc: 'NG',
    lang: 'en',
    lines,
    si: lines.length - 3,
    short: lines.slice(0, -1).concat(city),
    kind: 'street',
    unit: lines.length === 4 ? 'before' : 'none',
    landmarks: [
      'opposite Mobil filling station',
      'by First Bank',
      'near Shoprite',
      'off Allen Avenue',
      'beside the church',
    ],
  };
}

function za(r: Rand): Addr {
  const [sub, city, pc] = choose(r, [
    ['Lynnwood', 'Pretoria', '0081'],
    ['Muizenberg', 'Cape Town', '7945'],
    ['Melville', 'Johannesburg', '2092'],
    ['Morningside', 'Durban', '4001'],
    ['Summerstrand', 'Gqeberha', '6001'],
    ['Soweto', 'Johannesburg', '1804'],
    ['Stellenbosch Central', 'Stellenbosch', '7600'],
  ]);
  if (r() < 0.15) {
    const b =
      r() < 0.5 ? `PO Box ${int(r, 10, 9999)}` : `Postnet Suite ${int(r, 1, 400)}, Private Bag X${int(r, 1, 30)}`;
    return {
      cc: 'ZA',
      lang: 'en',
      lines: [b, sub, `${city}, ${pc}`],
      si: 0,
      short: [b, city],
      kind: 'pobox',
      unit: 'none',
    };
  }
  const s = `${int(r, 1, 300)} ${choose(r, ['Jacaranda', 'Protea', 'Beach', 'Main', 'Kloof', 'Vilakazi', 'Disa', 'Marula'])} ${choose(r, ['Street', 'Road', 'Avenue', 'Crescent', 'Rd', 'St'])}`;
  if (r() < 0.35) {
    const u = `Unit ${int(r, 1, 60)} ${choose(r, ['Seaview Complex', 'Oak Gardens', 'Sunbird Estate', 'Villa Rosa'])}`;
    return {
      cc: 'ZA',
      lang: 'en',
      lines: [u, s, sub, `${city}, ${pc}`],
      si: 1,
      short: [u, s, sub, city],
      kind: 'street',
      unit: 'before',
    };
  }
  return {
    cc: 'ZA',
    lang: 'en',
    lines: [s, sub, city, pc],
    si: 0,
    short: [s, sub, city],
    kind: 'street',
    unit: 'none',
  };
}

function ph(r: Rand): Addr {
  const [brgy, city, prov, pc] = choose(r, [
    ['Molino III', 'Bacoor', 'Cavite', '4102'],
    ['Sto. Cristo', 'Quezon City', 'Metro Manila', '1105'],
    ['San Isidro', 'Cainta', 'Rizal', '1900'],
    ['Lahug', 'Cebu City', 'Cebu', '6000'],
    ['Poblacion', 'Makati City', 'Metro Manila', '1210'],
    ['Talamban', 'Cebu City', 'Cebu', '6000'],
    ['Matina', 'Davao City', 'Davao del Sur', '8000'],
  ]);
  const b = `Brgy. ${brgy}`;
  const t = r();
  let lines: string[];
  let si = 0;
  let unit = 'none';
  if (t < 0.35) {
    lines = [
      `Blk ${int(r, 1, 40)} Lot ${int(r, 1, 60)}${r() < 0.5 ? `, Phase ${int(r, 1, 4)}` : ''}`,
      `${choose(r, ['Camella Homes', 'Villa Verde Subd.', 'Lancaster New City', 'Greenwoods Executive Village'])}`,
      b,
    ];
  } else if (t < 0.6) {
    lines = [
      `Unit ${int(r, 2, 40)}${digits(r, 2)} Tower ${int(r, 1, 4)}`,
      `${choose(r, ['Grass Residences', 'Avida Towers', 'Sun Residences'])}, ${int(r, 1, 900)} ${choose(r, ['Nueva Vizcaya St.', 'Rizal Ave.', 'Mabini St.', 'P. Burgos St.'])}`,
      b,
    ];
    si = 1;
    unit = 'before';
  } else {
    lines = [
      `${int(r, 1, 999)} ${choose(r, ['Rizal St.', 'Mabini Street', 'Sampaguita St.', 'Bonifacio Ave.', 'Luna St.', 'Narra Road'])}`,
      b,
    ];
  }
  return {
    cc: 'PH',
    lang: 'en',
    lines: [...lines, `${city}, ${prov} ${pc}`],
    si,
    short: [...lines, city],
    kind: 'street',
    unit,
    landmarks: [
      'near the barangay hall',
      'beside 7-Eleven',
      'across the chapel',
      'near sari-sari store ni Aling Nena',
      'tapat ng basketball court',
    ],
  };
}

export const MAKERS_D: Record<string, (r: Rand) => Addr> = { AU: au, NZ: nz, IN: india, NG: ng, ZA: za, PH: ph };
