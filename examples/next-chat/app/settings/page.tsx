import { Settings } from '../components/settings';

export const dynamic = 'force-dynamic';

export default function SettingsPage() {
  return (
    <main>
      <h1>edge-ai settings</h1>
      <p>
        Changes apply to the next chat request, without a restart or redeploy. <a href="/">Back to the chat</a>
      </p>
      <Settings />
    </main>
  );
}
