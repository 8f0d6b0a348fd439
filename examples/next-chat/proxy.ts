import { withEdgeAI } from '@edge-ai/next';

// Every POST /api/chat is checked at the edge and answered here; other requests pass untouched.
export default withEdgeAI({
  routes: ['POST /api/chat'],
  // When something was pseudonymized, the gate adds one instruction about placeholders to this system message.
  central: { system: 'You are a helpful assistant.' },
});
