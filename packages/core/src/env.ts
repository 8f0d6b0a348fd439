/** Environment variables handed to the core explicitly (e.g. `process.env` by `@edge-ai/next`); the core never reads a global. */
export type Env = Readonly<Record<string, string | undefined>>;
