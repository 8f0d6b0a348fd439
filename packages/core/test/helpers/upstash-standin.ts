import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Executes one Redis command (e.g. node-redis `sendCommand`) for the stand-in. */
export type Backend = (args: string[]) => Promise<unknown>;

/**
 * How the stand-in misbehaves: `frozen` accepts and never answers; `slow` answers after `delayMs`; the garbage modes
 * answer 200 with an HTML page, a cut-off JSON body, or a result of the wrong type (`[1, 2, 3]`); `error500` answers 500.
 */
export type Fault =
  | { mode: 'ok' }
  | { mode: 'frozen' }
  | { mode: 'slow'; delayMs: number }
  | { mode: 'html' | 'truncated' | 'wrong-type' | 'error500' };

export interface UpstashStandIn {
  url: string;
  token: string;
  /** Requests received (commands, pipelines counted once). */
  requests: number;
  fault: Fault;
  close(): Promise<void>;
}

/**
 * A local HTTP server speaking the Upstash Redis REST protocol (the part the SDKs use): `POST /` with a JSON command
 * array, `POST /pipeline` and `POST /multi-exec` with an array of them, bearer-token auth, `Upstash-Encoding: base64`
 * (every string in a result base64-encoded), errors as `{ "error" }` with status 400. Commands run on `backend`.
 */
export async function startUpstashStandIn(backend: Backend, token = 'test-token'): Promise<UpstashStandIn> {
  const sockets = new Set<Socket>();
  const state: UpstashStandIn = {
    url: '',
    token,
    requests: 0,
    fault: { mode: 'ok' },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const run = async (command: unknown, base64: boolean) => {
    if (!Array.isArray(command) || command.length === 0) return { error: 'ERR bad command' };
    try {
      return { result: encode(await backend(command.map(String)), base64) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    state.requests++;
    const body = await readBody(request);
    const fault = state.fault;
    if (fault.mode === 'frozen') return; // never answers
    if (fault.mode === 'slow') await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault.mode === 'html') return send(response, 200, '<html><body>502 Bad Gateway</body></html>', 'text/html');
    if (fault.mode === 'truncated') return send(response, 200, '{"result":"T0', 'application/json');
    if (fault.mode === 'error500') return json(response, 500, { error: 'ERR internal error' });
    if (request.headers.authorization !== `Bearer ${token}`) return json(response, 401, { error: 'Unauthorized' });
    const base64 = request.headers['upstash-encoding'] === 'base64';
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return json(response, 400, { error: 'ERR failed to parse command' });
    }
    if (fault.mode === 'wrong-type') {
      // An array of numbers fits no reply of the commands used (a non-array object would be turned into null by the SDK).
      const weird = { result: [1, 2, 3] };
      return json(response, 200, request.url === '/' ? weird : Array.isArray(parsed) ? parsed.map(() => weird) : weird);
    }
    if (request.url === '/pipeline' || request.url === '/multi-exec') {
      if (!Array.isArray(parsed)) return json(response, 400, { error: 'ERR expected an array of commands' });
      const replies = [];
      for (const command of parsed) replies.push(await run(command, base64));
      return json(response, 200, replies);
    }
    const reply = await run(parsed, base64);
    return json(response, 'error' in reply ? 400 : 200, reply);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

function encode(value: unknown, base64: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => encode(v, base64));
  return base64 && typeof value === 'string' ? Buffer.from(value).toString('base64') : value;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: string, type: string) {
  response.writeHead(status, { 'content-type': type });
  response.end(body);
}

function json(response: ServerResponse, status: number, body: unknown) {
  send(response, status, JSON.stringify(body), 'application/json');
}
