export const EDGE_RUNTIME_MESSAGE =
  'edge-ai: withEdgeAI() needs the Node.js runtime (its models run on ONNX Runtime for Node.js). ' +
  "Use proxy.ts (Node.js only in Next 16), or add `export const config = { runtime: 'nodejs' }` to middleware.ts.";

/** The header that carries EDGE_AI_SETTINGS_SECRET to the settings route. */
export const SETTINGS_SECRET_HEADER = 'x-edge-ai-settings-secret';
