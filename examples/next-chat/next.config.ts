import { withEdgeAIConfig } from '@edge-ai/next/config';

export default withEdgeAIConfig({
  reactStrictMode: true,
});
