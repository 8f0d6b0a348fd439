import type { UIMessageChunk } from 'ai';
import type { EdgeModels } from '../models.ts';
import { detectEntities } from '../pii/detect.ts';
import { parsePiiOptions } from '../pii/options.ts';
import type { StageSettings } from '../stage-settings.ts';

type OutputSettings = StageSettings['output'];

export interface OutputDecision {
  action: 'stop' | 'redact';
  reason: string;
  /** Shadow mode: recorded, not applied. */
  shadow: boolean;
}

export interface OutputScan {
  /** Sits in the UI-message stream between the central model and the client. */
  readonly transform: TransformStream<UIMessageChunk, UIMessageChunk>;
  /** Settles when the stream ended (or was stopped), with what the scanner did. */
  readonly done: Promise<OutputDecision[]>;
  /** Settles `done` now (the client went away: the stream will not be flushed). */
  end(): void;
}

export interface OutputScanDeps {
  models: () => Promise<EdgeModels>;
  /** The conversation as the user wrote it (original values): personal data found here is not new. */
  promptText: string;
  language?: string;
}

const PII_OPTIONS = parsePiiOptions({ vault: { allowEphemeralKey: true } });
/** A sentence ends at . ! ? … or a line break, followed by whitespace. */
const SENTENCE_END = /[.!?…\n]["')\]]*\s/g;

/**
 * Output scanning of the streamed answer: text is held back until a sentence ends (at most `windowChars`), then
 * the window is scored for toxicity and checked for personal data that was not in the prompt. A toxic window stops
 * the stream with a final `data-edge-ai-output` part and a visible note (or is replaced, `onToxic: redact`); new
 * personal data is redacted in place (or stops the stream, `onNewPii: stop`). In shadow mode everything passes and
 * the decisions are only recorded. Non-text parts pass in order; held text is flushed before them.
 */
export function createOutputScan(settings: OutputSettings, deps: OutputScanDeps): OutputScan {
  const decisions: OutputDecision[] = [];
  const prompt = deps.promptText.normalize('NFKC').toLowerCase();
  let settle!: (value: OutputDecision[]) => void;
  const done = new Promise<OutputDecision[]>((resolve) => {
    settle = resolve;
  });
  const buffers = new Map<string, string>();
  let stopped = false;

  const record = (decision: Omit<OutputDecision, 'shadow'>) => {
    const entry = { ...decision, shadow: settings.mode === 'shadow' };
    decisions.push(entry);
    return !entry.shadow;
  };

  /** Scans one window; returns the text to release, or null when the stream must stop. */
  async function scanWindow(text: string): Promise<{ text: string; stop?: string }> {
    if (!text.trim()) return { text };
    const toxicity = await (await deps.models()).scoreToxicity(text);
    if (toxicity.score >= settings.toxicityThreshold) {
      const reason = `toxic answer (score ${toxicity.score.toFixed(2)} >= ${settings.toxicityThreshold})`;
      if (record({ action: settings.onToxic, reason })) {
        if (settings.onToxic === 'stop') return { text: '', stop: reason };
        return { text: `[removed by edge-ai: ${reason}]${trailingSpace(text)}` };
      }
    }
    if (settings.onNewPii === 'off') return { text };
    const entities = await detectEntities(text, PII_OPTIONS, undefined, { language: deps.language });
    const fresh = entities.filter((e) => !prompt.includes(e.text.normalize('NFKC').toLowerCase()));
    if (fresh.length === 0) return { text };
    const types = [...new Set(fresh.map((e) => e.type))].join(',');
    const reason = `personal data not in the prompt (${types})`;
    if (!record({ action: settings.onNewPii, reason })) return { text };
    if (settings.onNewPii === 'stop') return { text: '', stop: reason };
    let out = text;
    for (const e of [...fresh].sort((a, b) => b.start - a.start)) {
      out = `${out.slice(0, e.start)}[redacted ${e.type}]${out.slice(e.end)}`;
    }
    return { text: out };
  }

  async function release(
    id: string,
    text: string,
    controller: TransformStreamDefaultController<UIMessageChunk>,
  ): Promise<void> {
    const result = await scanWindow(text);
    if (result.text) controller.enqueue({ type: 'text-delta', id, delta: result.text });
    if (result.stop) {
      stopped = true;
      controller.enqueue({ type: 'text-delta', id, delta: `\n\n[edge-ai stopped this answer: ${result.stop}]` });
      controller.enqueue({ type: 'text-end', id });
      controller.enqueue({ type: 'data-edge-ai-output', data: { action: 'stop', reason: result.stop } });
      controller.enqueue({ type: 'finish', finishReason: 'content-filter' });
      settle(decisions);
      controller.terminate();
    }
  }

  /** Releases the complete sentences of a buffer one by one (or a window of `windowChars` cut at a space); keeps the rest. */
  async function drain(id: string, controller: TransformStreamDefaultController<UIMessageChunk>, all: boolean) {
    let buffer = buffers.get(id) ?? '';
    while (!stopped && buffer.length > 0) {
      let cut = firstSentenceEnd(buffer) || (all ? buffer.length : 0);
      if (cut === 0 && buffer.length >= settings.windowChars) {
        const space = buffer.lastIndexOf(' ', settings.windowChars);
        cut = space > 0 ? space + 1 : settings.windowChars;
      }
      if (cut === 0) break;
      const window = buffer.slice(0, cut);
      buffer = buffer.slice(cut);
      buffers.set(id, buffer);
      await release(id, window, controller);
    }
    if (!stopped) buffers.set(id, buffer);
  }

  const transform = new TransformStream<UIMessageChunk, UIMessageChunk>({
    async transform(chunk, controller) {
      if (stopped) return;
      if (chunk.type === 'text-delta') {
        buffers.set(chunk.id, (buffers.get(chunk.id) ?? '') + chunk.delta);
        await drain(chunk.id, controller, false);
        return;
      }
      if (chunk.type === 'text-end') await drain(chunk.id, controller, true);
      else if (chunk.type === 'finish' || chunk.type === 'error' || chunk.type === 'abort') {
        for (const id of buffers.keys()) await drain(id, controller, true);
      }
      if (!stopped) controller.enqueue(chunk);
    },
    async flush(controller) {
      for (const id of buffers.keys()) await drain(id, controller, true);
      settle(decisions);
    },
  });
  return { transform, done, end: () => settle(decisions) };
}

/** End index (exclusive) of the first complete sentence in `text`, 0 when none. */
function firstSentenceEnd(text: string): number {
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(text);
  return m ? m.index + m[0].length : 0;
}

function trailingSpace(text: string): string {
  return /\s$/.test(text) ? (text.match(/\s+$/)?.[0] ?? '') : '';
}
