import { resolveCentralModel } from '@edge-ai/core';
import { Chat } from './components/chat';

// The label is computed on the server; no key or endpoint reaches the client bundle.
export const dynamic = 'force-dynamic';

export default function Page() {
  const central = resolveCentralModel({}, process.env);
  return (
    <main>
      <h1>edge-ai chat</h1>
      <p>
        Central model:{' '}
        <span className={central.offline ? 'badge' : 'badge live'} data-testid="central">
          {central.offline ? 'Offline model (built in, no API key)' : central.label}
        </span>
      </p>
      <Chat />
      <p className="meta">
        <a href="/settings">Settings</a> (needs EDGE_AI_SETTINGS_SECRET)
      </p>
    </main>
  );
}
