// Error codes of the users module.
import { defineErrors } from '../../platform/errors/index.js';

export const UsersError = defineErrors('UsersError', {
  NOT_FOUND: { kind: 'not_found', detail: 'User not found.' },
  EMAIL_TAKEN: { kind: 'conflict', detail: 'An account with this email already exists.' },
  IMAGE_UNREADABLE: { kind: 'invalid', detail: 'The file is not an image we can read.' },
  IMAGE_TOO_LARGE: { kind: 'invalid', detail: 'The photo is larger than 5 MB.' },
  IMAGE_MISSING: { kind: 'invalid', detail: 'Send the photo in the multipart field "file".' },
  NO_AVATAR: { kind: 'not_found', detail: 'No profile photo.' },
});
