// One submit pipeline for every form: validate with the contract schema, run the mutation, place
// server errors, and move focus to the first invalid control after any failed attempt.
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { FieldErrors } from '../api/errors';
import { submitErrors, validate } from './forms';

interface Options<S extends z.ZodType, R> {
  schema: S;
  /** Fields the form renders; server errors for any other path go into the form-level alert. */
  fields: readonly string[];
  mutation: UseMutationResult<R, Error, z.output<S>>;
}

export function useFormSubmit<S extends z.ZodType, R>({ schema, fields, mutation }: Options<S, R>) {
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  // Bumped on every failed attempt so focus moves even when the same field fails twice.
  const [failures, setFailures] = useState(0);
  const server = submitErrors(mutation.error, fields);

  useEffect(() => {
    if (failures === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failures]);

  function submit(values: unknown, onSuccess?: (result: R) => void): void {
    mutation.reset();
    const result = validate(schema, values);
    if (!result.ok) {
      setClientErrors(result.errors);
      setFailures((n) => n + 1);
      return;
    }
    setClientErrors({});
    mutation.mutate(result.data, { onSuccess, onError: () => setFailures((n) => n + 1) });
  }

  return {
    formRef,
    submit,
    pending: mutation.isPending,
    fieldErrors: { ...server.fields, ...clientErrors },
    formError: server.form,
    formDetails: server.formDetails,
  };
}
