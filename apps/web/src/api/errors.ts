// ApiError: the one error type the UI sees for failed API calls, built from problem+json responses.
import { type Problem, problemSchema } from '@brandwright/contracts';

export type FieldErrors = Record<string, string>;

/** One entry of problem+json `errors[]`: the full path (e.g. "answers.expertise.0") and its message. */
export interface FieldProblem {
  path: string;
  message: string;
}

const NETWORK_DETAIL = 'Could not reach Brandwright. Check your connection and try again.';
const GENERIC_DETAIL = 'Something went wrong on our side. Please try again.';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  /** Field name → first message for that field, from problem+json `errors[]`. */
  readonly fieldErrors: FieldErrors;
  /** Every field error with its full path, for forms whose fields are nested (lists, sections). */
  readonly fieldProblems: readonly FieldProblem[];
  /** Seconds to wait before retrying, from a 429's Retry-After header. */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail: string;
    fieldErrors?: FieldErrors;
    fieldProblems?: readonly FieldProblem[];
    retryAfter?: number | null;
  }) {
    super(init.detail);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? {};
    this.fieldProblems = init.fieldProblems ?? [];
    this.retryAfter = init.retryAfter ?? null;
  }

  /** True for responses that retrying cannot fix (client errors other than throttling). */
  get isPermanent(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function networkError(): ApiError {
  return new ApiError({ status: 0, code: 'network_error', title: 'Network error', detail: NETWORK_DETAIL });
}

export function invalidResponseError(status: number): ApiError {
  return new ApiError({
    status,
    code: 'invalid_response',
    title: 'Unexpected response',
    detail: GENERIC_DETAIL,
  });
}

/** Keeps the first message per field; paths like "profile.timezone" are keyed by their last segment. */
function toFieldErrors(problem: Problem): FieldErrors {
  const fields: FieldErrors = {};
  for (const { path, message } of problem.errors ?? []) {
    const key = path.split('.').at(-1) ?? path;
    if (!(key in fields)) fields[key] = message;
  }
  return fields;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function throttledDetail(retryAfter: number | null): string {
  if (retryAfter === null) return 'Too many attempts. Please wait a moment and try again.';
  const minutes = Math.ceil(retryAfter / 60);
  const wait = retryAfter < 60 ? `${retryAfter} seconds` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `Too many attempts. Please try again in ${wait}.`;
}

/** Turns a non-2xx response into an ApiError, tolerating bodies that are not problem+json. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const body: unknown = await response.json().catch(() => null);
  const parsed = problemSchema.safeParse(body);
  const problem = parsed.success ? parsed.data : null;
  const fallback = response.status >= 500 ? GENERIC_DETAIL : response.statusText || 'Request failed.';
  let detail = problem?.detail ?? problem?.title ?? fallback;
  // Prefer our wording for throttling when we know how long to wait; the server's text lacks the delay.
  if (response.status === 429 && (retryAfter !== null || !problem?.detail))
    detail = throttledDetail(retryAfter);
  return new ApiError({
    status: response.status,
    code: problem?.code ?? `http_${response.status}`,
    title: problem?.title ?? response.statusText,
    detail,
    fieldErrors: problem ? toFieldErrors(problem) : {},
    fieldProblems: problem?.errors ?? [],
    retryAfter,
  });
}
