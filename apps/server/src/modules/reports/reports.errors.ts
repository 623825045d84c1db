// Error codes of the reports module. A month that has not started yet is bad input naming `month`.
import { defineErrors } from '../../platform/errors/index.js';

export const ReportsError = defineErrors('ReportsError', {
  MONTH_IN_FUTURE: { kind: 'invalid', detail: 'That month has not started yet.' },
});
