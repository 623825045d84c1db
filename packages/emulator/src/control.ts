// The control API and state shared by the fake vendors: injected faults (consumed one per request),
// a log of the requests received, and reset. Tests drive it over HTTP like any other client.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DRAFT_FLAWS, type DraftFlaw } from './ai/posts.js';
import { readJson, sendJson } from './http.js';

export const AI_PROVIDERS = ['openai', 'anthropic'] as const;
export type AiProvider = (typeof AI_PROVIDERS)[number];

export const FAULT_KINDS = [
  'malformed_json',
  'invalid_then_valid',
  'rate_limit',
  'server_error',
  'timeout',
  'latency',
  'flawed_draft',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  kind: FaultKind;
  /** Requests left that this fault applies to. */
  remaining: number;
  latencyMs: number;
  retryAfterSeconds: number;
  /** What a `flawed_draft` answer gets wrong (default: a broken list). */
  flaws: DraftFlaw[];
}

export interface LoggedRequest {
  provider: AiProvider | 'other';
  method: string;
  path: string;
  body: unknown;
}

export class EmulatorState {
  private faults: Record<AiProvider, Fault[]> = { openai: [], anthropic: [] };
  readonly requests: LoggedRequest[] = [];
  /** Also resets the emulated platforms (wired by the server). */
  onReset: () => void = () => {};

  addFault(provider: AiProvider, fault: Fault): void {
    this.faults[provider].push(fault);
  }

  /** The fault that applies to the next request of `provider`, consuming one of its uses. */
  takeFault(provider: AiProvider): Fault | undefined {
    const queue = this.faults[provider];
    const fault = queue[0];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) queue.shift();
    return fault;
  }

  reset(): void {
    this.faults = { openai: [], anthropic: [] };
    this.requests.length = 0;
    this.onReset();
  }
}

function parseFault(body: unknown): { provider: AiProvider; fault: Fault } | string {
  const b = (body ?? {}) as Record<string, unknown>;
  if (!AI_PROVIDERS.includes(b.provider as AiProvider))
    return `provider must be one of ${AI_PROVIDERS.join(', ')}`;
  if (!FAULT_KINDS.includes(b.kind as FaultKind)) return `kind must be one of ${FAULT_KINDS.join(', ')}`;
  const count = b.count === undefined ? 1 : Number(b.count);
  if (!Number.isInteger(count) || count < 1) return 'count must be a positive integer';
  const latencyMs = b.latencyMs === undefined ? (b.kind === 'timeout' ? 600_000 : 0) : Number(b.latencyMs);
  if (!Number.isFinite(latencyMs) || latencyMs < 0) return 'latencyMs must be a non-negative number';
  const retryAfterSeconds = b.retryAfterSeconds === undefined ? 1 : Number(b.retryAfterSeconds);
  const flaws = b.flaws === undefined ? ['broken_list'] : b.flaws;
  if (!Array.isArray(flaws) || flaws.length === 0 || !flaws.every((f) => DRAFT_FLAWS.includes(f)))
    return `flaws must be a non-empty list of ${DRAFT_FLAWS.join(', ')}`;
  return {
    provider: b.provider as AiProvider,
    fault: { kind: b.kind as FaultKind, remaining: count, latencyMs, retryAfterSeconds, flaws },
  };
}

/** Handles /__emulator/* routes; returns false when the path is not a control route. */
export async function handleControl(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  if (req.method === 'POST' && path === '/__emulator/ai/faults') {
    const parsed = parseFault(await readJson(req));
    if (typeof parsed === 'string') sendJson(res, 400, { error: parsed });
    else {
      state.addFault(parsed.provider, parsed.fault);
      sendJson(res, 201, { ok: true, provider: parsed.provider, ...parsed.fault });
    }
    return true;
  }
  if (req.method === 'POST' && path === '/__emulator/reset') {
    state.reset();
    sendJson(res, 200, { ok: true });
    return true;
  }
  if (req.method === 'GET' && path === '/__emulator/ai/requests') {
    sendJson(res, 200, { requests: state.requests });
    return true;
  }
  return false;
}
