import type { RawMatch, Recognizer } from '../types.ts';
import { match, shannonEntropy } from './util.ts';

/**
 * Secrets and API keys: known prefixes (OpenAI/Anthropic sk-, Stripe sk_live_, GitHub ghp_/github_pat_, Slack xox*-,
 * AWS AKIA/ASIA, Google AIza, GitLab glpat-), PEM private keys, JWTs, and generic high-entropy tokens above
 * an entropy threshold. Value = the token itself (case-sensitive).
 */
const KNOWN: { name: string; re: RegExp; score: number }[] = [
  {
    name: 'pem',
    re: /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----[\s\S]*?(?:-----END \1PRIVATE KEY-----|$)/g,
    score: 1,
  },
  { name: 'jwt', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}/g, score: 0.98 },
  { name: 'stripe', re: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}/g, score: 0.99 },
  {
    name: 'openai',
    re: /(?<![A-Za-z0-9_-])sk-(?:proj-|ant-(?:api\d\d-)?|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g,
    score: 0.97,
  },
  { name: 'github', re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, score: 0.99 },
  { name: 'github-pat', re: /\bgithub_pat_[A-Za-z0-9_]{22,}/g, score: 0.99 },
  { name: 'slack', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, score: 0.98 },
  { name: 'aws', re: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, score: 0.97 },
  { name: 'google', re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, score: 0.97 },
  { name: 'gitlab', re: /\bglpat-[A-Za-z0-9_-]{20,}/g, score: 0.99 },
];

const TOKEN = /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{24,}(?![A-Za-z0-9+/_=-])/g;

/** Generic token test: long, mixed character classes, high entropy, not a word/path/hex-looking prose. */
export function looksLikeSecret(token: string, threshold: number): boolean {
  const t = token.replace(/=+$/, '');
  if (t.length < 24) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((re) => re.test(t)).length;
  if (classes < 2 || !/\d/.test(t)) return false;
  if (/^[-_/]|[-_/]$/.test(t) || /[-_/]{2}/.test(t)) return false;
  // Paths, slugs and identifiers: several separator-delimited pieces that are each all letters or all digits
  // ("photos/3900000/Edward-100-year-series"); random keys mix letters and digits within pieces.
  const pieces = t.split(/[-_/+]/).filter(Boolean);
  if (pieces.length >= 3 && pieces.every((p) => /^(?:[a-z]+|\d+|[a-z]+\d{1,4}|\d{1,4}[a-z]+)$/i.test(p))) return false;
  // CamelCase phrases ("10ThingsThatGetsOnMyNerves"): mostly capitalised words.
  if ((t.match(/[A-Z][a-z]{2,}/g) ?? []).join('').length >= t.length * 0.6) return false;
  return shannonEntropy(t) >= threshold;
}

/** Keys that name a hash, a revision or an identifier; one that names a credential keeps its value a secret. */
const DIGEST_KEY = /^(?:sha\d*|md5|crc\d*|hash|digest|checksum|commit|rev|revision|etag|uuid|guid|id|oid|build|ref)$/i;
const CREDENTIAL_KEY =
  /^(?:key|apikey|token|secret|password|passwd|pwd|pass|auth|session|sid|access|refresh|private|signature|sig|api|bearer|cookie|csrf|xsrf|nonce|otp|salt)$/i;
const HEX_OR_UUID = /^(?:[0-9a-f]{7,128}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * "RELEASE_SHA=3f9a…", "uuid=3f2b8c1e-…", "X-Request-Id: …" written as one token "etag=…": a hex digest or a UUID
 * under a key that names a hash, commit or id is no secret; under "api_key", "token", "session_id" it still is.
 */
function namedDigest(token: string): boolean {
  const eq = token.indexOf('=');
  if (eq <= 0) return false;
  const parts = token
    .slice(0, eq)
    .split(/[_.-]+/)
    .filter(Boolean);
  const value = token.slice(eq + 1).replace(/=+$/, '');
  return HEX_OR_UUID.test(value) && parts.some((p) => DIGEST_KEY.test(p)) && !parts.some((p) => CREDENTIAL_KEY.test(p));
}

/** "date_of_birth=03/09/1981", "since=2024-01-31": a key and a date, no secret (the birth-date recognizer reads it). */
const DATE_VALUE = /^[A-Za-z_][\w.-]*=\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A credential word right before a value ("api key: ", "Bearer ", "token=\""). */
const CREDENTIAL_BEFORE =
  /(?:key|token|secret|password|passwd|pwd|pass|auth|authorization|bearer|session|credential|credentials)["'\s:=]*$/i;

/**
 * A UUID is an identifier (a trace, request or row id in every log line), not a secret — unless a credential key or
 * word names it ("api_key=…", "token: …": some services issue UUIDs as keys).
 */
function plainUuid(token: string, before: string): boolean {
  const eq = token.indexOf('=');
  const value = eq > 0 ? token.slice(eq + 1) : token;
  if (!UUID.test(value)) return false;
  if (eq > 0)
    return !token
      .slice(0, eq)
      .split(/[_.-]+/)
      .some((p) => CREDENTIAL_KEY.test(p));
  return !CREDENTIAL_BEFORE.test(before);
}

export const secretRecognizer: Recognizer = {
  name: 'secret',
  types: ['SECRET'],
  find(text, ctx) {
    const out: RawMatch[] = [];
    for (const k of KNOWN) {
      for (const m of text.matchAll(k.re)) out.push(match('SECRET', m.index, m.index + m[0].length, k.score, m[0]));
    }
    for (const m of text.matchAll(TOKEN)) {
      const before = m.index > 0 ? text[m.index - 1] : '';
      // Hashtags, mentions and URL paths/hosts are not secrets.
      if (before === '#' || before === '@' || (before === '.' && /\/\/[^\s]*$/.test(text.slice(0, m.index)))) continue;
      if (
        looksLikeSecret(m[0], ctx.entropyThreshold) &&
        !DATE_VALUE.test(m[0]) &&
        !namedDigest(m[0]) &&
        !plainUuid(m[0], text.slice(Math.max(0, m.index - 24), m.index))
      ) {
        out.push(match('SECRET', m.index, m.index + m[0].length, 0.7, m[0]));
      }
    }
    return out;
  },
};
