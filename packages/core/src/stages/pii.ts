import type { KVStore } from '../adapters/kv.ts';
import type { Env } from '../env.ts';
import type { EdgeModels } from '../models.ts';
import { createPiiEngine, type PiiEngine } from '../pii/engine.ts';
import { knownReplacer, replaceKnown } from '../pii/known.ts';
import { applyPiiOverrides, type PiiOptions } from '../pii/options.ts';
import { createSlicer } from '../pii/yield.ts';
import type { Stage } from '../stage.ts';

export { replaceKnown };

/** ISO 639-3 (as detected) -> ISO 639-1, so `pii.byLanguage` may use either ("deu" or "de"). */
const ISO1: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  por: 'pt',
  tur: 'tr',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  ell: 'el',
  rus: 'ru',
  ukr: 'uk',
  jpn: 'ja',
  cmn: 'zh',
  kor: 'ko',
  ara: 'ar',
  heb: 'he',
  hin: 'hi',
};

/**
 * Finds personal data in every message (history included: earlier answers carry restored values) and
 * replaces it before anything leaves the edge. Placeholders are stable per tenant and conversation via the
 * vault in KV; the central answer is restored in the stream. Fails closed by default.
 */
export function piiStage(
  models: () => Promise<EdgeModels>,
  kv: () => KVStore,
  useNer: boolean,
  initial: PiiOptions,
  env: Env,
): Stage {
  const engines = new Map<string, { engine: PiiEngine; versions: Set<string> }>();
  const engineFor = (options: PiiOptions) => {
    const key = JSON.stringify(options);
    let entry = engines.get(key);
    if (!entry) {
      const versions = new Set<string>();
      const ner = useNer
        ? async (text: string) => {
            const result = await (await models()).recognizeEntities(text);
            versions.add(result.model);
            return result;
          }
        : undefined;
      const given = options;
      const store = kv();
      // A per-process vault key is only safe when the vault itself lives in this process (in-memory KV).
      const allowEphemeralKey = given.vault?.allowEphemeralKey ?? store.name === 'memory';
      const engine = createPiiEngine({ ...given, ner, vault: { ...given.vault, kv: store, allowEphemeralKey } }, env);
      entry = { engine, versions };
      if (engines.size > 16) engines.clear();
      engines.set(key, entry);
    }
    return entry;
  };
  engineFor(initial); // invalid PII options or a missing vault key throw at construction
  return {
    name: 'pii',
    async run(ctx) {
      const settings = ctx.settings.pii;
      const lang =
        ctx.language && ctx.language.confidence >= ctx.settings.language.minConfidence ? ctx.language.lang : '';
      const options = applyPiiOverrides(settings.engine, [
        settings.byLanguage[lang] ?? settings.byLanguage[ISO1[lang] ?? ''],
        ctx.route ? settings.byRoute[ctx.route] : undefined,
        settings.byTenant[ctx.tenant],
      ]);
      const { engine, versions } = engineFor(options);
      const session = engine.session({ tenant: ctx.tenant, conversation: ctx.conversationId });
      const counts = new Map<string, number>();
      /** "TYPE:action" -> count, allowed values included, in order of first appearance. */
      const found = new Map<string, number>();
      let pseudonymized = false;
      const transformed: string[] = [];
      const hints = { language: ctx.language?.lang, since: ctx.receivedAt };
      // One clock for the whole loop: many small messages yield too (each detection alone stays under a slice).
      const slicer = createSlicer(ctx.receivedAt);
      for (const message of ctx.messages) {
        await slicer.pause();
        const result = await session.transform(message.text, hints);
        transformed.push(result.text);
        for (const e of result.entities) {
          const key = `${e.type}:${e.action}`;
          found.set(key, (found.get(key) ?? 0) + 1);
          if (e.action === 'pseudonymize') pseudonymized = true;
          if (e.action === 'allow') continue;
          counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
        }
      }
      // A value detected in one message is replaced wherever else it appears, even where detection missed it.
      const known = [...session.mapping].filter(([, original]) => original.length >= 3);
      const piiCount = [...counts.values()].reduce((a, b) => a + b, 0);
      const replace = knownReplacer(known);
      const messages = [];
      for (const [i, m] of ctx.messages.entries()) {
        await slicer.pause();
        messages.push({ ...m, text: await replace.sliced(transformed[i], slicer) });
      }
      return {
        desc: piiCount === 0 ? 'none' : [...counts].map(([type, n]) => `${type}:${n}`).join(' '),
        messages,
        report: { piiCount, piiTypes: [...found].map(([key, n]) => `${key}:${n}`), modelVersions: [...versions] },
        // placeholders in the prompt: the central model is told what they are and to keep them
        instructions: pseudonymized && settings.instruction ? [settings.instruction] : undefined,
        decision: piiCount > 0 ? { action: 'transform', reason: [...counts.keys()].join(',') } : undefined,
        pii: session,
      };
    },
  };
}

/** The answer as the central model wrote it: every original of the session replaced by its placeholder again. */
export function pseudonymizeKnown(text: string, mapping: ReadonlyMap<string, string>): string {
  return replaceKnown(text, [...mapping]);
}
