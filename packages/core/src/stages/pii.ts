import type { KVStore } from '../adapters/kv.ts';
import type { EdgeModels } from '../models.ts';
import type { Stage } from '../stage.ts';

// WIP: wired to the PII engine (packages/core/src/pii) once it lands.
export function piiStage(_models: () => Promise<EdgeModels>, _kv: () => KVStore, _useNer: boolean): Stage {
  return { name: 'pii' };
}
