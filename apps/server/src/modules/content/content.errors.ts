// Error codes of the content module.
import { defineErrors } from '../../platform/errors/index.js';

export const ContentError = defineErrors('ContentError', {
  NOT_FOUND: { kind: 'not_found', detail: 'No such content.' },
  VERSION_NOT_FOUND: { kind: 'not_found', detail: 'No such version of this content.' },
  TEMPLATE_NOT_FOUND: { kind: 'not_found', detail: 'No such template.' },
  BUILTIN_TEMPLATE_READ_ONLY: {
    kind: 'forbidden',
    detail: 'Built-in templates cannot be changed or deleted; create your own template instead.',
  },
  TITLE_REQUIRED: { kind: 'invalid', detail: 'Articles need a title.' },
  EMPTY_BODY: { kind: 'invalid', detail: 'Nothing is left of the body once unsafe markup is removed.' },
  INVALID_STATUS_TRANSITION: { kind: 'conflict', detail: 'This status change is not allowed.' },
  STALE_VERSION: {
    kind: 'precondition_failed',
    detail: 'The content changed since you loaded it. Reload it and apply your edit again.',
  },
});
