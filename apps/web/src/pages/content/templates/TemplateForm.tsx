// Create or edit one of the user's templates: name, format, description and the structure the
// writer follows. Validated with the contract's schema; server field errors land on their fields.
import { type ContentTemplate, createTemplateSchema, templateFormatSchema } from '@brandwright/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { useFormSubmit } from '../../../lib/useFormSubmit';

const FORMATS = templateFormatSchema.options;
const FIELDS = ['name', 'description', 'structure', 'format'] as const;

type Values = (typeof createTemplateSchema)['_zod']['output'];

interface TemplateFormProps {
  initial?: ContentTemplate;
  mutation: UseMutationResult<unknown, Error, Values>;
  submitLabel: string;
  onDone: () => void;
  onCancel?: () => void;
}

export function TemplateForm({ initial, mutation, submitLabel, onDone, onCancel }: TemplateFormProps) {
  const [values, setValues] = useState({
    name: initial?.name ?? '',
    description: initial?.description ?? '',
    structure: initial?.structure ?? '',
    format: initial?.format ?? 'post',
  });
  const form = useFormSubmit({ schema: createTemplateSchema, fields: FIELDS, mutation });
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  function submit(event: FormEvent) {
    event.preventDefault();
    form.submit(values, onDone);
  }
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Name"
          value={values.name}
          error={form.fieldErrors.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <SelectField
          label="Format"
          value={values.format}
          error={form.fieldErrors.format}
          onChange={(e) => set({ format: e.target.value as Values['format'] })}
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {f.replace('_', ' ')}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Description"
        optional
        value={values.description}
        error={form.fieldErrors.description}
        onChange={(e) => set({ description: e.target.value })}
      />
      <TextAreaField
        label="Structure"
        hint="The outline the writer follows, e.g. Hook → the problem → what you did → what changed → a question."
        value={values.structure}
        error={form.fieldErrors.structure}
        onChange={(e) => set({ structure: e.target.value })}
      />
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <div className="flex gap-3">
        <Button type="submit" pending={form.pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
