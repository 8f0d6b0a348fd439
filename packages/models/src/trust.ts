import { readJson } from './runtime.ts';

/**
 * Per-language trust table of the bundled models (models/trust.json), measured on held-out sources by
 * training/calibration/calibrate.py; the rules are in the file and in each model card. Languages are the language-ID
 * labels (ISO 639-3, Tatoeba style).
 *
 * - `alone`: the edge decides alone (for language ID: when the calibrated confidence is at least `minConfidence`).
 * - `confident`: the edge decides alone only on its most confident half (language ID: above `minConfidence`).
 * - `escalate`: the held-out figures do not support an edge-only decision; defer to a higher tier.
 */
export type EdgeDecision = 'alone' | 'confident' | 'escalate';
export type TrustTask = 'lid' | 'toxicity' | 'ner';

export interface LanguageTrust {
  lid?: {
    edge: EdgeDecision;
    /** Calibrated confidence at or above which the edge decides alone; null when it never does. */
    minConfidence: number | null;
    n: number;
    accuracy: number | null;
    acc80: number | null;
    acc50: number | null;
    shortAccuracy: number | null;
  };
  toxicity?: {
    edge: EdgeDecision;
    n: number;
    auc: number | null;
    f1: number | null;
    acc80: number | null;
    acc50: number | null;
  };
  ner?: { edge: EdgeDecision; f1: number | null; personRecall: number | null; personPrecision: number | null };
}

export interface ModelTrust {
  version: 1;
  generated_by: string;
  /** Content-hash version of each model the table was measured on (as in results' `model`). */
  models: Record<TrustTask, string>;
  rules: Record<TrustTask, string>;
  languages: Record<string, LanguageTrust>;
}

const DECISIONS: readonly EdgeDecision[] = ['alone', 'confident', 'escalate'];
let trust: ModelTrust | undefined;

/** The per-language trust table (models/trust.json), read and checked once. */
export function modelTrust(): ModelTrust {
  if (!trust) {
    const t = readJson<ModelTrust>('.', 'trust.json');
    const bad = Object.entries(t.languages ?? {}).find(([, e]) =>
      (['lid', 'toxicity', 'ner'] as const).some((k) => e[k] && !DECISIONS.includes(e[k].edge)),
    );
    if (t.version !== 1 || typeof t.languages !== 'object' || bad) {
      throw new Error(
        `models/trust.json: expected version 1 with an edge decision per task${bad ? ` (${bad[0]})` : ''}`,
      );
    }
    trust = t;
  }
  return trust;
}

const allowed = (e: EdgeDecision | undefined, includeConfident: boolean) =>
  e === 'alone' || (includeConfident && e === 'confident');

/**
 * Languages the edge decides alone for `task`. `gate` (default) = the gatekeeper's toxicity decision: language ID and
 * toxicity both trusted. `includeConfident` adds the languages trusted only on their most confident half.
 */
export function edgeLanguages(
  task: TrustTask | 'gate' = 'gate',
  options: { includeConfident?: boolean } = {},
): string[] {
  const inc = options.includeConfident ?? false;
  return Object.entries(modelTrust().languages)
    .filter(([, e]) =>
      task === 'gate' ? allowed(e.lid?.edge, inc) && allowed(e.toxicity?.edge, inc) : allowed(e[task]?.edge, inc),
    )
    .map(([lang]) => lang)
    .sort();
}

/**
 * Whether the edge may decide `task` alone for text detected as `lang` with calibrated `confidence` (from
 * detectLanguage): the language-ID entry must trust that confidence and the task's entry must not say `escalate`.
 */
export function edgeDecides(lang: string, confidence: number, task: 'toxicity' | 'ner' = 'toxicity'): boolean {
  const e = modelTrust().languages[lang];
  const lid = e?.lid;
  if (!lid || lid.edge === 'escalate' || lid.minConfidence === null || confidence < lid.minConfidence) return false;
  const t = e[task]?.edge;
  return t === 'alone' || t === 'confident';
}
