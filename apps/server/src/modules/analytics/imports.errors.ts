// Error codes of history imports. A file refused at upload names the `file` field and says why in
// words a person understands (not CSV, wrong header, too many rows, not an X archive).
import { IMPORT_MAX_UPLOAD_BYTES } from '@brandwright/contracts';
import { defineErrors } from '../../platform/errors/index.js';

export const ImportsError = defineErrors('ImportsError', {
  IMPORT_NOT_FOUND: { kind: 'not_found', detail: 'No such import.' },
  FILE_MISSING: { kind: 'invalid', detail: 'Send the history file in a multipart field named "file".' },
  FILE_NOT_USABLE: { kind: 'invalid', detail: 'The file is not a history CSV or an X archive.' },
  FILE_TOO_LARGE: {
    kind: 'payload_too_large',
    detail: `The file is larger than ${IMPORT_MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
  },
  INVALID_FIELD: { kind: 'invalid', detail: 'A form field is invalid.' },
});

/** The whole file is refused, with a reason for the `file` field. */
export class HistoryFileError extends ImportsError {
  constructor(reason: string) {
    super('FILE_NOT_USABLE', reason, { fields: [{ path: 'file', message: reason }] });
  }
}
