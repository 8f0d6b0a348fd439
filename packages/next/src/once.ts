/**
 * Runs `load` on the first call and shares its promise with every later call; a failed load is forgotten,
 * so the next call tries again.
 */
export function onceAsync<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
