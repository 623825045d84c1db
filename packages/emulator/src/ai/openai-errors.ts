// OpenAI's error envelope `{error:{message,type,param,code}}` and the answers every route shares:
// a missing key, an unknown model, a 429 with retry-after and a 500.
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http.js';
import type { VendorErrors } from './faults.js';

export function openAiError(
  res: ServerResponse,
  status: number,
  type: string,
  message: string,
  code: string | null,
  options: { param?: string | null; headers?: Record<string, string> } = {},
): void {
  sendJson(res, status, { error: { message, type, param: options.param ?? null, code } }, options.headers);
}

/** A 400 as OpenAI's request validation writes it (`param` names the field). */
export function invalidRequest(
  res: ServerResponse,
  message: string,
  param: string | null,
  code: string | null,
) {
  openAiError(res, 400, 'invalid_request_error', message, code, { param });
}

/** What chat completions and embeddings answer for a model they do not serve. */
export function modelNotFound(res: ServerResponse, model: string): void {
  openAiError(
    res,
    404,
    'invalid_request_error',
    `The model \`${model}\` does not exist or you do not have access to it.`,
    'model_not_found',
  );
}

export function missingKey(res: ServerResponse): void {
  openAiError(
    res,
    401,
    'invalid_request_error',
    "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    null,
  );
}

export const openAiFaults: VendorErrors = {
  rateLimited: (res, seconds) =>
    openAiError(
      res,
      429,
      'requests',
      'Rate limit reached for requests. Please try again later.',
      'rate_limit_exceeded',
      { headers: { 'retry-after': String(seconds), 'retry-after-ms': String(seconds * 1000) } },
    ),
  serverError: (res) =>
    openAiError(
      res,
      500,
      'server_error',
      'The server had an error while processing your request. Sorry about that!',
      null,
    ),
};
