'use client';

import { type FormEvent, useEffect, useState } from 'react';

type Policy = Record<string, Record<string, unknown>>;

const TOGGLES: [string, string, string][] = [
  ['gate', 'enabled', 'Gate on (off = kill switch: every stage off)'],
  ['language', 'enabled', 'Language stage'],
  ['pii', 'enabled', 'PII stage'],
  ['toxicity', 'enabled', 'Toxicity stage'],
  ['cache', 'enabled', 'Answer cache'],
  ['judge', 'enabled', 'Central judge for the grey zone'],
  ['output', 'enabled', 'Output scanning of the answer'],
  ['log', 'enabled', 'Decision log'],
];
const MODES: [string, string][] = [
  ['toxicity', 'Toxicity mode'],
  ['language', 'Language mode'],
  ['output', 'Output scanning mode'],
];
const NUMBERS: [string, string, string][] = [
  ['toxicity', 'escalateThreshold', 'Escalate (grey zone) from'],
  ['toxicity', 'blockThreshold', 'Block from'],
  ['output', 'toxicityThreshold', 'Answer toxic from'],
];
const DEFAULTS: Policy = {
  gate: { enabled: true },
  toxicity: { enabled: true, mode: 'live', escalateThreshold: 0.6, blockThreshold: 0.9 },
  language: { enabled: true, mode: 'live' },
  pii: { enabled: true },
  cache: { enabled: true },
  judge: { enabled: false },
  output: { enabled: false, mode: 'live', toxicityThreshold: 0.9 },
  log: { enabled: false },
};

const value = (policy: Policy, section: string, key: string) => policy[section]?.[key] ?? DEFAULTS[section]?.[key];

export function Settings() {
  const [secret, setSecret] = useState('');
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function call(method: 'GET' | 'POST', body?: Policy) {
    const response = await fetch('/api/settings', {
      method,
      headers: { 'content-type': 'application/json', 'x-edge-ai-settings-secret': secret },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok)
      throw new Error(json?.error ? `${json.error.code}: ${json.error.message}` : `HTTP ${response.status}`);
    return json;
  }

  async function load(event: FormEvent) {
    event.preventDefault();
    try {
      const json = await call('GET');
      setPolicy(json.policy ?? {});
      setStatus(`Loaded from ${json.store} (${json.target})`);
    } catch (error) {
      setStatus((error as Error).message);
    }
  }

  function set(section: string, key: string, next: unknown) {
    setPolicy((p) => ({ ...p, [section]: { ...p?.[section], [key]: next } }));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!policy) return;
    try {
      const json = await call('POST', policy);
      setStatus(`Saved to ${json.store} (${json.target})`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section data-ready={ready ? 'true' : 'false'}>
      <form onSubmit={load}>
        <input
          aria-label="Settings secret"
          type="password"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          placeholder="EDGE_AI_SETTINGS_SECRET"
        />
        <button type="submit">Load</button>
      </form>
      {policy && (
        <form onSubmit={save} className="settings">
          {TOGGLES.map(([section, key, label]) => (
            <label key={`${section}.${key}`}>
              <input
                type="checkbox"
                aria-label={label}
                checked={Boolean(value(policy, section, key))}
                onChange={(e) => set(section, key, e.target.checked)}
              />{' '}
              {label}
            </label>
          ))}
          {MODES.map(([section, label]) => (
            <label key={`${section}.mode`}>
              {label}{' '}
              <select
                aria-label={label}
                value={String(value(policy, section, 'mode'))}
                onChange={(e) => set(section, 'mode', e.target.value)}
              >
                <option value="live">live</option>
                <option value="shadow">shadow</option>
              </select>
            </label>
          ))}
          {NUMBERS.map(([section, key, label]) => (
            <label key={`${section}.${key}`}>
              {label}{' '}
              <input
                type="number"
                aria-label={label}
                min={0}
                max={1}
                step={0.01}
                value={Number(value(policy, section, key))}
                onChange={(e) => set(section, key, Number(e.target.value))}
              />
            </label>
          ))}
          <button type="submit">Save</button>
        </form>
      )}
      {status && <p data-testid="settings-status">{status}</p>}
    </section>
  );
}
