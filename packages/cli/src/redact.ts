/**
 * `edge-ai redact --text "…"` or `edge-ai redact --data FILE.jsonl` (rows `{ "text": "…", "lang"?: "…" }`).
 * Prints one JSON line per input row, in input order:
 *   { "redacted": "…", "entities": [{ "type", "start", "end", "score", "source", "action" }] }   (offsets into the original text;
 *   LOCATION / ORGANIZATION are reported with action "allow" and left in place unless a personal cue or an address says otherwise)
 *   { "error": { "code", "message" } }                                               (malformed row; processing goes on)
 * Options: --region CC (national phone numbers, default US), --min-score S, --action pseudonymize|mask|redact|hash,
 *          --no-ner (structured recognizers only), --lang CODE (language of --text: ISO 639-3, 639-1 or a BCP 47
 *          tag), --no-lid. The hash action reads its salt from EDGE_AI_PII_SALT.
 *          The language orders the regions tried for national phone numbers, as in the request pipeline: a row's
 *          `lang`, else `--lang`, else the bundled language-ID model's answer on the text without emails, URLs and
 *          numbers (skipped with --no-lid). The NER and language-ID models come from @edge-ai/models when available.
 */
import { readFileSync } from 'node:fs';
import { languageText } from '@edge-ai/core';
import { createPiiEngine, type NerFunction, type PiiEngine } from '@edge-ai/core/pii';
import { parseArgs, stringFlag } from './args.ts';

const USAGE =
  'usage: edge-ai redact (--text "…" | --data FILE.jsonl) [--region US] [--min-score 0.5] ' +
  '[--action pseudonymize|mask|redact|hash] [--lang CODE] [--no-ner] [--no-lid]\n';

export interface RedactError {
  error: { code: 'invalid_json' | 'invalid_row' | 'redact_failed'; message: string };
}

/** The language of a text for the phone regions: (text) => ISO 639-3 code, or undefined when undetermined. */
export type LanguageOf = (text: string) => Promise<string | undefined>;

export async function redactOne(engine: PiiEngine, text: string, lang?: string, languageOf?: LanguageOf) {
  const language = lang || (await languageOf?.(text));
  const { text: redacted, entities } = await engine.session().transform(text, { language });
  return {
    redacted,
    entities: entities.map((e) => ({
      type: e.type,
      start: e.start,
      end: e.end,
      score: Math.round(e.score * 1000) / 1000,
      source: e.source,
      action: e.action,
    })),
  };
}

/** Redacts JSONL lines (blank lines are skipped); one output object per row, malformed rows as errors. */
export async function redactLines(engine: PiiEngine, lines: string[], languageOf?: LanguageOf): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (e) {
      out.push({ error: { code: 'invalid_json', message: `line ${i + 1}: ${(e as Error).message}` } } as RedactError);
      continue;
    }
    const text = (row as { text?: unknown } | null)?.text;
    if (!row || typeof row !== 'object' || Array.isArray(row) || typeof text !== 'string') {
      out.push({ error: { code: 'invalid_row', message: `line ${i + 1}: expected an object with a string "text"` } });
      continue;
    }
    const lang = (row as { lang?: unknown }).lang;
    if (lang !== undefined && typeof lang !== 'string') {
      out.push({ error: { code: 'invalid_row', message: `line ${i + 1}: "lang" must be a string (ISO 639 code)` } });
      continue;
    }
    try {
      out.push(await redactOne(engine, text, lang, languageOf));
    } catch (e) {
      out.push({ error: { code: 'redact_failed', message: `line ${i + 1}: ${(e as Error).message}` } });
    }
  }
  return out;
}

/** The bundled NER model when @edge-ai/models provides it and its files load; undefined (with a note) otherwise. */
export async function loadNer(): Promise<NerFunction | undefined> {
  try {
    const models = (await import('@edge-ai/models')) as { recognizeEntities?: NerFunction };
    if (typeof models.recognizeEntities !== 'function') throw new Error('@edge-ai/models has no recognizeEntities');
    await models.recognizeEntities('warm up'); // fails here when the model files are absent
    return models.recognizeEntities;
  } catch (e) {
    process.stderr.write(
      `edge-ai redact: NER model unavailable (${(e as Error).message}); PERSON/LOCATION/ORGANIZATION are not detected\n`,
    );
    return undefined;
  }
}

/** The bundled language-ID model as a LanguageOf, when @edge-ai/models provides it; undefined (with a note) otherwise. */
export async function loadLanguageOf(): Promise<LanguageOf | undefined> {
  try {
    const models = (await import('@edge-ai/models')) as {
      detectLanguage?: (text: string) => Promise<{ lang: string }>;
    };
    const detect = models.detectLanguage;
    if (typeof detect !== 'function') throw new Error('@edge-ai/models has no detectLanguage');
    await detect('warm up');
    return async (text) => {
      const cleaned = languageText(text);
      if (!cleaned) return undefined;
      const { lang } = await detect(cleaned);
      return lang === 'und' ? undefined : lang;
    };
  } catch (e) {
    process.stderr.write(
      `edge-ai redact: language-ID model unavailable (${(e as Error).message}); phone regions follow --region only\n`,
    );
    return undefined;
  }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['no-ner', 'no-lid', 'help']);
  const text = stringFlag(args, 'text');
  const data = stringFlag(args, 'data');
  if (args.flags.help || (text === undefined) === (data === undefined)) {
    process.stderr.write(USAGE);
    return args.flags.help ? 0 : 2;
  }
  const minScore = stringFlag(args, 'min-score');
  const action = stringFlag(args, 'action');
  const engine = createPiiEngine({
    ner: args.flags['no-ner'] ? undefined : await loadNer(),
    defaultRegion: stringFlag(args, 'region')?.toUpperCase(),
    minScore: minScore === undefined ? undefined : Number(minScore),
    defaultAction: action as 'pseudonymize' | undefined,
  });
  const languageOf = args.flags['no-lid'] ? undefined : await loadLanguageOf();
  const results =
    text !== undefined
      ? [await redactOne(engine, text, stringFlag(args, 'lang'), languageOf)]
      : await redactLines(engine, readFileSync(data as string, 'utf8').split('\n'), languageOf);
  for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
  return 0;
}
