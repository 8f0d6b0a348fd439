#!/usr/bin/env node
/**
 * `edge-ai <command> [options]` — each command is a module exporting `run(args): Promise<number>` (exit code).
 * To add a command, add one line to COMMANDS.
 */
const COMMANDS: Record<string, { module: string; help: string }> = {
  eval: { module: './eval.ts', help: 'eval <lid|ner|toxicity|utility> --data FILE.jsonl [--json] [--threshold T]' },
  bench: { module: './bench.ts', help: 'bench                      model sizes and warm latency (JSON)' },
  classify: { module: './classify.ts', help: 'classify --text "…"       language, toxicity and entities (JSON)' },
  redact: { module: './redact.ts', help: 'redact …                   PII pseudonymization (see its --help)' },
  report: { module: './report.ts', help: 'report --file F.jsonl | --kv decision log summary (tiers, judge, shadow)' },
};

function usage(): string {
  return `usage: edge-ai <command>\n${Object.values(COMMANDS)
    .map((c) => `  edge-ai ${c.help}`)
    .join('\n')}\n`;
}

const [name, ...rest] = process.argv.slice(2);
const command = name ? COMMANDS[name] : undefined;
if (!command) {
  process.stderr.write(name && name !== '--help' ? `unknown command: ${name}\n${usage()}` : usage());
  process.exit(name && name !== '--help' ? 2 : 0);
}
try {
  const mod = (await import(command.module)) as { run(args: string[]): Promise<number> };
  process.exitCode = await mod.run(rest);
} catch (err) {
  process.stderr.write(`edge-ai ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
