// Error codes of the calendar module.
import { defineErrors } from '../../platform/errors/index.js';

export const CalendarError = defineErrors('CalendarError', {
  ENTRY_NOT_FOUND: { kind: 'not_found', detail: 'No such calendar entry.' },
  STALE_VERSION: {
    kind: 'precondition_failed',
    detail: 'The entry changed since you loaded it. Reload it and apply your change again.',
  },
  NO_STRATEGY: {
    kind: 'conflict',
    detail:
      'There is no brand strategy to plan from yet: complete the questionnaire and create your strategy first.',
  },
  DRAFTING_UNAVAILABLE: { kind: 'unavailable', detail: 'Drafting from the calendar is not available.' },
});
