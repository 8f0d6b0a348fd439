/** Word lists of the ADDRESS recognizer (address.ts), lowercase unless noted. */

interface StreetWord {
  /** Written abbreviated with a dot ("ul.", "Str."). */
  dot: boolean;
  /** Also an everyday word ("via", "place", "way"): needs an address end, a postcode or an address word. */
  ambiguous: boolean;
}
const sw = (words: string, dot = false, ambiguous = false): [string, StreetWord][] =>
  words.split(' ').map((w) => [w, { dot, ambiguous }]);

/** Street types written before the name: fr es it pt pl. */
export const STREET_PREFIX = new Map<string, StreetWord>([
  ...sw('rue boulevard chemin allée allee impasse quai faubourg'),
  ...sw('bd imp rte fg', true),
  ...sw('avenue place route cours square passage', false, true),
  ...sw('av pl', true, true),
  ...sw('calle avenida paseo camino travesía travesia glorieta callejón callejon rambla carrer passeig kalye'),
  ...sw('avda pza pº', true),
  ...sw('plaza ronda vía', false, true),
  ...sw('c', true, true),
  ...sw('viale piazza piazzale vicolo lungomare contrada'),
  ...sw('via corso largo strada borgo salita', false, true),
  ...sw('rua travessa praça praca estrada alameda calçada calcada beco praceta'),
  ...sw('laan'),
  ...sw('tv r', true, true),
  ...sw('ulica aleja plac osiedle skwer'),
  ...sw('ul os', true),
  ...sw('al', true, true),
]);

/** One-word streets end with these (de nl sv da no): "Hauptstraße", "Keizersgracht", "Storgatan". */
export const STREET_SUFFIXES = [
  'straße',
  'strasse',
  'str',
  'gasse',
  'weg',
  'allee',
  'platz',
  'damm',
  'ufer',
  'chaussee',
  'steig',
  'pfad',
  'graben',
  'kai',
  'promenade',
  'straat',
  'laan',
  'plein',
  'gracht',
  'kade',
  'singel',
  'dijk',
  'dreef',
  'steeg',
  'gatan',
  'vägen',
  'vej',
  'gade',
  'veien',
];

/** Endings that are streets often, but other words too ("Heidelberg", "Bahnhof"): need an address word or postcode. */
export const WEAK_SUFFIXES = [
  'berg',
  'hof',
  'feld',
  'kamp',
  'bach',
  'tal',
  'garten',
  'busch',
  'mühle',
  'ring',
  'park',
  'heide',
  'bruch',
  'wiese',
  'hang',
  'acker',
  'kreuz',
  'stieg',
  'twiete',
  'höhe',
  'grund',
  'wall',
  'bogen',
  'winkel',
  'anger',
  'markt',
  'plantsoen',
  'pad',
  'hout',
  'veld',
];

/** German street names that start with a preposition ("Am Markt", "An der Kirche"): word -> article that may follow. */
export const DE_PREPOSITIONS = new Map<string, string>([
  ['am', ''],
  ['im', ''],
  ['an', 'der'],
  ['auf', 'der'],
  ['in', 'der'],
  ['zum', ''],
  ['zur', ''],
  ['unter', 'den'],
  ['hinter', 'der'],
  ['vor', 'dem'],
  ['bei', 'der'],
  ['alte', ''],
  ['alter', ''],
]);

/** Street types written after the name: en, and separate words in de nl ("Berliner Straße"). */
export const STREET_TYPE_AFTER = new Map<string, StreetWord>([
  ...sw('street road avenue lane boulevard crescent terrace parkway highway mews esplanade'),
  ...sw('st rd ave ln blvd ct sq pkwy hwy', true),
  ...sw('drive way place court close gardens square row grove walk circle trail parade', false, true),
  ...sw('dr', true, true),
  // Australian abbreviations (Crescent, Parade, Terrace, Circuit, Esplanade)
  ...sw('cres pde tce cct esp', true, true),
  // USPS street suffixes (the ones Faker's en_US addresses use): streets only after a house number and a name
  ...sw(
    'alley bypass causeway crossing crossroad expressway extension freeway junction loop motorway overpass pike plaza spur spurs stravenue throughway trafficway turnpike underpass viaduct ville villes mills',
    false,
    true,
  ),
  ...sw('straße strasse allee weg gasse damm ufer straat laan plein'),
  ...sw('str', true),
]);

/** "Nr. 5", "n° 5", "No. 5", "número 5", "núm. 35". */
export const STREET_NUMBER_WORDS = new Set([
  'nr',
  'no',
  'n',
  'nº',
  'num',
  'núm',
  'número',
  'numero',
  'nummer',
  'hausnummer',
  'numer',
  'huisnummer',
]);

/** Lowercase words inside street and place names. */
export const PARTICLES = new Set(
  (
    'de la le les du des del della delle dei degli dello di da do dos das d l y e i von van der den het am an im zum zur ' +
    'sur sous upon on of the al alla sul san santa são st ste auf unter vor bei ob aan op nad pod sobre'
  ).split(' '),
);

/** Single words, and first+second words, that start a PO box. */
export const PO_BOX_WORDS = new Set([
  'pob',
  'gpo',
  'locked bag',
  'postfach',
  'bp',
  'postbus',
  'apdo',
  'apartado',
  'boîte',
  'boite',
  'casella',
  'caixa',
  'skrytka',
  'boîte postale',
  'boite postale',
  'casella postale',
  'caixa postal',
  'skrytka pocztowa',
]);

export const UNIT_WORDS = new Set([
  'apt',
  'apartment',
  'suite',
  'ste',
  'unit',
  'flat',
  'whg',
  'wohnung',
  'piso',
  'apto',
  'lok',
  'm',
  // pt es ro: "casa 2", "depto 4", "ap. 14", "bl. A3"
  'casa',
  'depto',
  'dpto',
  'ap',
  'bloco',
  'bl',
]);

/** Street prefixes written after the house number ("12 rue de la Paix"): French. */
export const NUMBER_FIRST_PREFIXES = new Set(
  'rue avenue av boulevard bd place pl chemin allée allee impasse imp quai route rte cours square passage faubourg fg'.split(
    ' ',
  ),
);

/** Road types whose number is a road number, not a house number ("Highway 1", "Road 117", "Bundesstraße 8"). */
export const ROAD_NUMBER_TYPES = new Set(['highway', 'hwy', 'parkway', 'pkwy', 'route', 'freeway', 'interstate']);
/** "State Road 117", "National Road 7", "Farm to Market Road 1576": a road number. */
export const ROAD_CLASS = new Set(
  'state national county federal provincial market farm regional trunk forest us interstate european'.split(' '),
);
export const ROAD_PREFIX = /^(?:bundes|landes|staats|kreis|gemeinde|national|europa|fern)stra(?:ß|ss)e$/;

/** Words after a number that make it a measure, not a house number ("10 km", "5 min"). */
export const MEASURES = new Set(
  'km m cm mm mi ft min h s kg g l ml kb mb gb tb px pt ms uhr euro eur usd jahre years ans años anni jaar lat anos'.split(
    ' ',
  ),
);

/** Case-sensitive. */
export const DIRECTIONS = new Set(['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW']);

/** Country letters before a postcode ("D-10115", "CH-8001"); case-sensitive. */
export const POSTCODE_PREFIXES = new Set(['D', 'F', 'I', 'E', 'A', 'B', 'L', 'CH', 'NL', 'PL', 'DK']);

/** US state and territory codes; case-sensitive. */
export const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR ' +
    'PA RI SC SD TN TX UT VT VA WA WV WI WY PR'
  ).split(' '),
);

/** Canadian forward sortation area. */
export const CA_OUT = /^[ABCEGHJ-NPRSTVXY]\d[A-Z]$/i;

/** Lowercase words never taken into a street name, even after an address word ("live at …", "wohne in der …"). */
export const STOP = new Set(
  (
    'at in on the my our is of to a an and or der die das dem den im am in ich wir la le les à au en el los las il lo a na no em w we ' +
    'ul lautet ist adresse anschrift es est é now'
  ).split(' '),
);

/**
 * Address words: one within 40 characters before a match lets a bare postcode or a lowercase street count
 * ("my address is …", "ich wohne in …", "j'habite …", "PLZ", "code postal", "CAP" …). Tested on a bounded slice.
 */
export const ADDRESS_CUE_RE = new RegExp(
  `(?<![\\p{L}])(?:${[
    'address',
    'addr',
    'live',
    'lives',
    'living',
    'located',
    'ship to',
    'deliver to',
    'send it to',
    'postcode',
    'post code',
    'postal code',
    'zip',
    'adresse',
    'lieferadresse',
    'rechnungsadresse',
    'anschrift',
    'postanschrift',
    'wohne',
    'wohnt',
    'wohnen',
    'wohnhaft',
    'plz',
    'postleitzahl',
    'habite',
    'habitons',
    'domicile',
    'domicilié',
    'domiciliée',
    'code postal',
    'dirección',
    'direccion',
    'domicilio',
    'vivo',
    'vive',
    'resido',
    'código postal',
    'codigo postal',
    'indirizzo',
    'abito',
    'abita',
    'residente',
    'cap',
    'codice postale',
    'adres',
    'woon',
    'woont',
    'wonen',
    'postcode',
    'mieszkam',
    'mieszka',
    'zamieszkały',
    'zamieszkała',
    'kod pocztowy',
    'endereço',
    'endereco',
    'morada',
    'moro',
    'mora',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

export const ADJECTIVE_TYPES = new Set(['platz', 'ring', 'markt', 'tor', 'berg', 'feld', 'hof']);
/** Italian street types abbreviated with a dot inside ("P.zza", "V.le", "C.so"). */
export const IT_ABBR = new Map<string, StreetWord>([
  ['p.zza', { dot: false, ambiguous: false }],
  ['v.le', { dot: false, ambiguous: false }],
  ['c.so', { dot: false, ambiguous: false }],
  ['p.le', { dot: false, ambiguous: false }],
  ['v.lo', { dot: false, ambiguous: false }],
]);
export const NL_FLOOR = new Set(['hs', 'huis', 'bg', 'boven', 'beneden']);
export const FLOOR_WORDS = new Set(['andar', 'piso', 'planta', 'piano', 'étage', 'etage']);
export const SIDES = new Set([
  'esq',
  'dto',
  'dta',
  'esquerdo',
  'direito',
  'frente',
  'izq',
  'izda',
  'dcha',
  'der',
  'drcha',
  'int',
  'ext',
]);
export const NL_PARTICLES = new Set(['van', 'de', 'ter', 'te', 'het']);
