// Error codes of the brand module.
import { defineErrors } from '../../platform/errors/index.js';

export const BrandError = defineErrors('BrandError', {
  NO_STRATEGY: {
    kind: 'not_found',
    detail: 'No strategy yet: complete the questionnaire and create an assessment first.',
  },
  NO_ASSESSMENT: { kind: 'not_found', detail: 'No assessment yet: complete the questionnaire first.' },
  INCOMPLETE_ANSWERS: { kind: 'invalid', detail: 'Some required questions are not answered yet.' },
  STALE_VERSION: {
    kind: 'precondition_failed',
    detail: 'The strategy changed since you loaded it. Reload it and apply your edit again.',
  },
});
