import type { EdgeContext, StageName } from './context.ts';

/**
 * A pipeline stage: an object of optional hooks, run in order.
 * `run` returns the Server-Timing description (e.g. "miss", "eng lid-1a2b3c4d").
 * `onAnswer` runs after the central answer completed without error (its result joins `pending`).
 */
export interface Stage {
  readonly name: StageName;
  run?(ctx: EdgeContext): Promise<string>;
  onAnswer?(ctx: EdgeContext, answer: string): Promise<void>;
}
