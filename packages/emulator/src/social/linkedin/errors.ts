// LinkedIn's error bodies, as the real API writes them (shapes seen in LinkedIn's docs and in
// client issue reports). ⚠ marks shapes no public source pins down; clients must not depend on
// more than the status and `code`/`serviceErrorCode`.

/** What an emulated LinkedIn handler answers; the dispatcher sends it (or hangs, for a timeout fault). */
export interface Reply {
  status: number;
  /** Absent = empty body (LinkedIn's 201 on create). */
  body?: unknown;
  headers?: Record<string, string>;
}

export const reply = (status: number, body?: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  headers,
});

export type TokenProblem = 'missing' | 'invalid' | 'expired' | 'revoked';

const TOKEN_ERRORS: Record<TokenProblem, { serviceErrorCode: number; code: string; message: string }> = {
  missing: { serviceErrorCode: 65604, code: 'EMPTY_ACCESS_TOKEN', message: 'Empty oauth2 access token' },
  invalid: { serviceErrorCode: 65600, code: 'INVALID_ACCESS_TOKEN', message: 'Invalid access token' },
  // ⚠ 65602 for expiry is reported by clients, not documented.
  expired: {
    serviceErrorCode: 65602,
    code: 'EXPIRED_ACCESS_TOKEN',
    message: 'The token used in the request has expired',
  },
  revoked: {
    serviceErrorCode: 65601,
    code: 'REVOKED_ACCESS_TOKEN',
    message: 'The token used in the request has been revoked by the user',
  },
};

export function unauthorized(problem: TokenProblem): Reply {
  return reply(401, { status: 401, ...TOKEN_ERRORS[problem] });
}

/** e.g. "Not enough permissions to access: partnerApiPostsExternal.CREATE.20261101". */
export function accessDenied(resource: string): Reply {
  return reply(403, {
    status: 403,
    serviceErrorCode: 100,
    code: 'ACCESS_DENIED',
    message: `Not enough permissions to access: ${resource}`,
  });
}

export function notFound(message: string): Reply {
  return reply(404, { status: 404, message });
}

/** Rest.li schema validation failures ("ERROR :: /field :: …"). */
export function schemaError(field: string, problem: string): Reply {
  return reply(422, { message: `ERROR :: /${field} :: ${problem}\n`, status: 422 });
}

/** Business-rule failures on create (duplicate, too long, unusable media). */
export function inputError(code: string, description: string, message: string, field?: string): Reply {
  return reply(422, {
    errorDetailType: 'com.linkedin.common.error.BadRequest',
    message,
    errorDetails: {
      inputErrors: [{ description, input: field ? { inputPath: { fieldPath: field } } : {}, code }],
    },
    status: 422,
  });
}

export function duplicatePost(existingUrn: string): Reply {
  return inputError(
    'DUPLICATE_POST',
    'Duplicate post is detected',
    `com.linkedin.content.common.exception.BadRequestResponseException: Content is a duplicate of ${existingUrn}`,
  );
}

/** ⚠ LinkedIn documents no rate-limit headers; the body wording follows reports. */
export function throttled(scope: 'MEMBER' | 'APPLICATION'): Reply {
  return reply(429, {
    status: 429,
    message: `Resource level throttle ${scope} DAY limit for calls to this resource is reached.`,
  });
}

export function serverError(): Reply {
  return reply(500, { message: 'Internal Server Error', status: 500 });
}

export function badRequest(message: string, code?: string): Reply {
  return reply(400, { status: 400, ...(code ? { code } : {}), message });
}
