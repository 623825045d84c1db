// One error handler for the whole server: DomainErrors by kind, validation errors with the fields at
// fault, Fastify's client errors as they are, anything else as a 500 that reveals nothing.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type FieldProblem } from '../errors/index.js';
import { codeForFastifyError, problem, statusOfKind } from './problem.js';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

export function sendProblem(reply: FastifyReply, body: ReturnType<typeof problem>): FastifyReply {
  return reply.code(body.status).type(PROBLEM_TYPE).send(body);
}

function validationFields(error: {
  validation: { instancePath: string; message?: string }[];
}): FieldProblem[] {
  return error.validation.map((v) => ({
    path: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(root)',
    message: v.message ?? 'Invalid value',
  }));
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    const retryAfter = error.options.retryAfterSeconds;
    if (retryAfter !== undefined) reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
    return sendProblem(
      reply,
      problem(statusOfKind(error.kind), error.code, error.detail, error.options.fields),
    );
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where =
      error.validationContext === 'body' ? 'request body' : (error.validationContext ?? 'request');
    const fields = validationFields(error);
    return sendProblem(reply, problem(400, 'VALIDATION_FAILED', `The ${where} is invalid.`, fields));
  }
  const status = error.statusCode ?? 500;
  if (status < 500 && !isResponseSerializationError(error)) {
    return sendProblem(reply, problem(status, codeForFastifyError(error.code, status), error.message));
  }
  request.log.error({ err: error }, 'request failed');
  const body = problem(
    500,
    'INTERNAL',
    'Something went wrong on our side. Try again; if it persists, contact support.',
  );
  return sendProblem(
    reply,
    status === 503 ? problem(503, 'UNAVAILABLE', 'Service temporarily unavailable.') : body,
  );
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem(404, 'NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}.`),
    ),
  );
}
