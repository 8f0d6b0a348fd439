import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledModelFiles, onnxRuntimeLibrary } from '../src/runtime.ts';

const modelsDir = fileURLToPath(new URL('../models/', import.meta.url));

describe('the files output tracing must carry', () => {
  it('bundledModelFiles() lists every file the models load (all of models/ but the cards)', () => {
    const onDisk = readdirSync(modelsDir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name !== 'MODEL_CARD.md')
      .map((e) => join(e.parentPath, e.name));
    expect(bundledModelFiles().sort()).toEqual(onDisk.sort());
  });

  it("onnxRuntimeLibrary() is the shared library next to this platform's binding", () => {
    const lib = onnxRuntimeLibrary();
    expect(lib).toContain(`/bin/napi-v6/${process.platform}/${process.arch}/`);
    if (process.platform === 'linux') expect(existsSync(lib)).toBe(true);
    expect(existsSync(join(lib, '../onnxruntime_binding.node'))).toBe(true);
  });
});
