#!/usr/bin/env node
/**
 * `edge-ai <command> [options]` — each command is a module exporting `run(args): Promise<number>` (exit code),
 * imported statically so a build (or bundler) keeps every command; the models load inside `run`, on first use.
 * To add a command, import it and add one line to COMMANDS.
 */
import { run as bench } from './bench.ts';
import { run as classify } from './classify.ts';
import { run as evaluate } from './eval.ts';
import { run as redact } from './redact.ts';
import { run as report } from './report.ts';

type Command = { run(args: string[]): Promise<number>; help: string };

const COMMANDS: Record<string, Command> = {
  eval: { run: evaluate, help: 'eval <lid|ner|toxicity|utility|cache> --data FILE.jsonl [--json] [--threshold T]' },
  bench: {
    run: bench,
    help: 'bench [cache]              model sizes and warm latency; cache: lookup, TTFB hit vs miss (JSON)',
  },
  classify: { run: classify, help: 'classify --text "…"       language, toxicity and entities (JSON)' },
  redact: { run: redact, help: 'redact …                   PII pseudonymization (see its --help)' },
  report: { run: report, help: 'report --file F.jsonl | --kv decision log summary (tiers, judge, shadow)' },
};

function usage(): string {
  return `usage: edge-ai <command>\n${Object.values(COMMANDS)
    .map((c) => `  edge-ai ${c.help}`)
    .join('\n')}\n`;
}

const [name, ...rest] = process.argv.slice(2);
const command = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
if (!command) {
  process.stderr.write(name && name !== '--help' ? `unknown command: ${name}\n${usage()}` : usage());
  process.exit(name && name !== '--help' ? 2 : 0);
}
try {
  process.exitCode = await command.run(rest);
} catch (err) {
  process.stderr.write(`edge-ai ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
