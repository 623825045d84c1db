// HTTP for /analytics/imports: upload a history file (multipart: `file`, optional `trainVoice`;
// Idempotency-Key honoured) → 202 with the import; read one import's progress; list the user's.
// Multipart parsing is registered in this plugin's scope only, with the import's own size limit.
import {
  analyticsImportIdParamsSchema,
  analyticsImportSchema,
  IMPORT_MAX_UPLOAD_BYTES,
  pageSchema,
  paginationQuerySchema,
  problemSchema,
} from '@brandwright/contracts';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idempotencyHeaders, principalOf, requireAuth } from '../../platform/http/index.js';
import { ImportsError } from './imports.errors.js';
import type { ImportsService, Upload } from './imports.service.js';

const tags = ['analytics'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

function trainVoiceOf(value: string): boolean {
  const normalised = value.trim().toLowerCase();
  if (['true', 'on', '1', 'yes'].includes(normalised)) return true;
  if (['false', 'off', '0', 'no', ''].includes(normalised)) return false;
  throw new ImportsError('INVALID_FIELD', 'trainVoice must be true or false.', {
    fields: [{ path: 'trainVoice', message: 'Expected true or false' }],
  });
}

async function readUpload(request: FastifyRequest): Promise<Upload> {
  let file: { fileName: string; data: Buffer } | undefined;
  let trainVoice = false;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname === 'file' && !file)
          file = { fileName: part.filename, data: await part.toBuffer() };
        else await part.toBuffer();
      } else if (part.fieldname === 'trainVoice') trainVoice = trainVoiceOf(String(part.value));
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new ImportsError('FILE_TOO_LARGE', undefined, {
        fields: [{ path: 'file', message: 'Too large' }],
      });
    throw error;
  }
  if (!file)
    throw new ImportsError('FILE_MISSING', undefined, { fields: [{ path: 'file', message: 'Required' }] });
  return { ...file, trainVoice };
}

export function importsRoutes(imports: ImportsService): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, {
      limits: { fileSize: IMPORT_MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 },
    });
    app.addHook('onRequest', requireAuth);

    app.post(
      '/analytics/imports',
      {
        schema: {
          tags,
          security,
          description:
            'multipart/form-data: the history file in "file" (CSV, X tweets.js or the X archive ZIP), optional "trainVoice"=true.',
          headers: idempotencyHeaders,
          response: { 202: analyticsImportSchema, ...errors, 413: problemSchema, 415: problemSchema },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart())
          throw new ImportsError('FILE_MISSING', undefined, {
            fields: [{ path: 'file', message: 'Required' }],
          });
        const upload = await readUpload(request);
        const key = request.headers['idempotency-key'];
        return reply.code(202).send(await imports.upload(principalOf(request).userId, upload, key));
      },
    );

    app.get(
      '/analytics/imports',
      {
        schema: {
          tags,
          security,
          querystring: paginationQuerySchema,
          response: { 200: pageSchema(analyticsImportSchema), ...errors },
        },
      },
      async (request) => imports.list(principalOf(request).userId, request.query.limit, request.query.cursor),
    );

    app.get(
      '/analytics/imports/:id',
      {
        schema: {
          tags,
          security,
          params: analyticsImportIdParamsSchema,
          response: { 200: analyticsImportSchema, ...errors },
        },
      },
      async (request) => imports.get(principalOf(request).userId, request.params.id),
    );
  };
}
