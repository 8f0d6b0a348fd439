import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local stand-in for Vercel: the REST API that writes Edge Config items (`PATCH /v1/edge-config/:id/items`,
 * `GET /v1/edge-config/:id/item/:key`, API token) and the Edge Config read API that `@vercel/edge-config` calls
 * (`GET /:id/item/:key?version=1`, read token), over one store, so a write is seen by the next read.
 */
export async function startVercelStandIn(options: { id: string; apiToken: string; readToken: string }) {
  const items = new Map<string, unknown>();
  const log: { method: string; url: string }[] = [];
  let fault: { kind: 'status'; status: number } | { kind: 'delay'; ms: number } | undefined;
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    log.push({ method: req.method ?? '', url: url.pathname + url.search });
    let raw = '';
    for await (const part of req) raw += part;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const api = /^\/v1\/edge-config\/([^/]+)\/(items|item\/([^/]+))$/.exec(url.pathname);
    if (api) {
      if (req.headers.authorization !== `Bearer ${options.apiToken}`)
        return send(403, { error: { code: 'forbidden' } });
      if (api[1] !== options.id) return send(404, { error: { code: 'not_found' } });
      if (req.method === 'PATCH' && api[2] === 'items') {
        for (const item of (JSON.parse(raw) as { items: { operation: string; key: string; value: unknown }[] }).items) {
          if (item.operation === 'upsert' || item.operation === 'create' || item.operation === 'update') {
            items.set(item.key, item.value);
          }
          if (item.operation === 'delete') items.delete(item.key);
        }
        return send(200, { status: 'ok' });
      }
      const key = decodeURIComponent(api[3] ?? '');
      if (req.method === 'GET' && items.has(key))
        return send(200, { key, value: items.get(key), edgeConfigId: api[1] });
      return send(404, { error: { code: 'not_found' } });
    }
    const read = /^\/([^/]+)\/item\/([^/]+)$/.exec(url.pathname);
    if (read && req.method === 'GET') {
      if (fault?.kind === 'status') return send(fault.status, { error: { code: 'internal_server_error' } });
      if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault?.kind === 'delay' ? fault.ms : 0));
      if (req.headers.authorization !== `Bearer ${options.readToken}`)
        return send(401, { error: { code: 'unauthorized' } });
      const key = decodeURIComponent(read[2]);
      if (!items.has(key)) return send(404, { error: { code: 'not_found' } }, { 'x-edge-config-digest': 'd' });
      return send(200, items.get(key));
    }
    send(404, { error: { code: 'not_found' } });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    connection: `${origin}/${options.id}?token=${options.readToken}`,
    items,
    log,
    setFault(next: typeof fault) {
      fault = next;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
