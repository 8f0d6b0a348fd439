import { createServer, type Server } from 'node:http';
import { openAIChunk as chunk, sseFrame as sse } from '@edge-ai/core/test';

/**
 * A real OpenAI-compatible HTTP server on loopback (what Ollama or vLLM would be), so the built app's
 * central calls can be observed. It records each request body and streams an answer that uses the
 * placeholders it received, word by word (after `firstTokenMs`, like a hosted model).
 */
export async function startProvider(
  options: { firstTokenMs?: number; numbered?: boolean } = {},
): Promise<{ baseURL: string; bodies: unknown[]; close(): Promise<void> }> {
  const bodies: unknown[] = [];
  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const part of req) raw += part;
    const body = JSON.parse(raw) as { messages: { role: string; content: string }[] };
    bodies.push(body);
    const last = body.messages.at(-1)?.content ?? '';
    const placeholders = String(last).match(/<[A-Z_]+_\d+>/g) ?? [];
    // `numbered`: the answer names the call it came from, so a replay from the cache is recognisable.
    const noted = options.numbered ? `Noted (answer ${bodies.length}).` : 'Noted.';
    const answer = `${noted} ${placeholders.map((p) => `I will contact ${p}.`).join(' ')} Done.`;
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    // A hosted model's time to first token (latency of a remote central model).
    if (options.firstTokenMs) await new Promise((r) => setTimeout(r, options.firstTokenMs));
    for (const piece of answer.match(/\s*\S{1,3}/g) ?? []) {
      res.write(sse(chunk({ content: piece })));
      await new Promise((r) => setTimeout(r, 5));
    }
    res.write(sse(chunk({}, 'stop')));
    res.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    bodies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
