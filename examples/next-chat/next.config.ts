import { withEdgeAIConfig } from '@edge-ai/next/config';

export default withEdgeAIConfig({
  reactStrictMode: true,
  // EDGE_AI_STANDALONE=1 builds standalone output (a self-contained server.js), as the E2E tests do.
  output: process.env.EDGE_AI_STANDALONE === '1' ? 'standalone' : undefined,
});
