import type { Env } from '../env.ts';
import { hmacHex, hmacKey, readEnv } from './crypto.ts';
import { hasPersonalCue } from './cues.ts';
import { type DetectHints, detectEntities, PLACEHOLDER_RE } from './detect.ts';
import { isPublicFigure } from './lexicon.ts';
import { type PiiOptions, PiiOptionsError, parsePiiOptions, type ResolvedPiiOptions } from './options.ts';
import { isTechName } from './person.ts';
import { createRestoreStream, restoreJson, restoreText } from './restore.ts';
import type { PiiAction, PiiEntity, PiiEntityType } from './types.ts';
import { createPiiVault, type PiiVault, type VaultScope } from './vault.ts';

export interface PiiReplacement extends PiiEntity {
  action: PiiAction;
  /** What replaced the original span (equal to `text` for `allow`). */
  replacement: string;
}

export interface PiiTransformResult {
  text: string;
  entities: PiiReplacement[];
}

/** One request (or one model call) of a conversation: pseudonymizes inputs and restores outputs. */
export interface PiiSession {
  readonly scope?: VaultScope;
  /** placeholder -> original text for every placeholder issued or loaded in this session. */
  readonly mapping: ReadonlyMap<string, string>;
  transform(text: string, hints?: DetectHints): Promise<PiiTransformResult>;
  /** Loads originals of placeholders found in `text` from the vault (pseudonymized history). */
  hydrate(text: string): Promise<void>;
  restore(text: string): string;
  restoreJson<T>(value: T): T;
  restoreStream(): TransformStream<string, string>;
}

export interface PiiEngine {
  readonly options: ResolvedPiiOptions;
  detect(text: string, hints?: DetectHints): Promise<PiiEntity[]>;
  /** New session; with `scope` and `vault.kv`, placeholders are stable across the whole conversation. */
  session(scope?: VaultScope): PiiSession;
  /** Shortcut: a fresh session's transform. */
  redact(text: string, scope?: VaultScope): Promise<PiiTransformResult>;
}

function maskValue(text: string, char: string, keepLast: number): string {
  const alnum = [...text].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  let visible = alnum >= 12 ? keepLast : 0;
  const chars = [...text];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!/[\p{L}\p{N}]/u.test(chars[i])) continue;
    if (visible > 0) visible--;
    else chars[i] = char;
  }
  return chars.join('');
}

/** True when `a` and `b` touch, with at most a comma and spaces between them. */
function nextTo(text: string, a: PiiEntity, b: PiiEntity): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start < first.end) return true;
  const gap = text.slice(first.end, second.start);
  return gap.length <= 3 && /^[\s,]*$/.test(gap);
}

/**
 * Creates the PII engine. `env` supplies EDGE_AI_VAULT_KEY / EDGE_AI_PII_SALT when the options lack them (default:
 * the host's process.env, if any). Throws PiiOptionsError (naming the field) or a key error at construction. */
export function createPiiEngine(input: PiiOptions = {}, env?: Env): PiiEngine {
  const options = parsePiiOptions(input);
  const actionOf = (t: PiiEntityType): PiiAction => options.actions[t] ?? options.defaultAction;
  const usesHash = options.defaultAction === 'hash' || Object.values(options.actions).includes('hash');
  const salt = options.hashSalt ?? readEnv('EDGE_AI_PII_SALT', env);
  if (usesHash && !salt) {
    throw new PiiOptionsError('invalid PII options: hashSalt: required by the "hash" action (or set EDGE_AI_PII_SALT)');
  }
  const saltKey = usesHash && salt ? hmacKey(salt) : undefined;
  /** An allowed place or organisation inside or next to an address, or after a personal cue, is replaced. */
  const contextualAction = (text: string, e: PiiEntity, all: PiiEntity[], action: PiiAction): PiiAction => {
    if (e.type === 'PERSON' && options.publicFigures && isPublicFigure(e.text)) return 'allow';
    if (action !== 'allow' || !options.cues || (e.type !== 'LOCATION' && e.type !== 'ORGANIZATION')) return action;
    // a lowercase single word ("lavoro in banca") is a common noun far more often than a place or a company, and
    // "I work in Python" names a technology
    if ((!/\p{Lu}/u.test(e.text) && !/\s/.test(e.text.trim())) || isTechName(e.text)) return action;
    const personal = all.some((a) => a.type === 'ADDRESS' && nextTo(text, a, e)) || hasPersonalCue(text, e.start);
    return personal ? options.defaultAction : action;
  };
  const vault: PiiVault | undefined = options.vault.kv
    ? createPiiVault({ ...options.vault, kv: options.vault.kv, env })
    : undefined;

  const session = (scope?: VaultScope): PiiSession => {
    const mapping = new Map<string, string>();
    const local = new Map<string, string>(); // type+value -> placeholder, when no vault/scope
    const counters = new Map<string, number>();
    const fromVault = new Map<string, Promise<string>>(); // one KV round trip per distinct value and session
    const placeholder = async (e: PiiEntity): Promise<string> => {
      const key = `${e.type}\u0000${e.value}`;
      if (vault && scope) {
        let p = fromVault.get(key);
        if (!p) {
          p = vault.placeholderFor(scope, e.type, e.value, e.text);
          fromVault.set(key, p);
          p.catch(() => fromVault.delete(key));
        }
        return p;
      }
      let p = local.get(key);
      if (!p) {
        const n = (counters.get(e.type) ?? 0) + 1;
        counters.set(e.type, n);
        p = `<${e.type}_${n}>`;
        local.set(key, p);
      }
      return p;
    };
    const replace = async (e: PiiEntity, action: PiiAction): Promise<string> => {
      switch (action) {
        case 'allow':
          return e.text;
        case 'redact':
          return `[${e.type}]`;
        case 'mask':
          return maskValue(e.text, options.mask.char, options.mask.keepLast);
        case 'hash':
          return `[${e.type}:${await hmacHex(await (saltKey as Promise<CryptoKey>), `${e.type}:${e.value}`, 8)}]`;
        default: {
          const p = await placeholder(e);
          if (!mapping.has(p)) mapping.set(p, e.text);
          return p;
        }
      }
    };
    return {
      scope,
      mapping,
      async transform(text, hints) {
        const found = await detectEntities(text, options, undefined, hints);
        const entities: PiiReplacement[] = [];
        for (const e of found) {
          const action = contextualAction(text, e, found, actionOf(e.type));
          entities.push({ ...e, action, replacement: await replace(e, action) });
        }
        let out = '';
        let at = 0;
        for (const e of entities) {
          out += text.slice(at, e.start) + e.replacement;
          at = e.end;
        }
        return { text: out + text.slice(at), entities };
      },
      async hydrate(text) {
        if (!vault || !scope) return;
        for (const m of text.matchAll(PLACEHOLDER_RE)) {
          if (mapping.has(m[0])) continue;
          const v = await vault.resolve(scope, m[0]);
          if (v !== null) mapping.set(m[0], v);
        }
      },
      restore: (text) => restoreText(text, mapping),
      restoreJson: (value) => restoreJson(value, mapping),
      restoreStream: () => createRestoreStream(mapping),
    };
  };

  return {
    options,
    detect: (text, hints) => detectEntities(text, options, undefined, hints),
    session,
    redact: (text, scope) => session(scope).transform(text),
  };
}
