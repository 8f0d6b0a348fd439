import { settingsRoute } from '@edge-ai/next';

// Reads and writes the gate's policy (Edge Config through the Vercel REST API when EDGE_CONFIG_ID and VERCEL_API_TOKEN
// are set, else the local policy file). Off unless EDGE_AI_SETTINGS_SECRET is set; the secret travels in a header.
export const dynamic = 'force-dynamic';

const route = settingsRoute();
export const GET = (request: Request) => route.GET(request);
export const POST = (request: Request) => route.POST(request);
