// Applies an injected fault to one AI request: delays, hangs, vendor error bodies, a broken answer,
// or a valid one whose drafts carry the mistakes the server's draft checks must catch.
// Each vendor passes how it writes its errors, so the wire format stays faithful per vendor.
import type { ServerResponse } from 'node:http';
import type { Fault } from '../control.js';
import { sleep } from '../http.js';
import { flawedAnswerFor, invalidAnswerFor, MALFORMED_ANSWER } from './content.js';

export interface VendorErrors {
  rateLimited(res: ServerResponse, retryAfterSeconds: number): void;
  serverError(res: ServerResponse): void;
}

export type FaultOutcome = { handled: true } | { handled: false; answer?: string };

/** Hangs until the client gives up (or `ms` passes), as an overloaded upstream does. */
async function hang(res: ServerResponse, ms: number): Promise<void> {
  await Promise.race([sleep(ms), new Promise((resolve) => res.once('close', resolve))]);
}

export async function applyFault(
  fault: Fault | undefined,
  res: ServerResponse,
  prompt: string,
  errors: VendorErrors,
): Promise<FaultOutcome> {
  if (!fault) return { handled: false };
  switch (fault.kind) {
    case 'latency':
      await sleep(fault.latencyMs);
      return { handled: false };
    case 'timeout':
      await hang(res, fault.latencyMs);
      if (!res.writableEnded && !res.destroyed) errors.serverError(res);
      return { handled: true };
    case 'rate_limit':
      errors.rateLimited(res, fault.retryAfterSeconds);
      return { handled: true };
    case 'server_error':
      errors.serverError(res);
      return { handled: true };
    case 'malformed_json':
      return { handled: false, answer: MALFORMED_ANSWER };
    case 'invalid_then_valid':
      return { handled: false, answer: invalidAnswerFor(prompt) };
    case 'flawed_draft':
      return { handled: false, answer: flawedAnswerFor(prompt, fault.flaws) };
  }
}
