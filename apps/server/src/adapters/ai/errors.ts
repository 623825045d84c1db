// AiError: every provider failure (vendor HTTP errors, timeouts, unusable output) becomes one of these
// codes, so modules handle AI failures without knowing which provider is configured.
import { defineErrors } from '../../platform/errors/index.js';
import { type PostsInput, voiceStyleSchema } from './port.js';

export const AiError = defineErrors('AiError', {
  INVALID_INPUT: { kind: 'invalid', detail: 'The generation request is invalid.' },
  TIMEOUT: { kind: 'unavailable', detail: 'The AI provider did not answer in time. Try again.' },
  RATE_LIMITED: { kind: 'rate_limited', detail: 'The AI provider is rate limiting us. Try again shortly.' },
  UNAVAILABLE: { kind: 'unavailable', detail: 'The AI provider is unavailable. Try again later.' },
  INVALID_OUTPUT: {
    kind: 'unavailable',
    detail: 'The AI provider returned an unusable answer twice. Try again.',
  },
  REFUSED: { kind: 'invalid', detail: 'The AI provider declined this request. Rephrase the topic.' },
  TOO_LONG: { kind: 'payload_too_large', detail: 'The request is too long for the AI model.' },
  MISCONFIGURED: {
    kind: 'unavailable',
    detail: 'The AI provider rejected our credentials or model. An administrator must fix the settings.',
  },
});
export type AiError = InstanceType<typeof AiError>;

/** Checks what zod cannot infer from the TypeScript types alone (ranges, non-empty topic). */
export function checkPostsInput(input: PostsInput): void {
  const fields: { path: string; message: string }[] = [];
  if (!Number.isInteger(input.variants) || input.variants < 1 || input.variants > 5)
    fields.push({ path: 'variants', message: 'Must be an integer from 1 to 5' });
  if (input.topic.trim().length < 2) fields.push({ path: 'topic', message: 'Too short' });
  const voice = voiceStyleSchema.safeParse(input.voice);
  if (!voice.success)
    for (const issue of voice.error.issues)
      fields.push({ path: ['voice', ...issue.path].join('.'), message: issue.message });
  if (fields.length > 0) throw new AiError('INVALID_INPUT', undefined, { fields });
}
