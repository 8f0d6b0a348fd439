import { heavyInputs } from '../test/helpers/heavy-inputs.ts';
const models = await import('../../models/src/index.ts');
const engine = (await import('../src/pii/index.ts')).createPiiEngine({ ner: models.recognizeEntities });
const text = (heavyInputs(200_000, 500)[1][1]() as { prompt: string }).prompt;
await engine.detect('warm up Maria Schneider +33 6 12 34 56 78');
const t = performance.now();
for (let i = 0; i < 3; i++) await engine.detect(text);
console.log('3 detections', (performance.now() - t).toFixed(0), 'ms');
