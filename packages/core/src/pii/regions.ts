/**
 * Countries (ISO 3166-1 alpha-2) where a language (ISO 639-3, as the language-ID model reports it) is commonly
 * written. Used to order the regions tried for national-format phone numbers; every other region is still tried.
 */
const BY_LANGUAGE: Record<string, readonly string[]> = {
  eng: ['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'IN', 'ZA', 'SG', 'PH', 'NG'],
  deu: ['DE', 'AT', 'CH', 'LU', 'LI'],
  gsw: ['CH', 'DE', 'AT'],
  fra: ['FR', 'BE', 'CH', 'CA', 'LU', 'MA', 'SN', 'CI'],
  spa: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'US'],
  ita: ['IT', 'CH', 'SM'],
  nld: ['NL', 'BE'],
  por: ['PT', 'BR', 'AO', 'MZ'],
  pol: ['PL'],
  ces: ['CZ'],
  slk: ['SK'],
  hun: ['HU'],
  ron: ['RO', 'MD'],
  bul: ['BG'],
  hrv: ['HR', 'BA'],
  srp: ['RS', 'BA', 'ME'],
  slv: ['SI'],
  ell: ['GR', 'CY'],
  tur: ['TR', 'CY'],
  rus: ['RU', 'BY', 'KZ', 'UA'],
  ukr: ['UA'],
  bel: ['BY'],
  swe: ['SE', 'FI'],
  dan: ['DK'],
  nob: ['NO'],
  nno: ['NO'],
  fin: ['FI'],
  est: ['EE'],
  lvs: ['LV'],
  lit: ['LT'],
  isl: ['IS'],
  gle: ['IE'],
  cym: ['GB'],
  heb: ['IL'],
  ara: ['SA', 'AE', 'EG', 'MA', 'DZ', 'JO', 'IQ'],
  arz: ['EG'],
  pes: ['IR'],
  hin: ['IN'],
  ben: ['BD', 'IN'],
  urd: ['PK', 'IN'],
  tam: ['IN', 'LK'],
  tel: ['IN'],
  mar: ['IN'],
  mal: ['IN'],
  cmn: ['CN', 'TW', 'HK', 'SG'],
  yue: ['HK'],
  jpn: ['JP'],
  kor: ['KR'],
  vie: ['VN'],
  tha: ['TH'],
  ind: ['ID'],
  zsm: ['MY'],
  tgl: ['PH'],
  ceb: ['PH'],
  swh: ['KE', 'TZ'],
  afr: ['ZA'],
  kat: ['GE'],
  hye: ['AM'],
  aze: ['AZ'],
  kaz: ['KZ'],
  uzb: ['UZ'],
};

/** ISO 639-1 codes and ISO 639-3 macrolanguage codes callers pass instead of the language-ID model's codes. */
const ALIAS_PAIRS = (
  'en eng de deu fr fra es spa it ita nl nld pt por pl pol cs ces sk slk hu hun ro ron bg bul hr hrv sr srp ' +
  'sl slv el ell tr tur ru rus uk ukr be bel sv swe da dan nb nob nn nno no nob fi fin et est lv lvs lt lit ' +
  'is isl ga gle cy cym he heb iw heb ar ara fa pes hi hin bn ben ur urd ta tam te tel mr mar ml mal zh cmn ' +
  'ja jpn ko kor vi vie th tha id ind in ind ms zsm tl tgl sw swh af afr ka kat hy hye az aze kk kaz uz uzb ' +
  'fas pes per pes zho cmn chi cmn msa zsm may zsm swa swh nor nob ekk est lav lvs ger deu fre fra dut nld ' +
  'gre ell cze ces slo slk rum ron arm hye geo kat ice isl wel cym'
).split(' ');
const ALIAS: Record<string, string> = {};
for (let i = 0; i < ALIAS_PAIRS.length; i += 2) ALIAS[ALIAS_PAIRS[i]] = ALIAS_PAIRS[i + 1];

/**
 * Regions for a language code: ISO 639-3 (as the language-ID model reports it), ISO 639-1 ("pt") or a BCP 47 tag
 * ("pt-BR", "es_MX": its region first). Unknown or undetermined languages give none.
 */
export function regionsForLanguage(lang: string | undefined): readonly string[] {
  if (!lang) return [];
  if (BY_LANGUAGE[lang]) return BY_LANGUAGE[lang];
  const [base, ...rest] = lang.split(/[-_]/);
  const code = base.toLowerCase();
  const regions = BY_LANGUAGE[ALIAS[code] ?? code] ?? [];
  const region = rest.find((t) => /^[A-Za-z]{2}$/.test(t))?.toUpperCase();
  return region ? [region, ...regions.filter((r) => r !== region)] : regions;
}
