import { readFile, stat } from 'node:fs/promises';
import { EdgeAIError, type PolicySource } from '@edge-ai/core';

/**
 * A local JSON policy file standing in for Edge Config in development. The file is re-read when its
 * modification time changes, so toggles apply to the next request without a rebuild.
 */
export function createFilePolicy(path: string): PolicySource {
  let cached: { mtimeMs: number; value: unknown } | undefined;
  return {
    name: 'file',
    async get() {
      let info: Awaited<ReturnType<typeof stat>>;
      try {
        info = await stat(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      if (!cached || cached.mtimeMs !== info.mtimeMs) {
        const text = await readFile(path, 'utf8');
        try {
          cached = { mtimeMs: info.mtimeMs, value: JSON.parse(text) };
        } catch {
          throw new EdgeAIError(`${path} is not valid JSON`);
        }
      }
      return cached.value;
    },
  };
}
