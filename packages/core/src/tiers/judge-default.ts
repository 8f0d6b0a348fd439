import type { CentralModel } from '../central.ts';
import { createJudge, createOfflineJudgeModel, type Judge, type JudgeModel } from './judge.ts';

/**
 * The judge of a handler: the given model; else the central model; else (offline central model) the deterministic
 * offline judge, whose id "offline-judge:rules-v1" says that it is keyword rules, not a model.
 */
export function defaultJudge(given: JudgeModel | undefined, central: CentralModel): Judge {
  if (given) return createJudge(given, modelLabel(given));
  if (!central.offline) return createJudge(central.model, central.label);
  const offline = createOfflineJudgeModel();
  return createJudge(offline, modelLabel(offline), true);
}

function modelLabel(model: JudgeModel): string {
  return `${model.provider}:${model.modelId}`;
}
