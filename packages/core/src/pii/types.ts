/** Public entity type names reported by the PII engine. */
export const PII_ENTITY_TYPES = [
  'PERSON',
  'LOCATION',
  'ORGANIZATION',
  'ADDRESS',
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'IP_ADDRESS',
  'URL_CREDENTIALS',
  'US_SSN',
  'DE_TAX_ID',
  'ES_DNI',
  'NL_BSN',
  'UK_NINO',
  'FR_INSEE',
  'ID_NUMBER',
  'SECRET',
  'CRYPTO_ADDRESS',
  'DATE_OF_BIRTH',
  'USERNAME',
] as const;

export type PiiEntityType = (typeof PII_ENTITY_TYPES)[number];

export type PiiAction = 'pseudonymize' | 'mask' | 'redact' | 'hash' | 'allow';

/** A match found by a recognizer on the folded text (folded offsets). */
export interface RawMatch {
  type: PiiEntityType;
  start: number;
  end: number;
  /** Base confidence before context adjustment, 0..1. */
  score: number;
  /** Normalised value used for stable pseudonyms (e.g. card digits without separators). */
  value: string;
}

/** A recognizer works on the folded text (see normalize.ts) and validates what it finds. */
export interface Recognizer {
  /** Reported as `source`, e.g. "email", "phone". */
  name: string;
  types: readonly PiiEntityType[];
  find(folded: string, options: RecognizerContext): RawMatch[];
}

export interface RecognizerContext {
  /** ISO 3166-1 alpha-2 region used for national phone numbers, e.g. "US", "DE". */
  defaultRegion?: string;
  /** Regions tried first for national phone numbers (detected language's countries, then the tenant's regions). */
  regions?: readonly string[];
  /** Minimum Shannon entropy (bits/char) for generic high-entropy tokens. */
  entropyThreshold: number;
}

/** A detected entity, offsets in the ORIGINAL text (UTF-16 code units, end exclusive). */
export interface PiiEntity {
  type: PiiEntityType;
  start: number;
  end: number;
  score: number;
  /** Recognizer name, "deny-list", or "ner". */
  source: string;
  /** The original substring. Sensitive: never log it. */
  text: string;
  /** Normalised value (lookup key material). Sensitive: never log it. */
  value: string;
}
