/**
 * Hold-out 31 people and places, written for this corpus: first names (with names that are also common words: Rose,
 * Hope, Will, Joy, Roos, Pilar...), middle names, last names (Young, Wolf, Rico, Fuchs, Coelho, double-barrelled
 * and compound), prefixes, and addresses split as synthetic generators split them (building number + street,
 * secondary unit, city, state, ZIP/postcode) for each region.
 */
import { choose, digits, int, type Rand, type Region } from './pii-holdout31-values.ts';

type Names = { f: string[]; m: string[]; mid?: string[]; last: string[]; pf: string[]; pm: string[]; pn: string[] };
const w = (s: string) => s.split('|');

export const NAMES: Record<string, Names> = {
  en: {
    f: w(
      'Emily|Olivia|Rose|Hope|Grace|Joy|Faith|Summer|Madison|Harper|Chloe|Abigail|Victoria|Megan|Brooke|Autumn|Ivy|Lily|Sophie|Mary-Kate|Destiny|Brianna|Hannah|Charlotte|Amber',
    ),
    m: w(
      'James|Will|Mark|Hunter|Mason|Tyler|Ethan|Brandon|Connor|Austin|Chase|Logan|Wyatt|Jack|Dale|Rusty|Noah|Gavin|Miles|Carter|Jordan|Grant|Reid|Wade|Lance',
    ),
    mid: w('Marie|Ann|Elizabeth|Grace|May|Lynn|James|Michael|Alan|Scott|Dean|Lee'),
    last: w(
      'Young|Wolf|Rico|Smith|Johnson|Brown|Green|White|Baker|Fisher|Black|Long|Price|Bell|King|Stone|Rich|Frank|Hill|Moore|Walker|Carpenter|Howard|Fletcher|Armstrong|Sutherland|Nguyen|Kowalski|Price-Jones|Hughes|Bradley-Cooper|Okafor|Patterson|Rivers|Wood|Love|Little|Sharp|Cross',
    ),
    pf: w('Ms.|Mrs.|Dr.|Miss|Prof.'),
    pm: w('Mr.|Dr.|Mr|Prof.'),
    pn: w('Dr.|Prof.'),
  },
  in: {
    f: w('Priya|Lakshmi|Ananya|Deepika|Sravani|Divya|Keerthi|Pooja|Sneha|Bhavani|Anjali|Harika|Swathi|Meenakshi|Kavya'),
    m: w(
      'Aarav|Srinivas|Venkata Ramana|Rohan|Kiran|Sai Teja|Harsha|Rajesh|Naveen|Mahesh|Arjun|Vamsi|Suresh|Anil|Karthik',
    ),
    mid: w('Devi|Lakshmi|Rani|Sai|Venkata|Kumar'),
    last: w(
      'Sharma|Reddy|Naidu|Patel|Gupta|Rao|Iyer|Venkatesh|Chowdary|Kumar|Singh|Varma|Yadav|Kulkarni|Bhattacharya|Nair|Pillai|Goud',
    ),
    pf: w('Ms.|Mrs.|Dr.|Smt.'),
    pm: w('Mr.|Dr.|Shri'),
    pn: w('Dr.'),
  },
  fr: {
    f: w(
      'Camille|Léa|Manon|Chloé|Inès|Rose|Margaux|Océane|Élodie|Marie-Claire|Anne-Sophie|Clémence|Aurore|Blanche|Violette|Juliette|Solène|Capucine',
    ),
    m: w(
      'Jean-Baptiste|Lucas|Hugo|Mathis|Théo|Julien|Baptiste|Antoine|Pierre-Louis|Olivier|Clément|Victor|Noël|Gaël|Rémi|Loïc|Maxime|Aimé',
    ),
    last: w(
      'Martin|Dubois|Lefèvre|Petit|Blanc|Boulanger|Marchand|Moreau|Fontaine|Chevalier|Lemoine-Durand|Girard|Roux|Mercier|Faure|Leroy|Garnier|Delacroix|Bonnet|Lambert|Fournier|Rousseau-Vidal|Berger|Meunier|Boucher',
    ),
    pf: w('Mme|Madame|Dr|Mlle|Maître'),
    pm: w('M.|Monsieur|Dr|Maître'),
    pn: w('Dr|Pr'),
  },
  de: {
    f: w(
      'Anna-Lena|Lena|Hannah|Leonie|Katharina|Sabine|Ursula|Mia|Johanna|Friederike|Heike|Birgit|Marlene|Greta|Lieselotte|Jana|Sophie',
    ),
    m: w(
      'Hans-Peter|Lukas|Jonas|Maximilian|Florian|Tobias|Jürgen|Klaus|Dieter|Matthias|Felix|Moritz|Sebastian|Wolfgang|Björn|Kai|Till|Uwe',
    ),
    last: w(
      'Wolf|Fuchs|Vogel|Becker|Schmidt|Klein|Lange|Jung|Weiß|Hahn|Koch|Müller|Schneider|Schäfer|Krüger|Zimmermann|Hoffmann|Braun|Richter|Schulze-Wendt|Bauer|Meyer-Landrut|Winter|Sommer|Engel|Ziegler|Strauß',
    ),
    pf: w('Frau|Frau Dr.|Dr.'),
    pm: w('Herr|Herr Dr.|Dr.|Prof. Dr.'),
    pn: w('Dr.|Prof.'),
  },
  it: {
    f: w(
      'Giulia|Chiara|Francesca|Sofia|Alessandra|Martina|Rosa|Serena|Gioia|Letizia|Maria Grazia|Beatrice|Elisa|Viola|Bianca|Aurora',
    ),
    m: w(
      'Marco|Luca|Alessandro|Giuseppe|Matteo|Lorenzo|Francesco|Davide|Gianluca|Pietro|Salvatore|Fortunato|Angelo|Vittorio|Benedetto|Giovanni Battista',
    ),
    last: w(
      'Rossi|Bianchi|Ferrari|Russo|Esposito|Romano|Colombo|Conti|Serra|Fontana|Leone|Costa|Greco|Marino|Lombardi|Gallo|Bruno|De Luca|Moretti|Barbieri|Villa|Santoro|Caruso|Fabbri|Pellegrini',
    ),
    pf: w('Sig.ra|Signora|Dott.ssa|Avv.|Prof.ssa'),
    pm: w('Sig.|Signor|Dott.|Avv.|Ing.|Prof.'),
    pn: w('Dott.|Avv.'),
  },
  es: {
    f: w(
      'Lucía|María José|Carmen|Pilar|Dolores|Rosario|Luz|Paz|Sol|Amparo|Ainhoa|Nerea|Alba|Marta|Inmaculada|Esperanza|Rocío|Itziar',
    ),
    m: w(
      'Javier|Alejandro|Pablo|Sergio|Álvaro|Juan Carlos|José Luis|Iker|Rodrigo|Rico|Ángel|Santiago|Jesús|Unai|Íñigo|Adrián|Gonzalo',
    ),
    last: w(
      'García López|Rico|Blanco|Moreno|Rubio|Delgado|Cruz|Fernández|Martínez Soria|Sánchez|Romero|Navarro|Torres|Domínguez|Gil|Serrano|Molina|Castillo|Ortega Vidal|Iglesias|Peña|Calvo|León|Prieto|Vega',
    ),
    pf: w('Sra.|Dra.|Dña.|Señora'),
    pm: w('Sr.|Dr.|D.|Señor'),
    pn: w('Dr.'),
  },
  nl: {
    f: w('Sanne|Femke|Roos|Lieke|Anouk|Fleur|Marieke|Esmee|Ilse|Noor|Wilma|Ineke|Lotte|Sterre|Merel|Liesbeth'),
    m: w('Daan|Bram|Joost|Jan-Willem|Sem|Thijs|Ruud|Pieter|Wouter|Kees|Maarten|Sjoerd|Bas|Gijs|Stijn|Hidde'),
    last: w(
      'de Vries|van den Berg|Bakker|Visser|de Jong|Smit|Mulder|de Wit|Kok|Vos|Jansen|Bos|Dekker|van Dijk|Meijer|de Boer|Hendriks|van der Meer|Peters|Koster|de Graaf|Brouwer|van Leeuwen|Wolff',
    ),
    pf: w('mevrouw|mevr.|Dr.|mw.'),
    pm: w('meneer|dhr.|Dr.|mr.'),
    pn: w('Dr.|prof.'),
  },
  pt: {
    f: w(
      'Maria da Graça|Inês|Beatriz|Leonor|Mariana|Ana Luísa|Rosa|Luz|Glória|Conceição|Fernanda|Juliana|Larissa|Camila|Patrícia|Aline',
    ),
    m: w(
      'João|Luís|Gonçalo|Rui|Tiago|Duarte|Francisco|Pedro Henrique|Miguel|Rafael|Bruno|Thiago|Lucas|Vinícius|Afonso|Nuno',
    ),
    last: w(
      'Silva|Santos|Oliveira|Pereira|Costa|Rocha|Ferreira|Carvalho|Mota|Lobo|Coelho|Pinto|Leite|Sousa Mendes|Almeida|Ribeiro|Martins|Barbosa|Nogueira|Cardoso|Teixeira|Fonseca|Moura|Castro Alves|Cunha',
    ),
    pf: w('Sra.|Dra.|D.|Senhora'),
    pm: w('Sr.|Dr.|Eng.|Senhor'),
    pn: w('Dr.'),
  },
};

export type Person = {
  first: string;
  middle: string;
  last: string;
  gender: 'f' | 'm';
  prefix: string;
};
export function person(r: Rand, lang: string): Person {
  const n = NAMES[lang];
  const gender = r() < 0.5 ? 'f' : 'm';
  const first = choose(r, n[gender]);
  // Middle names: English lists them female half first; other languages use a one-word first name of the gender.
  const mid = n.mid ?? [];
  const half = mid.length / 2;
  const mids =
    lang === 'en' || lang === 'in'
      ? mid.slice(gender === 'f' ? 0 : half, gender === 'f' ? half : undefined)
      : n[gender].filter((x) => !/[ -]/.test(x));
  let middle = r() < 0.3 ? choose(r, mids) : '';
  if (middle && (first.includes(' ') || middle === first)) middle = '';
  const prefix = r() < 0.2 ? choose(r, n.pn) : choose(r, gender === 'f' ? n.pf : n.pm);
  return { first, middle, last: choose(r, n.last), gender, prefix };
}

export type Address = { street: string; sec: string; city: string; zip: string; state: string };
type Place = [city: string, state: string, zip: (r: Rand) => string];
const z5 = (p: string) => (r: Rand) => p + digits(r, 5 - p.length);
const ukpc = (out: string[]) => (r: Rand) =>
  `${choose(r, out)} ${int(r, 1, 9)}${choose(r, w('A|B|D|E|F|G|H|J|L|N|P|Q|R|S|T|U|W|X|Y|Z'))}${choose(r, w('A|B|D|E|F|G|H|J|L|N|P|R|S|T|U|W|X|Y|Z'))}`;
const nlpc = (p: string) => (r: Rand) =>
  `${p}${digits(r, 2)} ${choose(r, w('AB|BK|CJ|DL|EG|GH|JK|LM|NP|RT|SV|TX|VW|XZ'))}`;

const STREETS: Record<Region, [names: string[], secs: string[], places: Place[]]> = {
  US: [
    w(
      'Maple Avenue|Willow Creek Drive|Hope Street|Oak St|Pine Ridge Road|Sunset Blvd|Lincoln Avenue|Cedar Lane|Washington Street|Elm Court|Lakeview Terrace|Magnolia Way|Rose Hill Road|Main Street|Park Place|Chestnut Dr',
    ),
    w('Apt 4B|Apt. 12|Suite 210|Unit 7|Apartment 3C|#305|Suite 1400|Unit B|Apt 2F|Floor 3'),
    [
      ['Austin', 'TX', z5('787')],
      ['Portland', 'OR', z5('972')],
      ['Columbus', 'Ohio', z5('432')],
      ['Raleigh', 'NC', z5('276')],
      ['Tucson', 'AZ', z5('857')],
      ['Springfield', 'IL', z5('627')],
      ['Denver', 'Colorado', z5('802')],
      ['Boise', 'ID', z5('837')],
      ['Savannah', 'GA', z5('314')],
      ['Madison', 'WI', z5('537')],
      ['Burlington', 'VT', z5('054')],
      ['Orlando', 'FL', z5('328')],
    ],
  ],
  UK: [
    w(
      'Kingsley Road|Rose Lane|Victoria Street|Church Close|Albert Gardens|Station Road|Mill Lane|Queens Drive|Hope Terrace|Beech Grove|Park Crescent|Wolf Street',
    ),
    w('Flat 3|Flat 12B|Flat 2, Riverside House|Unit 4|Apartment 9|Flat 1A'),
    [
      ['London', '', ukpc(w('SW1A|E2|N7|SE15|W12|NW3'))],
      ['Leeds', 'West Yorkshire', ukpc(w('LS6|LS11|LS2'))],
      ['Bristol', '', ukpc(w('BS8|BS3|BS1'))],
      ['Manchester', '', ukpc(w('M14|M20|M1'))],
      ['Edinburgh', 'Scotland', ukpc(w('EH3|EH9|EH6'))],
      ['Cardiff', 'Wales', ukpc(w('CF10|CF24'))],
      ['Reading', 'Berkshire', ukpc(w('RG1|RG30'))],
    ],
  ],
  IN: [
    w(
      'MG Road|Nehru Street|Brigade Road|Anna Salai|Gandhi Nagar Main Road|Jubilee Hills Road No. 36|Banjara Hills Road No. 12|Lakshmi Nagar 3rd Cross|Benz Circle Road|Station Road',
    ),
    w('Flat No. 302|Flat 4B, Sai Residency|Flat 101, Sri Balaji Apartments|Door No. 5|H.No. 8-2-293|Plot No. 45'),
    [
      ['Hyderabad', 'Telangana', z5('5000')],
      ['Bengaluru', 'Karnataka', z5('5600')],
      ['Chennai', 'Tamil Nadu', z5('6000')],
      ['Vijayawada', 'Andhra Pradesh', z5('5200')],
      ['Pune', 'Maharashtra', z5('4110')],
      ['Visakhapatnam', 'AP', z5('5300')],
    ].map(([c, s, z]) => [c, s, (r: Rand) => `${(z as (r: Rand) => string)(r)}${int(r, 0, 9)}`] as Place),
  ],
  FR: [
    w(
      'rue des Lilas|avenue Victor Hugo|boulevard Voltaire|rue de la Paix|chemin des Vignes|rue du Moulin|place Bellecour|allée des Roses|rue Lafayette|impasse du Loup|quai de la Fosse|rue Nationale',
    ),
    w('Bâtiment B|Appartement 23|Apt 12|Escalier C, 3e étage|Résidence Les Tilleuls, bât. A|porte 14'),
    [
      ['Paris', '', (r) => `750${pad2(int(r, 1, 20))}`],
      ['Lyon', '', (r) => `6900${int(r, 1, 9)}`],
      ['Marseille', '', (r) => `130${pad2(int(r, 1, 16))}`],
      ['Toulouse', '', (r) => choose(r, ['31000', '31200', '31300', '31400', '31500'])],
      ['Nantes', '', (r) => choose(r, ['44000', '44100', '44200', '44300'])],
      ['Lille', '', () => '59000'],
      ['Bordeaux', '', (r) => choose(r, ['33000', '33100', '33200', '33300', '33800'])],
      ['Rennes', '', (r) => choose(r, ['35000', '35200', '35700'])],
      ['Montpellier', '', (r) => choose(r, ['34000', '34070', '34090'])],
    ],
  ],
  DE: [
    w(
      'Lindenstraße|Hauptstraße|Bahnhofstraße|Goethestraße|Am Wolfsberg|Schillerplatz|Rosenweg|Kastanienallee|Gartenstr.|Friedrich-Ebert-Straße|Mühlenweg|Sonnenallee|Am Markt',
    ),
    w('Wohnung 5|3. OG links|Hinterhaus, 2. Stock|App. 12|Whg. 7|c/o Becker'),
    [
      ['Berlin', '', (r) => `1${int(r, 0, 4)}${digits(r, 3)}`],
      ['München', 'Bayern', (r) => `80${int(r, 3, 9)}${digits(r, 2)}`],
      ['Hamburg', '', (r) => `2${int(r, 0, 2)}${digits(r, 3)}`],
      ['Köln', '', (r) => `50${int(r, 6, 9)}${digits(r, 2)}`],
      ['Frankfurt am Main', 'Hessen', (r) => `60${int(r, 3, 5)}${digits(r, 2)}`],
      ['Leipzig', 'Sachsen', (r) => `041${digits(r, 2)}`],
      ['Stuttgart', '', (r) => `701${digits(r, 2)}`],
      ['Dresden', '', (r) => `010${int(r, 6, 9)}${int(r, 0, 9)}`],
    ],
  ],
  IT: [
    w(
      'Via Roma|Via Giuseppe Garibaldi|Corso Vittorio Emanuele II|Viale dei Mille|Via della Rosa|Piazza Cavour|Via Dante Alighieri|Via del Lupo|Via Montenapoleone|Vicolo Stretto|Via Nazionale',
    ),
    w('scala B, interno 8|int. 5|piano 3|interno 12|scala A, piano 2'),
    [
      ['Milano', 'MI', z5('201')],
      ['Roma', 'RM', z5('001')],
      ['Torino', 'TO', z5('101')],
      ['Napoli', 'NA', z5('801')],
      ['Bologna', 'BO', z5('401')],
      ['Firenze', 'FI', z5('501')],
      ['Bari', 'BA', z5('701')],
    ],
  ],
  ES: [
    w(
      'Calle Mayor|Avenida de la Constitución|Calle de Alcalá|Paseo de Gracia|Calle del Sol|Calle Real|Gran Vía|Calle de la Paz|Avenida del Puerto|Calle Lobo|Rambla de Catalunya',
    ),
    w('4º B|2º izquierda|piso 3, puerta 2|bajo A|1º D|escalera 2, 5º C'),
    [
      ['Madrid', '', z5('280')],
      ['Barcelona', '', z5('080')],
      ['Valencia', '', z5('460')],
      ['Sevilla', '', z5('410')],
      ['Bilbao', 'Bizkaia', z5('480')],
      ['Málaga', '', z5('290')],
      ['Zaragoza', '', z5('500')],
    ],
  ],
  NL: [
    w(
      'Keizersgracht|Dorpsstraat|Kerkstraat|Wilhelminalaan|Molenweg|Stationsplein|Prinsengracht|Rozenstraat|Julianastraat|Oude Gracht|Lange Voorhout|Wolvenstraat',
    ),
    w('3-hoog|2e verdieping|app. 14|huisnummer 2-A|bus 3|1e etage'),
    [
      ['Amsterdam', '', nlpc('10')],
      ['Rotterdam', '', nlpc('30')],
      ['Utrecht', '', nlpc('35')],
      ['Den Haag', '', nlpc('25')],
      ['Eindhoven', '', nlpc('56')],
      ['Groningen', '', nlpc('97')],
      ['Haarlem', '', nlpc('20')],
    ],
  ],
  PT: [
    w(
      'Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Rua das Flores|Largo do Rato|Rua do Lobo|Avenida dos Aliados|Rua da Prata',
    ),
    w('2º Esq.|3.º Dto|R/C|1º andar, frente|4.º Esquerdo'),
    [
      ['Lisboa', '', (r) => `1${int(r, 0, 9)}${digits(r, 2)}-${digits(r, 3)}`],
      ['Porto', '', (r) => `4${int(r, 0, 4)}${digits(r, 2)}-${digits(r, 3)}`],
      ['Coimbra', '', (r) => `30${digits(r, 2)}-${digits(r, 3)}`],
      ['Braga', '', (r) => `47${digits(r, 2)}-${digits(r, 3)}`],
      ['Faro', '', (r) => `800${int(r, 0, 9)}-${digits(r, 3)}`],
    ],
  ],
  BR: [
    w(
      'Rua das Flores|Avenida Paulista|Rua Oscar Freire|Rua da Consolação|Avenida Atlântica|Rua XV de Novembro|Rua Augusta|Avenida Sete de Setembro|Rua dos Andradas',
    ),
    w('apto 45|apartamento 1203|bloco B, apto 32|casa 2|sala 508|conjunto 71'),
    [
      ['São Paulo', 'SP', (r) => `0${int(r, 1, 4)}${digits(r, 3)}-${digits(r, 3)}`],
      ['Rio de Janeiro', 'RJ', (r) => `2${int(r, 0, 2)}${digits(r, 3)}-${digits(r, 3)}`],
      ['Belo Horizonte', 'MG', (r) => `30${digits(r, 3)}-${digits(r, 3)}`],
      ['Curitiba', 'PR', (r) => `80${digits(r, 3)}-${digits(r, 3)}`],
      ['Porto Alegre', 'RS', (r) => `90${digits(r, 3)}-${digits(r, 3)}`],
      ['Recife', 'PE', (r) => `50${digits(r, 3)}-${digits(r, 3)}`],
    ],
  ],
};
function pad2(n: number) {
  return String(n).padStart(2, '0');
}

/** An address of `region`; the street part is number + street in the region's order. */
export function address(r: Rand, region: Region): Address {
  const [names, secs, places] = STREETS[region];
  const [city, state, zip] = choose(r, places);
  const name = choose(r, names);
  const n = String(int(r, 1, region === 'US' && r() < 0.5 ? 9800 : 180));
  const num =
    region === 'FR' && r() < 0.15
      ? `${n} bis`
      : /^(DE|NL)$/.test(region) && r() < 0.2
        ? `${n}${choose(r, ['a', 'b', 'A'])}`
        : n;
  const street = /^(US|UK|IN|FR)$/.test(region)
    ? `${num} ${name}`
    : /^(ES|IT|PT|BR)$/.test(region) && r() < 0.6
      ? `${name}, ${num}`
      : `${name} ${num}`;
  return { street, sec: choose(r, secs), city, zip: zip(r), state };
}

export const COMPANIES = w(
  'Northwind Analytics|Brightpath Learning|Bluewave Health|Acme Logistics|Helios Energie|Kestrel Bank|Quantix GmbH|Fenice Assicurazioni|Solaris Viajes|Tulpenveld BV|Atlântico Seguros|Meridian Legal LLP|Pinnacle Retail|Nimbus Cloud|Zenith Travel',
);
export const JOBS: Record<string, string[]> = {
  en: w(
    'Senior Data Analyst|Registered Nurse|Account Manager|Software Engineer|Teaching Assistant|Paralegal|HR Coordinator|Loan Officer|IT Support Specialist|Marketing Lead',
  ),
  fr: w('chargée de clientèle|développeur backend|infirmier|comptable|professeure des écoles|juriste'),
  de: w('Sachbearbeiterin|Softwareentwickler|Pflegefachkraft|Buchhalter|Projektleiterin|Werkstudent'),
  it: w('impiegata amministrativa|sviluppatore software|infermiere|consulente finanziario|docente'),
  es: w('administrativa|ingeniero de software|enfermera|asesor financiero|profesor de secundaria'),
  nl: w('beleidsmedewerker|software-ontwikkelaar|verpleegkundige|accountmanager|docent'),
  pt: w('assistente administrativa|engenheiro de software|enfermeira|analista financeiro|professora'),
};
