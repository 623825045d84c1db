// HTTP for generation: POST /content/generate answers JSON, or Server-Sent Events when the client
// accepts text/event-stream (progress, each variant as it is ready, done; an error event carries
// the problem JSON). POST /content/generate/feedback records accept/edit/reject of any text, and
// POST /content/:id/feedback the decision on a stored generated draft; both safe to retry.
// GET /content/:id/variants reads a stored draft's variants back; rewrites are in rewrite.routes.ts.
import {
  contentFeedbackRequestSchema,
  contentFeedbackSchema,
  contentIdParamsSchema,
  generatedDraftSchema,
  generateRequestSchema,
  generateResultSchema,
  generationFeedbackRequestSchema,
  generationFeedbackSchema,
  problemSchema,
} from '@brandwright/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError } from '../../../platform/errors/index.js';
import { principalOf, problem, requireAuth, statusOfKind } from '../../../platform/http/index.js';
import type { GenerationService, StreamEvent } from './generation.service.js';
import { rewriteRoutes } from './rewrite.routes.js';

const tags = ['content'];
const security = [{ bearerAuth: [] }];
const errors = {
  400: problemSchema,
  401: problemSchema,
  404: problemSchema,
  409: problemSchema,
  503: problemSchema,
};

function wantsStream(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/event-stream');
}

function sse(reply: FastifyReply, event: string, data: unknown): void {
  reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** The problem body of an error met mid-stream; internals of unexpected errors are never sent. */
function problemOf(error: unknown) {
  if (error instanceof DomainError) {
    return problem(statusOfKind(error.kind), error.code, error.detail, error.options.fields);
  }
  return problem(500, 'INTERNAL', 'Something went wrong while generating. Try again.');
}

function payloadOf(event: StreamEvent): unknown {
  if (event.type === 'variant') return { index: event.index, variant: event.variant };
  if (event.type === 'done') return event.result;
  return {
    stage: event.stage,
    ...(event.charsReceived !== undefined ? { charsReceived: event.charsReceived } : {}),
  };
}

async function streamGeneration(
  service: GenerationService,
  request: FastifyRequest,
  reply: FastifyReply,
  body: Parameters<GenerationService['stream']>[1],
): Promise<void> {
  const abort = new AbortController();
  // The response closing before it finished means the client went away. (The request's own 'close'
  // fires as soon as its body has been read, which would abort every stream at once.)
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) abort.abort();
  });
  reply.hijack();
  reply.raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-request-id': String(request.id),
  });
  try {
    for await (const event of service.stream(principalOf(request).userId, body, abort.signal))
      sse(reply, event.type, payloadOf(event));
  } catch (error) {
    if (!(error instanceof DomainError)) request.log.error({ err: error }, 'generation stream failed');
    if (!abort.signal.aborted) sse(reply, 'error', problemOf(error));
  } finally {
    reply.raw.end();
  }
}

export function generationRoutes(service: GenerationService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);
    await app.register(rewriteRoutes(service));

    app.post(
      '/content/generate',
      {
        config: { costBudget: 'generation' },
        schema: {
          tags,
          security,
          description:
            'Generates variants in your voice with scores. Send Accept: text/event-stream to stream.',
          body: generateRequestSchema,
          response: { 201: generateResultSchema, ...errors },
        },
      },
      async (request, reply) => {
        if (wantsStream(request)) return streamGeneration(service, request, reply, request.body);
        return reply.code(201).send(await service.generate(principalOf(request).userId, request.body));
      },
    );

    app.post(
      '/content/generate/feedback',
      {
        schema: {
          tags,
          security,
          body: generationFeedbackRequestSchema,
          response: { 200: generationFeedbackSchema, 201: generationFeedbackSchema, ...errors },
        },
      },
      async (request, reply) => {
        const result = await service.recordFeedback(principalOf(request).userId, request.body);
        return reply.code(result.duplicate ? 200 : 201).send(result);
      },
    );

    app.get(
      '/content/:id/variants',
      {
        schema: {
          tags,
          security,
          description:
            'The variants a generated draft was made from, with their scores, and the latest decision.',
          params: contentIdParamsSchema,
          response: { 200: generatedDraftSchema, ...errors },
        },
      },
      async (request) => service.draft(principalOf(request).userId, request.params.id),
    );

    app.post(
      '/content/:id/feedback',
      {
        schema: {
          tags,
          security,
          description:
            'Accept a variant (it becomes the body), edit (your text becomes the body) or reject a generated draft. Teaches your voice profile.',
          params: contentIdParamsSchema,
          body: contentFeedbackRequestSchema,
          response: { 200: contentFeedbackSchema, 201: contentFeedbackSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { userId } = principalOf(request);
        const result = await service.decide(userId, request.params.id, request.body);
        return reply.code(result.duplicate ? 200 : 201).send(result);
      },
    );
  };
}
