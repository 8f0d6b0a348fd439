'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { type FormEvent, useMemo, useState } from 'react';

type Meta = {
  decision: string;
  language: string;
  cache: string;
  pii: string;
  timing: string;
  tier: string;
  judge: string;
  shadow: string;
};

export function Chat() {
  const [input, setInput] = useState('');
  const [meta, setMeta] = useState<Meta | null>(null);
  const [blocked, setBlocked] = useState<string | null>(null);
  const transport = useMemo(
    () =>
      new DefaultChatTransport({
        api: '/api/chat',
        fetch: async (url, init) => {
          const response = await fetch(url, init);
          const h = response.headers;
          setMeta({
            decision: h.get('x-edge-ai-decision') ?? '',
            language: h.get('x-edge-ai-language') ?? '',
            cache: [h.get('x-edge-ai-cache'), h.get('x-edge-ai-cache-match')].filter(Boolean).join('/'),
            pii: h.get('x-edge-ai-pii') ?? '',
            timing: h.get('server-timing') ?? '',
            tier: h.get('x-edge-ai-tier') ?? '',
            judge: h.get('x-edge-ai-judge') ?? '',
            shadow: h.get('x-edge-ai-shadow') ?? '',
          });
          if (!response.ok) {
            const body = await response
              .clone()
              .json()
              .catch(() => null);
            setBlocked(body?.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${response.status}`);
          } else setBlocked(null);
          return response;
        },
      }),
    [],
  );
  const { messages, sendMessage, status, error } = useChat({ transport });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!input.trim()) return;
    sendMessage({ text: input });
    setInput('');
  }

  return (
    <section>
      {messages.map((m) => (
        <div key={m.id} className={`msg ${m.role}`} data-testid={`msg-${m.role}`}>
          {m.parts
            .filter((p) => p.type === 'text')
            .map((p) => p.text)
            .join('')}
        </div>
      ))}
      {meta && (
        <div className="meta" data-testid="meta">
          decision={meta.decision} language={meta.language} cache={meta.cache} pii={meta.pii} tier={meta.tier}
          {meta.judge && ` judge=${meta.judge}`}
          {meta.shadow && ` shadow=${meta.shadow}`}
          <br />
          {meta.timing}
        </div>
      )}
      {(blocked || error) && (
        <p className="error" data-testid="error">
          {blocked ?? error?.message}
        </p>
      )}
      <form onSubmit={submit}>
        <input
          aria-label="Message"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          placeholder="Ask something…"
          disabled={status === 'streaming' || status === 'submitted'}
        />
        <button type="submit" disabled={status === 'streaming' || status === 'submitted'}>
          Send
        </button>
      </form>
    </section>
  );
}
