// Builds every published package to dist/ (ESM JavaScript + .d.ts) with plain `tsc`, in dependency order, from a clean
// dist/ each time (no stale files). tsc rewrites relative `./x.ts` imports to `./x.js` in JavaScript
// (rewriteRelativeImportExtensions) but not in declarations, so the .d.ts files get the same rewrite here.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
export const PACKAGES = ['core', 'models', 'next', 'cli'];

for (const name of process.argv.length > 2 ? process.argv.slice(2) : PACKAGES) {
  const dir = join(root, 'packages', name);
  const started = Date.now();
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.build.json')], { stdio: 'inherit' });
  for (const file of walk(join(dir, 'dist')).filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]*?)\.ts(['"])/g, '$1$2.js$3');
    if (fixed !== text) writeFileSync(file, fixed);
  }
  console.log(`built @edge-ai/${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}
