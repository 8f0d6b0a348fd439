import type { KVStore } from '../adapters/kv.ts';
import type { EdgeModels, EntityResult, EntityType, LanguageResult, ToxicityResult } from '../models.ts';
import { sha256Hex } from './keys.ts';

type Kind = 'lid' | 'ner' | 'tox';

export interface InferenceCacheStats {
  hits: number;
  misses: number;
  /** Inference time of the misses (ms), so a bench can tell what the hits saved. */
  inferMs: number;
  /** Time spent in cache lookups and writes (ms). */
  cacheMs: number;
}

/**
 * Cache-through of edge inference: language, entities and toxicity results in KV, keyed by
 * sha256(stage, model version, text), so a repeated input skips inference and a new model never serves an old result.
 * The model version is learned from the first result of each stage (every instance infers once per stage). Entity
 * results are stored as offsets only (the entity text is cut from the input on the way out), so no detected name sits
 * in the store. A KV fault only costs the lookup: the model runs.
 */
export function withInferenceCache(
  models: EdgeModels,
  kv: KVStore,
  options: { ttlSeconds: number },
): EdgeModels & { inferenceStats(): InferenceCacheStats } {
  const versions: Partial<Record<Kind, string>> = {};
  const stats: InferenceCacheStats = { hits: 0, misses: 0, inferMs: 0, cacheMs: 0 };

  async function through<T extends { model: string }>(
    kind: Kind,
    text: string,
    infer: () => Promise<T>,
    encode: (result: T) => unknown,
    decode: (stored: unknown, model: string) => T | undefined,
  ): Promise<T> {
    const version = versions[kind];
    let key: string | undefined;
    if (version) {
      const t0 = performance.now();
      key = `edge-ai:infer:${kind}:${version}:${await sha256Hex(`${kind}\u0000${version}\u0000${text}`)}`;
      const stored = await kv.get(key).catch(() => null);
      stats.cacheMs += performance.now() - t0;
      if (stored !== null) {
        const result = safeDecode(stored, (value) => decode(value, version));
        if (result) {
          stats.hits++;
          return result;
        }
      }
    }
    const t1 = performance.now();
    const result = await infer();
    stats.inferMs += performance.now() - t1;
    stats.misses++;
    if (result.model !== version) {
      versions[kind] = result.model;
      key = undefined; // the key named another version
    }
    key ??= `edge-ai:infer:${kind}:${result.model}:${await sha256Hex(`${kind}\u0000${result.model}\u0000${text}`)}`;
    const t2 = performance.now();
    await kv.set(key, JSON.stringify(encode(result)), { ttlSeconds: options.ttlSeconds }).catch(() => {});
    stats.cacheMs += performance.now() - t2;
    return result;
  }

  return {
    ...(models.embed ? { embed: models.embed.bind(models) } : {}),
    ...(models.warm ? { warm: models.warm.bind(models) } : {}),
    ...(models.embedThreshold !== undefined ? { embedThreshold: models.embedThreshold } : {}),
    detectLanguage: (text) =>
      through<LanguageResult>(
        'lid',
        text,
        () => models.detectLanguage(text),
        ({ lang, confidence, top }) => ({ lang, confidence, top }),
        (v, model) => {
          const r = v as Omit<LanguageResult, 'model'>;
          return typeof r.lang === 'string' && typeof r.confidence === 'number' && Array.isArray(r.top)
            ? { ...r, model }
            : undefined;
        },
      ),
    scoreToxicity: (text) =>
      through<ToxicityResult>(
        'tox',
        text,
        () => models.scoreToxicity(text),
        ({ score, categories, categoryThresholds }) => ({ score, categories, categoryThresholds }),
        (v, model) => {
          const r = v as { score: unknown; categories?: unknown; categoryThresholds?: unknown };
          if (typeof r.score !== 'number' || !numbersOrAbsent(r.categories) || !numbersOrAbsent(r.categoryThresholds)) {
            return undefined;
          }
          const { categories, categoryThresholds } = r as Pick<ToxicityResult, 'categories' | 'categoryThresholds'>;
          return {
            score: r.score,
            model,
            ...(categories && { categories }),
            ...(categoryThresholds && { categoryThresholds }),
          };
        },
      ),
    recognizeEntities: (text) =>
      through<EntityResult>(
        'ner',
        text,
        () => models.recognizeEntities(text),
        ({ entities }) => entities.map((e) => [e.type, e.start, e.end, e.score]),
        (v, model) => {
          if (!Array.isArray(v)) return undefined;
          const entities = v.map(([type, start, end, score]) => ({
            type: type as EntityType,
            start,
            end,
            score,
            text: text.slice(start, end),
          }));
          const valid = entities.every(
            (e) =>
              typeof e.type === 'string' &&
              Number.isInteger(e.start) &&
              Number.isInteger(e.end) &&
              e.end <= text.length,
          );
          return valid ? { entities, model } : undefined;
        },
      ),
    inferenceStats: () => ({ ...stats }),
  };
}

/** Undefined, or an object whose values are all numbers (category scores as stored). */
function numbersOrAbsent(v: unknown): boolean {
  return (
    v === undefined || (typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'number'))
  );
}

function safeDecode<T>(stored: string, decode: (value: unknown) => T | undefined): T | undefined {
  try {
    return decode(JSON.parse(stored));
  } catch {
    return undefined;
  }
}
