import { createEdgeAIHandler, createMemoryKV, type EdgeAIHandler } from '@edge-ai/core';
import { edgeModels } from '@edge-ai/models';
import { recordingModel } from '../../core/test/helpers/recording-model.ts';

/**
 * A handler with the bundled ONNX models, a recording central model, no cache and the given caps, warmed up (models
 * loaded and one request with personal data answered) so the first measured request pays no load cost. Shared by the
 * liveness test and `packages/next/bench/liveness.ts`.
 */
export async function warmModelsHandler(caps: {
  maxBodyBytes: number;
  maxMessages: number;
  maxMessageChars: number;
}): Promise<EdgeAIHandler> {
  const handler = createEdgeAIHandler({
    models: edgeModels,
    kv: createMemoryKV(),
    central: { model: recordingModel('fine') },
    cache: { enabled: false },
    ...caps,
  });
  await edgeModels.warm?.();
  const warm = new Request('http://localhost/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'warm up: call +33 6 12 34 56 78, a@b.example.com, Maria Schneider in Hamburg' }),
  });
  await (await handler.handle(warm)).response.text();
  return handler;
}
