/** `edge-ai classify --text "…"` — language, toxicity and entities of one text as JSON. */
import { parseArgs, stringFlag } from './args.ts';

export async function run(argv: string[]): Promise<number> {
  const text = stringFlag(parseArgs(argv), 'text');
  if (text === undefined) {
    process.stderr.write('usage: edge-ai classify --text "…"\n');
    return 2;
  }
  const { detectLanguage, recognizeEntities, scoreToxicity } = await import('@edge-ai/models');
  const [language, toxicity, entities] = await Promise.all([
    detectLanguage(text),
    scoreToxicity(text),
    recognizeEntities(text),
  ]);
  process.stdout.write(`${JSON.stringify({ text, language, toxicity, entities }, null, 2)}\n`);
  return 0;
}
