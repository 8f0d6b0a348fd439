import { endsInAddress, notAName } from './chat-roles.ts';
import { escapeRegExp } from './context.ts';
import { isCommonWord, isKnownName } from './lexicon.ts';
import { isPlace, placeByContext, ROLE_CUES } from './person-context.ts';

/**
 * Words right before a name that say a person follows: introductions and greetings in en de fr es it nl pl pt
 * ("my name is", "ich heiße", "je m'appelle", "Dear", "Hallo" …). With one, any PERSON span of the NER is kept.
 */
const PERSON_CUES = [
  'my name is',
  "my name's",
  'i am',
  "i'm",
  'im',
  'call me',
  'named',
  'called',
  'this is',
  'dear',
  'hi',
  'hello',
  'hey',
  'thanks',
  'thank you',
  'contact',
  'ask',
  'tell',
  'mein name ist',
  'ich heiße',
  'ich heisse',
  'ich bin',
  'hallo',
  'liebe',
  'lieber',
  'sehr geehrte',
  'sehr geehrter',
  "je m'appelle",
  'je suis',
  'mon nom est',
  'bonjour',
  'cher',
  'chère',
  'salut',
  'me llamo',
  'mi nombre es',
  'soy',
  'hola',
  'querido',
  'querida',
  'estimado',
  'estimada',
  'mi chiamo',
  'il mio nome è',
  'sono',
  'ciao',
  'caro',
  'cara',
  'gentile',
  'ik heet',
  'mijn naam is',
  'ik ben',
  'hoi',
  'beste',
  'nazywam się',
  'mam na imię',
  'jestem',
  'cześć',
  'drogi',
  'droga',
  'me chamo',
  'chamo-me',
  'o meu nome é',
  'meu nome é',
  'sou',
  'olá',
  'oi',
  ...ROLE_CUES,
];

const CUE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PERSON_CUES.map(escapeRegExp).join('|')})[\\s,:]*$`, 'iu');

const WORD = /[\p{L}\p{M}'’-]+/gu;

/** A known name; hyphenated words when every part is one ("García-López", not "Wi-Fi"). */
const known = (word: string) =>
  word
    .replace(/['’]s$/u, '')
    .split('-')
    .every((part) => part.length > 0 && isKnownName(part));

/** True when a person cue ends right before `start` (searched in the 40 characters before it). */
export function hasPersonCue(text: string, start: number): boolean {
  return CUE_RE.test(text.slice(Math.max(0, start - 40), start).replace(/[’]/g, "'"));
}

/**
 * Whether a PERSON span of the NER model is kept. Chat text is full of words the model takes for names ("haiku",
 * "limerick", "Kubernetes", a capitalised verb at the start of a sentence). Without a person cue before it:
 * - a span without capitals is kept when every word is a known name and it has two or more words or the model is
 *   sure of it (score ≥ 0.7): "maria schneider", not "olive" (0.60) nor "haiku";
 * - a single capitalised word is kept when it is a known name or the model is sure of it (score ≥ 0.7):
 *   "Maria", "Assange" (0.9), not "Kubernetes" (0.64) nor "Traduce" (0.61);
 * - two or more capitalised words are kept.
 * A known place name ("Bologna", "New York"), technology names ("Docker Swarm", "Kafka") and a single word after an
 * article ("einen Bäcker") are no person.
 * Known names: faker lexicons of 54 Latin-script locales; places: GeoNames city names (lexicon.ts). Measured on held-out NER test splits
 * (bench/pii-person-filter.ts): the filter loses 0–3 points of PERSON recall.
 */
export function plausiblePerson(text: string, start: number, end: number, score = 1): boolean {
  const span = text.slice(start, end);
  const words = span.match(WORD) ?? [];
  if (words.length === 0) return false;
  if (words.some((w) => INSTITUTION.test(w))) return false;
  // a speaker role or a pronoun alone ("Customer", "Eu", "Saya"), a support account ("Robi Care"), a greeting or
  // holiday wish ("Ramadan Kareem", "Walaikum Assalam")
  if (notAName(span)) return false;
  // "Baik Kak": a word, then a form of address that only comes before names
  if (endsInAddress(words) && !known(words[0] ?? '')) return false;
  if (hasPersonCue(text, start)) return true;
  // "Jordan or Georgia", "Hội" of "Hội An", "Yarın Ankara'dan": the words around say place (person-context.ts)
  if (placeByContext(text, start, end)) return false;
  const sure = score >= SURE;
  // "Bologna", "New York": a place name; "Docker Swarm": technology; "einen Bäcker": a noun after an article
  const joined = words.join(' ');
  // (two or more words the model is very sure of stay a person: the place lexicon is a Bloom filter, ~1% false hits)
  if (isPlace(joined) && (score < PLACE_SURE || !words.every(known)) && !(words.length >= 2 && score >= 0.9))
    return false;
  if (isTechName(span)) return false;
  // an all-capitals single word ("VLOOKUP", "HTML") is an acronym unless it is a known name ("JOHN")
  if (words.length === 1 && words[0].length >= 2 && words[0] === words[0].toUpperCase()) return known(words[0]);
  if (words.length === 1 && ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  if (!/\p{Lu}/u.test(span)) return words.every(known) && (words.length >= 2 || sure);
  if (words.length === 1 && fieldLabel(text, start, end, words[0])) return false;
  if (words.length === 1) return sure || known(words[0]);
  return true;
}

/**
 * A form's field name: an everyday word and no known name at a line start, before a bracket or before its colon and
 * a short value, no message ("Peserta: Keuangan, Legal, Pembelian", "Urodzony(a) dnia:"; not "Seun: mấy giờ gặp
 * nhau?", a chat's speaker).
 */
function fieldLabel(text: string, start: number, end: number, word: string): boolean {
  if (word.includes('-') || isKnownName(word) || !isCommonWord(word.toLowerCase())) return false;
  if (!/(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, start - 20), start))) return false;
  if (/^[ \t]*\(/u.test(text.slice(end, end + 4))) return true;
  const colon = /^[ \t]*[:：]([^\n]{0,120})/u.exec(text.slice(end, end + 124));
  return colon !== null && !/[?!]/u.test(colon[1]) && (colon[1].match(/\p{L}+/gu) ?? []).length <= 4;
}

/**
 * Software, services and devices people ask about; some are also surnames ("Kafka", "Jenkins", "Ruby"), so the NER
 * model tags them as persons. Hand-written (no training corpus lists technology names), lowercase.
 */
const TECH = new Set(
  (
    'docker swarm kubernetes k8s kafka jenkins ansible terraform puppet chef vagrant nomad consul vault helm istio ' +
    'redis postgres postgresql mysql mariadb sqlite mongodb cassandra elasticsearch kibana logstash grafana prometheus ' +
    'nginx apache tomcat jetty caddy traefik haproxy envoy linux ubuntu debian fedora centos alpine arch windows macos ' +
    'google youtube facebook instagram whatsapp tiktok telegram netflix spotify ' +
    'android ios ipados watchos python java javascript typescript kotlin scala swift rust golang ruby rails perl php ' +
    'haskell elixir erlang clojure julia matlab fortran cobol lua dart flutter react vue angular svelte nextjs nuxt ' +
    'django flask fastapi spring laravel symfony express node deno bun webpack vite babel eslint prettier jest vitest ' +
    'mocha cypress playwright selenium pandas numpy scipy pytorch tensorflow keras jupyter spark hadoop airflow dbt ' +
    'snowflake databricks bigquery tableau excel word powerpoint outlook teams slack zoom skype discord notion jira ' +
    'confluence trello asana figma photoshop illustrator blender unity unreal godot git github gitlab bitbucket aws ' +
    'azure gcp heroku netlify vercel cloudflare firebase supabase stripe paypal shopify wordpress drupal joomla magento ' +
    'chatgpt gpt claude gemini llama mistral copilot siri alexa cortana bluetooth wifi wi-fi usb hdmi iphone ipad ' +
    'macbook imac pixel galaxy kindle tolino kobo playstation xbox nintendo switch tesla raspberry arduino ' +
    // shops and appliance brands named in complaints and orders ("bestellung bei allegro", "dyson v11")
    'amazon ebay allegro zalando shopee lazada jumia temu shein aliexpress tokopedia bukalapak mercadolibre olx ' +
    'flipkart myntra etsy ikea dyson philips samsung xiaomi huawei lenovo nespresso bosch miele'
  ).split(' '),
);

/** True when every word of `text` is a technology name ("Python", "Docker Swarm"). */
export function isTechName(text: string): boolean {
  const words = text.match(WORD) ?? [];
  return words.length > 0 && words.every((w) => TECH.has(w.toLowerCase()));
}

/**
 * Words of institutions and codes of law in the languages of the name rules: a span with one names a hospital, school,
 * court or law, not a person ("Ankara Şehir Hastanesi", "Kodeksem Cywilnym", "Código Civil"). Hand-written.
 */
const INSTITUTION =
  /^(?:hospital|hôpital|ospedale|krankenhaus|klinikum|klinik|clinic|clinique|clinica|clínica|kliniek|kliniği|hastanesi|ziekenhuis|szpital|szpitala|sjukhus|sjukhuset|больница|школа|school|schule|école|escuela|scuola|escola|okulu|lisesi|szkoła|szkoły|universität|universidad|università|universidade|üniversitesi|tribunal|tribunale|rechtbank|gericht|amtsgericht|landgericht|mahkemesi|ministerium|ministère|ministerio|ministero|código|codice|kodeks|kodeksu|kodeksem|gesetzbuch|wetboek|civil|civile|cywilny|cywilnego|cywilnym|belediyesi)$/iu;

/** Articles (en de fr nl) right before a word: it is a noun, not a name. Not "a", "la", "o", "de": names follow them. */
const ARTICLE_BEFORE =
  /(?<![\p{L}])(?:the|an|der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|le|les|un|une|du|het|een)\s+$/iu;

/** A word that names a place and a person ("Jackson", "Florence") stays a person only at this NER confidence. */
const PLACE_SURE = 0.8;

/** NER confidence at which a single word is kept as a person without being a known name. */
const SURE = 0.7;
