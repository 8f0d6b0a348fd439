import { COMMON } from './common-data.ts';
import { LEXICON_K, NAMES, PLACES, PLACES_MORE, PUBLIC } from './lexicon-data.ts';

/** A Bloom filter written by training/pii/lexicon.py (FNV-1a double hashing over UTF-16 code units). */
interface Bloom {
  bits: number;
  data: string;
}

function fnv(s: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function loader(bloom: Bloom): (word: string) => boolean {
  let bytes: Uint8Array | undefined;
  return (word) => {
    bytes ??= Uint8Array.from(atob(bloom.data), (c) => c.charCodeAt(0));
    const w = word.normalize('NFC').toLowerCase();
    const h1 = fnv(w, 0x811c9dc5);
    const h2 = (fnv(w, 0x01000193) | 1) >>> 0;
    for (let i = 0; i < LEXICON_K; i++) {
      const p = (h1 + i * h2) % bloom.bits;
      if ((bytes[p >> 3] & (1 << (p & 7))) === 0) return false;
    }
    return true;
  };
}

/**
 * True when `word` is a known first or last name: faker lexicons of 54 Latin-script locales, and person-name words of
 * the WikiANN and Tier A NER corpora that are no common word (training/pii/lexicon.py); ~0.1% false positives.
 */
export const isKnownName = loader(NAMES);

/** True when `word` (or a multi-word name) is a known city name (GeoNames en de fr es it nl pl pt, faker; ~1% false positives). */
export const isKnownPlace = loader(PLACES);
const isMorePlace = loader(PLACES_MORE);

/**
 * True when `words` name a city that may end an address: isKnownPlace, or a city of GeoNames in ru uk bg el vi tr id
 * ms cs ro tl sw hu ("Львів", "Θεσσαλονίκη", "Hà Nội" / "ha noi"; not a known name; ~0.5% false positives). The name
 * rules read isKnownPlace only.
 */
export const isAddressPlace = (words: string): boolean => isKnownPlace(words) || isMorePlace(words);

/**
 * True when `word` is an everyday word of some language: written in lower case mid-sentence, at least a third as often
 * as capitalised, in Latin-script text of Tatoeba, FLORES-200, NTREX-128, WikiANN, NER and tweet corpora
 * (training/pii/common_words.py; 3-15 letters, ~1% false positives). Rules that accept a name the lexicon does not
 * know ask this first.
 */
export const isCommonWord = loader(COMMON);

const publicName = loader(PUBLIC);
/**
 * True when `name` (two or more words) is a person written about on Wikipedia: tagged PER at least twice in the WikiANN
 * train/validation splits of de en es nl pl (7,766 names; ~0.1% false positives). Used by `publicFigures: true`.
 */
export function isPublicFigure(name: string): boolean {
  const words = name
    .normalize('NFC')
    .replace(/['’]s$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= 2 && publicName(words.join(' '));
}
