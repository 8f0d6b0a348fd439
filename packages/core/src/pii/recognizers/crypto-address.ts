import type { RawMatch, Recognizer } from '../types.ts';
import { keccak256, sha256 } from './hashes.ts';
import { match } from './util.ts';

/**
 * CRYPTO_ADDRESS: wallet addresses, each with its checksum.
 * - Bitcoin / Litecoin base58check (P2PKH "1…" / "L…", P2SH "3…" / "M…"): 25 bytes, a known version byte, the last
 *   four the double SHA-256 of the rest.
 * - bech32 / bech32m segwit addresses ("bc1…", "ltc1…", "tb1…"): the BCH checksum of BIP-173 / BIP-350, bech32 for
 *   witness version 0, bech32m for 1 to 16, a program of 2 to 40 bytes.
 * - Ethereum "0x" + 40 hex digits: in mixed case the EIP-55 checksum (Keccak-256 of the lower-case address) must hold;
 *   all lower or all upper case carries no checksum and is taken as it is (exactly 40 digits after "0x": a 32-byte hash
 *   or a longer hex string is not cut into one).
 * Each pattern is one pass of bounded quantifiers (linear time).
 */
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_RE = /(?<![A-Za-z0-9])[13LM][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/g;
const BECH32_RE =
  /(?<![A-Za-z0-9])(?:bc|ltc|tb)1[ac-hj-np-z02-9]{8,87}(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:BC|LTC|TB)1[AC-HJ-NP-Z02-9]{8,87}(?![A-Za-z0-9])/g;
const ETH_RE = /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g;
/** Version bytes: Bitcoin P2PKH / P2SH, Litecoin P2PKH / P2SH (new and old). */
const VERSIONS: Readonly<Record<string, readonly number[]>> = { '1': [0x00], '3': [0x05], L: [0x30], M: [0x32] };

function base58Decode(s: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const ch of s) {
    let carry = BASE58.indexOf(ch);
    if (carry < 0) return undefined;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i] * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

export function isValidBase58Address(s: string): boolean {
  const raw = base58Decode(s);
  if (raw?.length !== 25 || !VERSIONS[s[0]]?.includes(raw[0])) return false;
  const check = sha256(sha256(raw.subarray(0, 21)));
  return check[0] === raw[21] && check[1] === raw[22] && check[2] === raw[23] && check[3] === raw[24];
}

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
  }
  return chk >>> 0;
}

export function isValidBech32Address(address: string): boolean {
  const s = address.toLowerCase();
  const sep = s.lastIndexOf('1');
  const hrp = s.slice(0, sep);
  const data = [...s.slice(sep + 1)].map((c) => CHARSET.indexOf(c));
  if (data.length < 7 || data.some((d) => d < 0)) return false;
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const constant = polymod([...expanded, ...data]);
  const version = data[0];
  if (version > 16 || constant !== (version === 0 ? 1 : 0x2bc830a3)) return false;
  // The witness program: 5-bit groups back to bytes, 2 to 40 of them (20 or 32 for version 0), no leftover bits.
  const bits = (data.length - 7) * 5;
  const bytes = Math.floor(bits / 8);
  if (bits - bytes * 8 > 4 || bytes < 2 || bytes > 40) return false;
  return version !== 0 || bytes === 20 || bytes === 32;
}

/** EIP-55: a letter is upper case where the matching nibble of Keccak-256(lower-case hex) is 8 or more. */
export function isValidEthAddress(address: string): boolean {
  const hex = address.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return true;
  const hash = keccak256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const c = hex[i];
    if (c >= '0' && c <= '9') continue;
    const nibble = (hash[i >> 1] >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    if (nibble >= 8 !== (c >= 'A' && c <= 'F')) return false;
  }
  return true;
}

export const cryptoAddressRecognizer: Recognizer = {
  name: 'crypto-address',
  types: ['CRYPTO_ADDRESS'],
  find(text) {
    const out: RawMatch[] = [];
    for (const m of text.matchAll(BASE58_RE)) {
      if (isValidBase58Address(m[0])) out.push(match('CRYPTO_ADDRESS', m.index, m.index + m[0].length, 0.95, m[0]));
    }
    for (const m of text.matchAll(BECH32_RE)) {
      if (isValidBech32Address(m[0]))
        out.push(match('CRYPTO_ADDRESS', m.index, m.index + m[0].length, 0.95, m[0].toLowerCase()));
    }
    for (const m of text.matchAll(ETH_RE)) {
      const hex = m[0].slice(2);
      // A run of one digit ("0x000…0", the zero address; "0xfff…f") is a constant in code, not somebody's wallet.
      if (/^(.)\1*$/.test(hex.toLowerCase()) || !isValidEthAddress(m[0])) continue;
      const checked = hex !== hex.toLowerCase() && hex !== hex.toUpperCase();
      out.push(
        match('CRYPTO_ADDRESS', m.index, m.index + m[0].length, checked ? 0.95 : 0.85, `0x${hex.toLowerCase()}`),
      );
    }
    return out;
  },
};
