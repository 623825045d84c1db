// Error codes of the voice module.
import { defineErrors } from '../../platform/errors/index.js';

export const VoiceError = defineErrors('VoiceError', {
  SAMPLE_NOT_FOUND: { kind: 'not_found', detail: 'Writing sample not found.' },
  TEXT_TOO_SHORT: { kind: 'invalid', detail: 'The text is too short to tell anything about a voice.' },
  TEXT_NOT_READABLE: { kind: 'invalid', detail: 'The text is not readable UTF-8 text.' },
  FILE_MISSING: { kind: 'invalid', detail: 'Send the file in a multipart field named "file".' },
  FILE_TOO_LARGE: { kind: 'payload_too_large', detail: 'The file is too large.' },
  UNSUPPORTED_FILE: {
    kind: 'invalid',
    detail: 'Upload a .txt or .md file, a LinkedIn Shares.csv export or an X archive tweets.js.',
  },
  FILE_NOT_PARSEABLE: { kind: 'invalid', detail: 'The file could not be read.' },
  NO_USABLE_POSTS: { kind: 'invalid', detail: 'The file holds no post long enough to learn from.' },
  PROFILE_NOT_TRAINED: {
    kind: 'conflict',
    detail: 'There is no voice profile yet: add writing samples first.',
  },
});
