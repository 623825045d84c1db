// Pure form helpers: client-side validation with the API's own schemas and splitting a failed
// submit into field messages and a form-level message.
import type { z } from 'zod';
import { type FieldErrors, isApiError } from '../api/errors';

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates with the same zod schema the server uses, keyed by top-level field name. */
export function validate<S extends z.ZodType>(schema: S, values: unknown): ValidationResult<z.output<S>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'form');
    if (!(key in errors)) errors[key] = issue.message;
  }
  return { ok: false, errors };
}

export interface SubmitErrors {
  /** Messages to show next to known fields. */
  fields: FieldErrors;
  /** Form-level message: the problem's detail plus any field errors the form cannot place. */
  form: string | null;
  formDetails: string[];
}

/** Splits a failed submit into field messages and a form-level alert. */
export function submitErrors(error: unknown, knownFields: readonly string[]): SubmitErrors {
  if (!error) return { fields: {}, form: null, formDetails: [] };
  if (!isApiError(error)) {
    return { fields: {}, form: 'Something unexpected happened. Please try again.', formDetails: [] };
  }
  const fields: FieldErrors = {};
  const formDetails: string[] = [];
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    if (knownFields.includes(path)) fields[path] = message;
    else formDetails.push(message);
  }
  return { fields, form: error.detail, formDetails };
}
