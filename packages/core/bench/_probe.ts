import { createPiiEngine } from '../src/pii/index.ts';
const e = createPiiEngine();
const lang = process.env.LANG_HINT;
for (const t of process.argv.slice(2)) {
  const f = await e.detect(t, lang ? { language: lang } : {});
  console.log(JSON.stringify(t), f.map((x) => `${x.type}:${x.text}:${x.score.toFixed(2)}:${x.source}`));
}
