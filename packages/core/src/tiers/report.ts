import type { DecisionRecord } from './decision-log.ts';

interface LanguageSummary {
  requests: number;
  blocked: number;
  escalated: number;
  wouldBlock: number;
  wouldEscalate: number;
  judged: number;
}

export interface DecisionSummary {
  requests: number;
  decisions: Record<string, number>;
  tiers: Record<string, number>;
  /** Shadow decisions: what would have happened in live mode. */
  wouldBlock: number;
  wouldEscalate: number;
  judge: {
    /** Requests decided by the central tier (judge calls and verdict-cache hits). */
    decided: number;
    calls: number;
    cacheHits: number;
    failures: number;
    /** Share of judged requests where the judge agreed with the edge model alone (null when none). */
    agreement: number | null;
    share: number;
  };
  perLanguage: Record<string, LanguageSummary>;
  policyDegraded: number;
}

/** Summarises a decision log (the `edge-ai report` command). */
export function summarizeDecisions(records: readonly DecisionRecord[]): DecisionSummary {
  const s: DecisionSummary = {
    requests: records.length,
    decisions: {},
    tiers: {},
    wouldBlock: 0,
    wouldEscalate: 0,
    judge: { decided: 0, calls: 0, cacheHits: 0, failures: 0, agreement: null, share: 0 },
    perLanguage: {},
    policyDegraded: 0,
  };
  let agreed = 0;
  let compared = 0;
  for (const r of records) {
    s.decisions[r.decision] = (s.decisions[r.decision] ?? 0) + 1;
    const tier = r.gateOff ? 'off' : (r.tier ?? 'edge');
    s.tiers[tier] = (s.tiers[tier] ?? 0) + 1;
    const wouldBlock = r.shadow.some((x) => x.endsWith(':block'));
    const wouldEscalate = r.shadow.some((x) => x.endsWith(':escalate'));
    if (wouldBlock) s.wouldBlock++;
    if (wouldEscalate) s.wouldEscalate++;
    if (r.decisions.some((d) => d.stage === 'policy' && d.action === 'degraded')) s.policyDegraded++;
    const judged = r.tier === 'judge' || r.tier === 'verdict-cache';
    if (r.judge?.error) s.judge.failures++;
    if (judged) {
      s.judge.decided++;
      if (r.tier === 'judge') s.judge.calls++;
      else s.judge.cacheHits++;
      if (r.judge?.verdict && r.edgeAction) {
        compared++;
        if (r.judge.verdict === r.edgeAction) agreed++;
      }
    }
    const lang = r.language ?? 'und';
    s.perLanguage[lang] ??= { requests: 0, blocked: 0, escalated: 0, wouldBlock: 0, wouldEscalate: 0, judged: 0 };
    const l = s.perLanguage[lang];
    l.requests++;
    if (r.decision === 'block') l.blocked++;
    if (r.decision === 'escalate') l.escalated++;
    if (wouldBlock) l.wouldBlock++;
    if (wouldEscalate) l.wouldEscalate++;
    if (judged) l.judged++;
  }
  s.judge.agreement = compared > 0 ? agreed / compared : null;
  s.judge.share = records.length > 0 ? s.judge.decided / records.length : 0;
  return s;
}
