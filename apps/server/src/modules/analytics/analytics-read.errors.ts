// Error codes of the analytics reads.
import { defineErrors } from '../../platform/errors/index.js';

export const AnalyticsReadError = defineErrors('AnalyticsReadError', {
  CONTENT_NOT_FOUND: { kind: 'not_found', detail: 'No such content.' },
});
