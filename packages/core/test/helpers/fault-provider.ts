import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openAIChunk, sseFrame } from '../../src/testing/openai-sse.ts';

/**
 * A real OpenAI-compatible HTTP server on loopback that misbehaves on demand (a central model endpoint such as
 * Ollama or vLLM in trouble). Each request is answered according to `mode`; `closed` counts requests whose
 * connection the client closed before the answer ended (the upstream call was aborted).
 */
export type FaultMode =
  | { kind: 'ok'; deltas?: string[]; delayMs?: number }
  /** Accepts the request and never answers (a frozen upstream). */
  | { kind: 'frozen' }
  /** Sends the headers and `deltas`, then nothing more (frozen mid-stream). */
  | { kind: 'stall'; deltas: string[] }
  /** Sends `deltas`, then destroys the socket (a cut connection). */
  | { kind: 'cut'; deltas: string[] }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  /** 200 with a body that is not the protocol. */
  | { kind: 'garbage'; body: string; contentType: string };

export interface FaultProvider {
  baseURL: string;
  mode: FaultMode;
  requests: number;
  closed: number;
  close(): Promise<void>;
}

export async function startFaultProvider(initial: FaultMode = { kind: 'ok' }): Promise<FaultProvider> {
  const sockets = new Set<import('node:net').Socket>();
  const state: FaultProvider = {
    baseURL: '',
    mode: initial,
    requests: 0,
    closed: 0,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((req, res) => {
    state.requests++;
    void answer(req, res, state.mode, () => state.closed++);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}

async function answer(req: IncomingMessage, res: ServerResponse, mode: FaultMode, onClosed: () => void) {
  let ended = false;
  res.on('close', () => {
    if (!ended) onClosed();
  });
  for await (const _ of req);
  const finish = (body?: string) => {
    ended = true;
    res.end(body);
  };
  const sse = () => res.writeHead(200, { 'content-type': 'text/event-stream' });
  const delta = (content: string, i: number) =>
    res.write(sseFrame(openAIChunk(i === 0 ? { role: 'assistant', content } : { content })));
  switch (mode.kind) {
    case 'frozen':
      return;
    case 'status':
      res.writeHead(mode.status, { 'content-type': 'application/json', ...mode.headers });
      return finish(JSON.stringify({ error: { message: 'upstream says no', type: 'server_error' } }));
    case 'garbage':
      res.writeHead(200, { 'content-type': mode.contentType });
      return finish(mode.body);
    case 'stall':
      sse();
      mode.deltas.forEach(delta);
      return;
    case 'cut':
      sse();
      mode.deltas.forEach(delta);
      await new Promise((r) => setTimeout(r, 20));
      ended = true;
      res.socket?.destroy();
      return;
    default: {
      sse();
      const deltas = mode.deltas ?? ['Hello', ' there', '!'];
      for (const [i, d] of deltas.entries()) {
        if (res.destroyed) return;
        delta(d, i);
        if (mode.delayMs) await new Promise((r) => setTimeout(r, mode.delayMs));
      }
      res.write(sseFrame(openAIChunk({}, 'stop')));
      finish('data: [DONE]\n\n');
    }
  }
}
