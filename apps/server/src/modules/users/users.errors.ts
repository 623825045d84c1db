// Error codes of the users module.
import { defineErrors } from '../../platform/errors/index.js';

export const UsersError = defineErrors('UsersError', {
  NOT_FOUND: { kind: 'not_found', detail: 'User not found.' },
  EMAIL_TAKEN: { kind: 'conflict', detail: 'An account with this email already exists.' },
});
