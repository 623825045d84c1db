// RFC 9457 problem details: the one error body of the API, built from DomainErrors and from
// Fastify's own 4xx errors (malformed JSON, oversized or unsupported bodies).
import type { Problem } from '@brandwright/contracts';
import type { ErrorKind, FieldProblem } from '../errors/index.js';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function statusOfKind(kind: ErrorKind): number {
  return STATUS_BY_KIND[kind];
}

export function problem(status: number, code: string, detail: string, fields?: FieldProblem[]): Problem {
  return {
    type: `urn:brandwright:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    detail,
    code,
    ...(fields && fields.length > 0 ? { errors: fields } : {}),
  };
}

/** Codes for Fastify's built-in client errors, so clients can branch on `code` alone. */
export function codeForFastifyError(fastifyCode: string | undefined, status: number): string {
  if (fastifyCode?.includes('INVALID_JSON') || fastifyCode === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return 'MALFORMED_BODY';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 404) return 'NOT_FOUND';
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  return 'BAD_REQUEST';
}
