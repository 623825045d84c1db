// Error codes of the publishing module.
import { defineErrors } from '../../platform/errors/index.js';

export const PublishingError = defineErrors('PublishingError', {
  ITEM_NOT_FOUND: { kind: 'not_found', detail: 'No such scheduled item.' },
  CONTENT_NOT_FOUND: { kind: 'not_found', detail: 'No such content.' },
  NOT_APPROVED: {
    kind: 'conflict',
    detail: 'Your approval gate is on: approve this content before scheduling it.',
  },
  PLATFORM_NOT_CONNECTED: {
    kind: 'conflict',
    detail: 'A chosen platform is not connected: connect it on the Platforms page first.',
  },
  CONTENT_DOES_NOT_FIT: {
    kind: 'invalid',
    detail: 'The content cannot be published as it is on a chosen platform.',
  },
  IN_THE_PAST: { kind: 'invalid', detail: 'That time has already passed: choose a time in the future.' },
  NOT_PENDING: { kind: 'conflict', detail: 'Only items that have not started publishing can be changed.' },
  ALREADY_STARTED: {
    kind: 'conflict',
    detail: 'Publishing has already started for this item, so it can no longer be cancelled.',
  },
  STALE_VERSION: {
    kind: 'precondition_failed',
    detail: 'The item changed since you loaded it. Reload it and apply your change again.',
  },
  NO_SLOTS: {
    kind: 'conflict',
    detail: 'There is no free posting slot: add slots in the publishing settings.',
  },
  NOT_RESOLVABLE: {
    kind: 'conflict',
    detail: 'Only failed, missed or needs-attention items can be resolved.',
  },
});
