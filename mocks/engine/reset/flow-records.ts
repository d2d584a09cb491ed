import type { StoredFlow, StoredFlowMethod, StoredUser } from '../../store/state';
import type { EngineDeps } from '../deps';
import { recordReset } from '../outbox-and-audit';
import { conflict, notFound, problem } from '../problems';
import { randomId } from '../../rules/crypto';
import { pruneCaptchas } from './captcha';
import type { FlowMethodSpec } from './methods';

const minute = 60 * 1000;
/** PRODUCT.md "Reset rules". */
export const resetLifetimes = {
  flowMs: 15 * minute,
  codeMs: 5 * minute,
  // Expired flows stay a day so late calls still answer 410, then they go.
  keepExpiredFlowMs: 24 * 60 * minute,
} as const;

export type ResetResult = Parameters<typeof recordReset>[1]['result'];

/** The person a flow resets, or null for a decoy of an unknown ID. */
export function flowUser(deps: EngineDeps, flow: StoredFlow): StoredUser | null {
  return flow.userId === null ? null : (deps.state().users.get(flow.userId) ?? null);
}

export function usedKinds(flow: StoredFlow): string[] {
  return flow.challenges
    .filter((challenge) => challenge.status === 'used' || challenge.status === 'approved')
    .map((challenge) => challenge.kind);
}

/** A report row about a real person's flow; decoys of unknown IDs report only their start. */
export function reportFlow(deps: EngineDeps, flow: StoredFlow, result: ResetResult, reason: string | null): void {
  const user = flowUser(deps, flow);
  if (flow.decoy || !user) return;
  recordReset(deps, { user, userPrincipalName: user.userPrincipalName, methods: usedKinds(flow), result, reason });
}

/**
 * Expired active flows are recorded `abandoned` once; a day later they are dropped. Every reset
 * call runs it; reports must run it too before they read, so a flow nobody touches again still counts.
 */
export function sweepExpiredFlows(deps: EngineDeps): void {
  const now = deps.now();
  const current = deps.state();
  const flows = current.flows;
  let swept = false;
  for (const flow of flows.values()) {
    if (now < flow.expiresAt) continue;
    if (flow.status === 'active' && flow.abandonedAt === undefined) {
      flow.abandonedAt = now;
      reportFlow(deps, flow, 'abandoned', 'flow_expired');
      swept = true;
    }
    if (now >= flow.expiresAt + resetLifetimes.keepExpiredFlowMs) {
      flows.delete(flow.flowId);
      swept = true;
    }
  }
  pruneCaptchas(current, now);
  if (swept) deps.changed();
}

/** The flow, whatever its status: 404 when unknown, 410 once expired. */
export function loadFlow(deps: EngineDeps, flowId: string): StoredFlow {
  const now = deps.now();
  sweepExpiredFlows(deps);
  const flow = deps.state().flows.get(flowId);
  if (!flow) throw notFound('No such reset flow');
  if (now >= flow.expiresAt) throw problem(410, 'flow_expired', 'The reset flow has expired');
  return flow;
}

/** For reads: a cancelled flow is gone for the client (the contract lists no 409 for GETs). */
export function readableFlow(deps: EngineDeps, flowId: string): StoredFlow {
  const flow = loadFlow(deps, flowId);
  if (flow.status === 'cancelled') throw notFound('The reset flow was cancelled');
  return flow;
}

/** For writes: neither cancelled nor finished. */
export function activeFlow(deps: EngineDeps, flowId: string): StoredFlow {
  const flow = loadFlow(deps, flowId);
  if (flow.status === 'cancelled') throw conflict('The reset flow was cancelled');
  if (flow.status === 'done') throw conflict('The reset flow is finished');
  return flow;
}

export function newFlow(
  deps: EngineDeps,
  fields: {
    user: StoredUser | null;
    typedUserId: string;
    decoyReason: string | null;
    gatesRequired: number;
    methods: FlowMethodSpec[];
    unlockAvailable: boolean;
  },
): StoredFlow {
  const now = deps.now();
  const methods: StoredFlowMethod[] = fields.methods.map((method) => ({ methodId: randomId(deps.random, 'mth'), ...method }));
  const flow: StoredFlow = {
    flowId: randomId(deps.random, 'flw'),
    userId: fields.user?.id ?? null,
    typedUserId: fields.typedUserId,
    decoy: fields.decoyReason !== null,
    decoyReason: fields.decoyReason,
    createdAt: now,
    expiresAt: now + resetLifetimes.flowMs,
    step: 'verify',
    gatesRequired: fields.gatesRequired,
    passedGroups: [],
    methods,
    challenges: [],
    unlockAvailable: fields.unlockAvailable,
    outcome: null,
    status: 'active',
  };
  deps.state().flows.set(flow.flowId, flow);
  deps.changed();
  return flow;
}

/** Marks a method group passed; the last gate moves the flow on to the new password. Decoys never pass. */
export function passGate(flow: StoredFlow, group: string): void {
  if (flow.decoy) return;
  if (!flow.passedGroups.includes(group)) flow.passedGroups.push(group);
  if (flow.passedGroups.length >= flow.gatesRequired) flow.step = 'password';
}
