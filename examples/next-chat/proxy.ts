import { withEdgeAI } from '@edge-ai/next';

// Every POST /api/chat is checked at the edge and answered here; other requests pass untouched.
export default withEdgeAI({
  routes: ['POST /api/chat'],
  central: { system: 'You are a helpful assistant. Keep placeholders such as <PERSON_1> exactly as written.' },
});
