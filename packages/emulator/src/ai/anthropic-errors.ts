// Anthropic's error envelope `{type:'error', error:{type, message}}`, used for every answer on the
// Anthropic origin that is not a success (the request-id header is set once per request upstream).
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http.js';
import type { VendorErrors } from './faults.js';

export type AnthropicErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'api_error'
  | 'overloaded_error';

export type AnthropicProblem = [status: number, type: AnthropicErrorType, message: string];

export function anthropicError(
  res: ServerResponse,
  status: number,
  type: AnthropicErrorType,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { type: 'error', error: { type, message } }, headers);
}

export const invalid = (message: string): AnthropicProblem => [400, 'invalid_request_error', message];

export const anthropicFaults: VendorErrors = {
  rateLimited: (res, seconds) =>
    anthropicError(res, 429, 'rate_limit_error', 'Number of requests has exceeded your rate limit.', {
      'retry-after': String(seconds),
    }),
  serverError: (res) => anthropicError(res, 500, 'api_error', 'Internal server error'),
};
