// HTTP for /voice: samples (JSON or one uploaded file), the profile and the voice-match score.
// Multipart parsing is registered in this plugin's scope only, with its own size limits.
import {
  addVoiceSampleSchema,
  addVoiceSamplesResultSchema,
  pageSchema,
  paginationQuerySchema,
  problemSchema,
  VOICE_UPLOAD_MAX_BYTES,
  voiceProfileSchema,
  voiceSampleIdParamsSchema,
  voiceSampleSchema,
  voiceScoreRequestSchema,
  voiceScoreSchema,
} from '@brandwright/contracts';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../platform/errors/index.js';
import { principalOf, requireAuth } from '../../platform/http/index.js';
import { VoiceError } from './voice.errors.js';
import type { VoiceService } from './voice.service.js';

/** An X archive's tweets.js for years of posts runs to a few MB; more is not a writing sample. */

const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

async function readUpload(request: FastifyRequest): Promise<{ filename: string; data: Buffer }> {
  const file = await request.file();
  if (file?.fieldname !== 'file')
    throw new VoiceError('FILE_MISSING', undefined, { fields: [{ path: 'file', message: 'Required' }] });
  try {
    return { filename: file.filename, data: await file.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new VoiceError(
        'FILE_TOO_LARGE',
        `The file is larger than ${VOICE_UPLOAD_MAX_BYTES / 1024 / 1024} MB.`,
        {
          fields: [{ path: 'file', message: 'Too large' }],
        },
      );
    throw error;
  }
}

const bodyRequired = () =>
  new DomainError('invalid', 'VALIDATION_FAILED', 'The request body is invalid.', {
    fields: [{ path: 'text', message: 'Required' }],
  });

export function voiceRoutes(voice: VoiceService): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, {
      limits: { fileSize: VOICE_UPLOAD_MAX_BYTES, files: 1, fields: 5, parts: 6 },
    });

    app.post(
      '/voice/samples',
      {
        onRequest: requireAuth,
        schema: {
          tags: ['voice'],
          security,
          description: 'JSON {text, source?}, or multipart/form-data with one file in the field "file".',
          // Multipart bodies are read in the handler, so the JSON schema must let them through.
          body: addVoiceSampleSchema.nullish(),
          response: {
            200: addVoiceSamplesResultSchema,
            201: addVoiceSamplesResultSchema,
            ...errors,
            413: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const { userId } = principalOf(request);
        let result: Awaited<ReturnType<VoiceService['addText']>>;
        if (request.isMultipart()) {
          const { filename, data } = await readUpload(request);
          result = await voice.addFile(userId, filename, data);
        } else if (request.body) result = await voice.addText(userId, request.body);
        else throw bodyRequired();
        return reply.code(result.items.some((item) => !item.duplicate) ? 201 : 200).send(result);
      },
    );

    app.get(
      '/voice/samples',
      {
        onRequest: requireAuth,
        schema: {
          tags: ['voice'],
          security,
          querystring: paginationQuerySchema,
          response: { 200: pageSchema(voiceSampleSchema), ...errors },
        },
      },
      async (request) =>
        voice.listSamples(principalOf(request).userId, request.query.limit, request.query.cursor),
    );

    app.delete(
      '/voice/samples/:id',
      {
        onRequest: requireAuth,
        schema: {
          tags: ['voice'],
          security,
          params: voiceSampleIdParamsSchema,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await voice.deleteSample(principalOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/voice/profile',
      {
        onRequest: requireAuth,
        schema: { tags: ['voice'], security, response: { 200: voiceProfileSchema, ...errors } },
      },
      async (request) => voice.getProfile(principalOf(request).userId),
    );

    app.post(
      '/voice/score',
      {
        onRequest: requireAuth,
        schema: {
          tags: ['voice'],
          security,
          body: voiceScoreRequestSchema,
          response: { 200: voiceScoreSchema, ...errors, 409: problemSchema },
        },
      },
      async (request) => voice.score(principalOf(request).userId, request.body.text),
    );
  };
}
