/**
 * Hold-out 34: street addresses per language/region (full and the habitual abbreviated form).
 */
import { choose, int, type Lang, pad, type Rand } from './pii-holdout34-values.ts';

export interface Address {
  /** street line, written out */
  full: string;
  /** street line as people abbreviate it */
  abbr: string;
  /** postcode and place ('' when the value is the street line only) */
  rest: string;
}

const up2 = (r: Rand) => choose(r, [...'ABDEFGHJLNPQRSTUWXYZ']) + choose(r, [...'ABDEFGHJLNPQRSTUWXYZ']);

export function address(r: Rand, lang: Lang, region: string): Address {
  const n = int(r, 1, 180);
  const a = (full: string, abbr: string, rest: string): Address => ({ full, abbr, rest: r() < 0.75 ? rest : '' });
  switch (lang) {
    case 'en': {
      const [suf, sa] = choose(r, [
        ['Street', 'St'],
        ['Road', 'Rd'],
        ['Avenue', 'Ave'],
        ['Lane', 'Ln'],
        ['Drive', 'Dr'],
        ['Close', 'Cl'],
        ['Crescent', 'Cres'],
      ]);
      if (region === 'US') {
        const st = choose(r, [
          'Maple',
          'Oak',
          'Cedar',
          'Elm',
          'Washington',
          'Lincoln',
          'Park',
          'Lake',
          'Hillcrest',
          'Sunset',
          'Willow',
        ]);
        const [city, state, zip] = choose(r, [
          ['Springfield', 'IL', '627'],
          ['Austin', 'TX', '787'],
          ['Portland', 'OR', '972'],
          ['Columbus', 'OH', '432'],
          ['Denver', 'CO', '802'],
          ['Raleigh', 'NC', '276'],
          ['Tampa', 'FL', '336'],
          ['Boise', 'ID', '837'],
        ]);
        const num = int(r, 10, 9800);
        const apt = r() < 0.25 ? `, Apt ${int(r, 1, 24)}${choose(r, ['A', 'B', 'C', ''])}` : '';
        const aptA = apt.replace(', Apt ', ' #');
        return a(
          `${num} ${st} ${suf}${apt}`,
          `${num} ${st.toLowerCase()} ${sa.toLowerCase()}${aptA}`,
          `${city}, ${state} ${zip}${pad(int(r, 1, 99))}`,
        );
      }
      const st = choose(r, [
        'Harrow',
        'Victoria',
        'Church',
        'Station',
        'Mill',
        'Queens',
        'Kingsley',
        'Albert',
        'Beech',
      ]);
      const [city, pc] = choose(r, [
        ['London', 'SW11'],
        ['London', 'N7'],
        ['Manchester', 'M14'],
        ['Leeds', 'LS6'],
        ['Bristol', 'BS7'],
        ['Glasgow', 'G12'],
        ['Cardiff', 'CF24'],
        ['Birmingham', 'B13'],
      ]);
      const flat = r() < 0.2 ? `Flat ${int(r, 1, 12)}, ` : '';
      return a(
        `${flat}${n} ${st} ${suf}`,
        `${flat.replace('Flat', 'flat').replace(', ', ' ')}${n} ${st} ${sa}`,
        `${city} ${pc} ${int(r, 1, 9)}${up2(r)}`,
      );
    }
    case 'de': {
      const st = choose(r, [
        'Linden',
        'Goethe',
        'Schiller',
        'Bahnhof',
        'Garten',
        'Kastanien',
        'Friedrich-Ebert-',
        'Mozart',
        'Berliner ',
      ]);
      const cap = /[- ]$/.test(st);
      const [suf, sa] = choose(r, [
        ['straße', 'str.'],
        ['straße', 'str'],
        ['weg', 'weg'],
        ['allee', 'allee'],
      ]);
      const S = (x: string) => (cap ? x[0].toUpperCase() + x.slice(1) : x);
      const [plz, city] = choose(r, [
        ['101', 'Berlin'],
        ['803', 'München'],
        ['506', 'Köln'],
        ['200', 'Hamburg'],
        ['603', 'Frankfurt am Main'],
        ['701', 'Stuttgart'],
        ['041', 'Leipzig'],
      ]);
      return a(
        `${st}${S(suf)} ${n}${r() < 0.15 ? 'a' : ''}`,
        `${st}${S(sa)} ${n}`,
        `${plz}${pad(int(r, 1, 99))} ${city}`,
      );
    }
    case 'fr': {
      const [t, ta] = choose(r, [
        ['rue', 'r.'],
        ['rue', 'r'],
        ['avenue', 'av.'],
        ['boulevard', 'bd'],
        ['place', 'pl.'],
        ['impasse', 'imp.'],
        ['chemin', 'ch.'],
      ]);
      const name = choose(r, [
        'des Lilas',
        'Victor Hugo',
        'de la République',
        'du Général Leclerc',
        'Jean Jaurès',
        'des Écoles',
        'Pasteur',
        'de la Gare',
      ]);
      const [cp, city] = choose(r, [
        ['750', 'Paris'],
        ['6900', 'Lyon'],
        ['1300', 'Marseille'],
        ['3100', 'Toulouse'],
        ['3300', 'Bordeaux'],
        ['4400', 'Nantes'],
      ]);
      const bis = r() < 0.1 ? ' bis' : '';
      return a(
        `${n}${bis} ${t} ${name}`,
        `${n}${bis} ${ta} ${name.toLowerCase()}`,
        `${cp}${cp.length === 3 ? pad(int(r, 1, 20)) : int(r, 1, 9)} ${city}`,
      );
    }
    case 'es': {
      const [t, ta] = choose(r, [
        ['Calle', 'C/'],
        ['Calle', 'c/'],
        ['Avenida', 'Avda.'],
        ['Paseo', 'Pº'],
        ['Plaza', 'Pza.'],
      ]);
      const name = choose(r, [
        'Mayor',
        'de Alcalá',
        'del Prado',
        'de la Castellana',
        'Sierpes',
        'de Colón',
        'San Vicente',
        'Real',
      ]);
      const floor = int(r, 1, 8);
      const [door, da] = choose(r, [
        ['B', 'B'],
        ['izquierda', 'izda.'],
        ['derecha', 'dcha.'],
        ['A', 'A'],
      ]);
      const [cp, city] = choose(r, [
        ['280', 'Madrid'],
        ['080', 'Barcelona'],
        ['460', 'Valencia'],
        ['410', 'Sevilla'],
        ['290', 'Málaga'],
      ]);
      return a(
        `${t} ${name}, ${n}, ${floor}º ${door}`,
        `${ta} ${name} ${n} ${floor}º${da}`,
        `${cp}${pad(int(r, 1, 50))} ${city}`,
      );
    }
    case 'it': {
      const [t, ta] = choose(r, [
        ['Via', 'V.'],
        ['Via', 'v.'],
        ['Viale', 'V.le'],
        ['Piazza', 'P.za'],
        ['Corso', 'C.so'],
      ]);
      const name = choose(r, [
        'Garibaldi',
        'Roma',
        'Dante Alighieri',
        'dei Mille',
        'Cavour',
        'Vittorio Emanuele II',
        'delle Rose',
        'Mazzini',
      ]);
      const [cap, city, pr] = choose(r, [
        ['201', 'Milano', 'MI'],
        ['001', 'Roma', 'RM'],
        ['101', 'Torino', 'TO'],
        ['801', 'Napoli', 'NA'],
        ['401', 'Bologna', 'BO'],
      ]);
      return a(
        `${t} ${name} ${n}`,
        `${ta} ${name} ${n}`,
        `${cap}${pad(int(r, 10, 99))} ${city}${r() < 0.5 ? ` (${pr})` : ''}`,
      );
    }
    case 'nl': {
      const st = choose(r, ['Kerk', 'Dorps', 'Molen', 'Stations', 'Wilhelmina', 'Juliana', 'Beuken']);
      const [suf, sa] = choose(r, [
        ['straat', 'str'],
        ['straat', 'str.'],
        ['laan', 'ln'],
        ['weg', 'wg'],
        ['plein', 'pln'],
      ]);
      const [pc, city] = choose(r, [
        ['10', 'Amsterdam'],
        ['30', 'Rotterdam'],
        ['35', 'Utrecht'],
        ['25', 'Den Haag'],
        ['56', 'Eindhoven'],
        ['97', 'Groningen'],
      ]);
      const add = r() < 0.2 ? `-${choose(r, ['A', 'B', 'hs', '2'])}` : '';
      return a(
        `${st}${suf} ${n}${add}`,
        `${st.toLowerCase()}${sa} ${n}${add}`,
        `${pc}${pad(int(r, 11, 99))} ${up2(r)} ${city}`,
      );
    }
    case 'pt': {
      const [t, ta] = choose(r, [
        ['Rua', 'R.'],
        ['Avenida', 'Av.'],
        ['Travessa', 'Tv.'],
        ['Largo', 'Lg.'],
      ]);
      const name = choose(r, [
        'Augusta',
        'da Liberdade',
        'de Santa Catarina',
        'dos Clérigos',
        'Almirante Reis',
        'do Ouro',
        'das Flores',
      ]);
      const [fl, fa] = choose(r, [
        [`${int(r, 1, 7)}.º Esquerdo`, 'Esq.'],
        [`${int(r, 1, 7)}.º Direito`, 'Dto.'],
        ['r/c', 'r/c'],
      ]);
      const [cp, city] = choose(r, [
        ['1100', 'Lisboa'],
        ['4000', 'Porto'],
        ['3000', 'Coimbra'],
        ['4700', 'Braga'],
      ]);
      const fn = fl.split(' ')[0];
      return a(
        `${t} ${name}, ${n}, ${fl}`,
        `${ta} ${name} ${n} ${fn === 'r/c' ? '' : fn}${fa}`,
        `${cp}-${pad(int(r, 1, 399), 3)} ${city}`,
      );
    }
    case 'pl': {
      const name = choose(r, [
        'Długa',
        'Marszałkowska',
        'Piotrkowska',
        'Floriańska',
        'Słowackiego',
        'Mickiewicza',
        'Lipowa',
        'Kościuszki',
      ]);
      const [t, ta] = choose(r, [
        ['ul.', ''],
        ['ulica', 'ul'],
        ['al.', 'al'],
      ]);
      const apt = int(r, 1, 60);
      const [pc, city] = choose(r, [
        ['00', 'Warszawa'],
        ['31', 'Kraków'],
        ['90', 'Łódź'],
        ['50', 'Wrocław'],
        ['80', 'Gdańsk'],
        ['61', 'Poznań'],
      ]);
      const plain = name
        .replace(/ł/g, 'l')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      return a(
        `${t} ${name} ${n}/${apt}`,
        `${ta ? `${ta} ` : ''}${plain} ${n} m. ${apt}`,
        `${pc}-${pad(int(r, 1, 999), 3)} ${city}`,
      );
    }
    case 'sv': {
      const st = choose(r, ['Stor', 'Kungs', 'Drottning', 'Skol', 'Kyrko', 'Ring', 'Björk']);
      const [suf, sa] = choose(r, [
        ['gatan', 'g.'],
        ['gatan', 'gatan'],
        ['vägen', 'v.'],
      ]);
      const [pc, city] = choose(r, [
        ['114', 'Stockholm'],
        ['411', 'Göteborg'],
        ['211', 'Malmö'],
        ['753', 'Uppsala'],
      ]);
      const lgh = r() < 0.25 ? `, lgh ${int(r, 1001, 1403)}` : '';
      return a(
        `${st}${suf} ${n}${lgh}`,
        `${st.toLowerCase()}${sa} ${n}${lgh.replace(',', '')}`,
        `${pc} ${pad(int(r, 10, 99))} ${city}`,
      );
    }
    default: {
      const mah = choose(r, ['Moda', 'Caferağa', 'Kızılay', 'Alsancak', 'Bahçelievler']);
      const name = choose(r, ['Bahariye', 'Atatürk', 'Bağdat', 'Cumhuriyet', 'Barbaros', 'Fevzi Çakmak', 'Gazi']);
      const [t, ta] = choose(r, [
        ['Caddesi', 'Cad.'],
        ['Sokak', 'Sk.'],
        ['Bulvarı', 'Blv.'],
      ]);
      const d = int(r, 1, 20);
      const [pc, place] = choose(r, [
        ['347', 'Kadıköy/İstanbul'],
        ['064', 'Çankaya/Ankara'],
        ['352', 'Konak/İzmir'],
        ['071', 'Muratpaşa/Antalya'],
      ]);
      return a(
        `${mah} Mahallesi, ${name} ${t} No: ${n} Daire: ${d}`,
        `${mah} Mah. ${name} ${ta} No:${n} D:${d}`,
        `${pc}${pad(int(r, 0, 99))} ${place}`,
      );
    }
  }
}
