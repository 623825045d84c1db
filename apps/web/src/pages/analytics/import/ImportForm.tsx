// The upload form: one history file (CSV, tweets.js or the X archive ZIP) and the voice opt-in.
// A file the server refuses whole comes back as a field error on the file input, in its words.
import { IMPORT_MAX_UPLOAD_BYTES } from '@brandwright/contracts';
import { type FormEvent, useState } from 'react';
import { z } from 'zod';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/Field';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { useUploadHistory } from './imports-api';

const FIELDS = ['file', 'trainVoice'] as const;
const MB = 1024 * 1024;

const uploadSchema = z.object({
  file: z
    .instanceof(File, { error: 'Choose a file to import.' })
    .refine((f) => f.size > 0, 'This file is empty.')
    .refine(
      (f) => f.size <= IMPORT_MAX_UPLOAD_BYTES,
      `The file is larger than ${IMPORT_MAX_UPLOAD_BYTES / MB} MB.`,
    ),
  trainVoice: z.boolean(),
  key: z.string(),
});

export function ImportForm({ onStarted }: { onStarted: (id: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [trainVoice, setTrainVoice] = useState(false);
  // One key per chosen file: pressing Import again after a lost answer does not import twice.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const mutation = useUploadHistory();
  const form = useFormSubmit({ schema: uploadSchema, fields: FIELDS, mutation });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit({ file, trainVoice, key }, (created) => onStarted(created.id));
  }

  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Import history">
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <TextField
        label="History file"
        type="file"
        accept=".csv,.js,.zip,text/csv,application/zip"
        hint={`A CSV, an X archive's tweets.js, or the whole X archive ZIP. Up to ${IMPORT_MAX_UPLOAD_BYTES / MB} MB.`}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setKey(crypto.randomUUID());
          mutation.reset();
        }}
        error={form.fieldErrors.file}
      />
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          className="mt-0.5 h-4 w-4 rounded border-slate-300"
          checked={trainVoice}
          onChange={(e) => setTrainVoice(e.target.checked)}
        />
        <span>
          Also learn my voice from these posts
          <span className="block text-slate-600">Leave it unticked if someone else wrote some of them.</span>
        </span>
      </label>
      <Button type="submit" pending={form.pending} pendingLabel="Uploading…">
        Import
      </Button>
    </form>
  );
}
