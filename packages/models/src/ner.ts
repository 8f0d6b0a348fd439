import { type EntityResult, type EntityType, heavyTurn, type NamedEntity } from '@edge-ai/core';
import { decodeBio, NER_FEATURES, NER_GAZ, NER_TAGS, type NerFeatures, nerFeatures } from './ner-features.ts';
import { loadModel, ort, readJson } from './runtime.ts';

/**
 * PER / LOC / ORG tagger: per token hashed character n-grams + hashed word + shape -> int8 embeddings ->
 * dilated residual 1-D CNN -> BIO softmax, decoded with constrained Viterbi. Spans are UTF-16 offsets of the input.
 * Trained by training/ner/train.py (see models/ner/MODEL_CARD.md).
 */

interface NerMeta {
  tags: string[];
  max_tokens: number;
  max_ngrams: number;
  inputs: string[];
  gazetteer?: { sizes: number[]; hashes: number };
}

let meta: NerMeta | undefined;

function getMeta(): NerMeta {
  meta ??= readJson<NerMeta>('ner', 'meta.json');
  return meta;
}

/** Runs the model on tokens [from, to) of the featurised text; returns probabilities [to - from, 7]. */
async function runChunk(
  session: ort.InferenceSession,
  f: NerFeatures,
  from: number,
  to: number,
  withGaz: boolean,
): Promise<Float32Array> {
  const T = to - from;
  const K = NER_FEATURES.maxNgrams;
  const ngrams = new BigInt64Array(T * K);
  const words = new BigInt64Array(T);
  const shapes = new BigInt64Array(T);
  for (let i = 0; i < T; i++) {
    const ids = f.ngrams[from + i];
    for (let j = 0; j < ids.length; j++) ngrams[i * K + j] = BigInt(ids[j]);
    words[i] = BigInt(f.words[from + i]);
    shapes[i] = BigInt(f.shapes[from + i]);
  }
  const feeds: Record<string, ort.Tensor> = {
    ngrams: new ort.Tensor('int64', ngrams, [T, K]),
    words: new ort.Tensor('int64', words, [T]),
    shapes: new ort.Tensor('int64', shapes, [T]),
  };
  if (withGaz) {
    const G = NER_GAZ.sizes.length * NER_GAZ.hashes;
    const gaz = new BigInt64Array(T * G);
    for (let i = 0; i < T; i++) {
      const pos = f.gaz[from + i];
      for (let j = 0; j < G; j++) gaz[i * G + j] = BigInt(pos[j]);
    }
    feeds.gaz = new ort.Tensor('int64', gaz, [T, G]);
  }
  const out = await session.run(feeds);
  return out.probs.data as Float32Array;
}

/**
 * Longer texts and chunks are heavy work: featurized and run each in an event-loop turn of its own (`heavyTurn`), since
 * onnxruntime-node runs inference on the main thread. Short ones (a chat message) run at once.
 */
const HEAVY_CHARS = 1000;
const HEAVY_TOKENS = 128;
const alone = <T>(heavy: boolean, work: () => Promise<T>) => (heavy ? heavyTurn(work) : work());

/** Token probabilities [T, 7] for a text (chunks of meta.max_tokens tokens). Exposed for tests and tools. */
export async function nerProbabilities(
  text: string,
): Promise<{ features: NerFeatures; probs: Float32Array; model: string }> {
  const { session, version } = await loadModel('ner');
  const features = await alone(text.length > HEAVY_CHARS, async () => nerFeatures(text));
  const T = features.tokens.length;
  const n = NER_TAGS.length;
  const probs = new Float32Array(T * n);
  const m = getMeta();
  const step = m.max_tokens;
  const withGaz = m.inputs.includes('gaz');
  for (let from = 0; from < T; from += step) {
    const to = Math.min(T, from + step);
    const chunk = await alone(to - from > HEAVY_TOKENS, () => runChunk(session, features, from, to, withGaz));
    probs.set(chunk, from * n);
  }
  return { features, probs, model: version };
}

export async function recognizeEntities(text: string): Promise<EntityResult> {
  const { features, probs, model } = await nerProbabilities(text);
  const tokens = features.tokens;
  const tags = decodeBio(probs, tokens.length);
  const n = NER_TAGS.length;
  const entities: NamedEntity[] = [];
  let cur: { type: EntityType; start: number; end: number; sum: number; count: number } | undefined;
  const flush = () => {
    if (!cur) return;
    entities.push({
      type: cur.type,
      start: cur.start,
      end: cur.end,
      score: cur.sum / cur.count,
      text: text.slice(cur.start, cur.end),
    });
    cur = undefined;
  };
  tags.forEach((tag, i) => {
    const name = NER_TAGS[tag];
    const p = probs[i * n + tag];
    if (name === 'O') {
      flush();
      return;
    }
    const type = name.slice(2) as EntityType;
    if (name.startsWith('B-') || !cur || cur.type !== type) {
      flush();
      cur = { type, start: tokens[i].start, end: tokens[i].end, sum: p, count: 1 };
    } else {
      cur.end = tokens[i].end;
      cur.sum += p;
      cur.count += 1;
    }
  });
  flush();
  return { entities, model };
}
