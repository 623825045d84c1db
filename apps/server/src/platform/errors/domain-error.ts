// The base of every module's error type. Services throw these; only the HTTP edge turns the `kind`
// into a status code, so services never know about HTTP.

export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unavailable';

export interface FieldProblem {
  /** The field at fault, dot-separated ("email", "profile.timezone"). */
  path: string;
  message: string;
}

export interface DomainErrorOptions {
  fields?: FieldProblem[];
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable, machine-readable code such as INVALID_CREDENTIALS. */
    readonly code: string,
    /** A sentence a user can read. */
    readonly detail: string,
    readonly options: DomainErrorOptions = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/** Builds a module error class whose codes each carry a fixed kind and default message. */
export function defineErrors<Code extends string>(
  name: string,
  table: Record<Code, { kind: ErrorKind; detail: string }>,
) {
  return class extends DomainError {
    constructor(code: Code, detail?: string, options?: DomainErrorOptions) {
      super(table[code].kind, code, detail ?? table[code].detail, options);
      this.name = name;
    }
  };
}
