import { withEdgeAI } from '@edge-ai/next';

// Every POST /api/chat is checked at the edge and answered here; other requests pass untouched.
export default withEdgeAI({
  routes: ['POST /api/chat'],
  // When something was pseudonymized, the gate adds one instruction about placeholders to this system message.
  central: { system: 'You are a helpful assistant.' },
  // DEMO ONLY: the tenant comes from a `demo-tenant` cookie so the example can show per-tenant caches. A real app
  // derives it from its authenticated session, never from anything the client may set.
  tenant: (request) =>
    /(?:^|;\s*)demo-tenant=([\w-]{1,32})/.exec(request.headers.get('cookie') ?? '')?.[1] ?? 'default',
});
