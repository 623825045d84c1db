// "Upload a file": a .txt/.md file or a LinkedIn / X export, picked or dropped. Every post in it
// becomes a sample; the result says how many were added and which were skipped, and why.
import {
  type AddVoiceSamplesResult,
  VOICE_UPLOAD_EXTENSIONS,
  VOICE_UPLOAD_MAX_BYTES,
} from '@brandwright/contracts';
import { type FormEvent, useState } from 'react';
import { z } from 'zod';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useFileDrop } from '../../lib/useFileDrop';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useUploadSampleFile } from '../../queries/voice';
import { formatBytes } from './format';
import { UploadResult } from './UploadResult';

const FIELDS = ['file'] as const;
const EXTENSIONS: readonly string[] = VOICE_UPLOAD_EXTENSIONS;
/** The server's limit, checked here to fail fast. */
const MAX_BYTES = VOICE_UPLOAD_MAX_BYTES;

const extensionOf = (name: string) => name.slice(name.lastIndexOf('.')).toLowerCase();

const uploadSchema = z.object({
  file: z
    .instanceof(File, { error: 'Choose a file to upload.' })
    .refine((f) => EXTENSIONS.includes(extensionOf(f.name)), 'This type of file is not supported.')
    .refine((f) => f.size > 0, 'This file is empty.')
    .refine((f) => f.size <= MAX_BYTES, `The file is larger than ${formatBytes(MAX_BYTES)}.`),
});

const acceptedTypes = (
  <>
    Accepted: plain text (<code>.txt</code>) or Markdown (<code>.md</code>) with posts separated by a line of{' '}
    <code>---</code>, a LinkedIn export&rsquo;s <code>Shares.csv</code> or an X archive&rsquo;s{' '}
    <code>tweets.js</code>. Up to {formatBytes(MAX_BYTES)}.
  </>
);

export function UploadSampleForm() {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ name: string; data: AddVoiceSamplesResult } | null>(null);
  // A new key empties the native file input after an upload.
  const [inputKey, setInputKey] = useState(0);
  const mutation = useUploadSampleFile();
  const form = useFormSubmit({ schema: uploadSchema, fields: FIELDS, mutation });

  function choose(next: File | null) {
    setFile(next);
    setResult(null);
    mutation.reset();
  }
  const { dragging, handlers } = useFileDrop<HTMLFormElement>(choose);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = file?.name ?? '';
    form.submit({ file }, (data) => {
      setResult({ name, data });
      setFile(null);
      setInputKey((k) => k + 1);
    });
  }

  return (
    // The whole form takes drops, so the target is large; the dashed box shows where it lands.
    <form
      ref={form.formRef}
      noValidate
      onSubmit={onSubmit}
      {...handlers}
      className="space-y-4"
      aria-label="Upload a file"
    >
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <div
        className={`rounded-xl border-2 border-dashed p-4 ${dragging ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300'}`}
      >
        <TextField
          key={inputKey}
          label="File with your posts"
          type="file"
          accept={`${EXTENSIONS.join(',')},text/plain,text/markdown,text/csv`}
          className="block w-full cursor-pointer text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-lg file:border-0 file:bg-indigo-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-indigo-800 hover:file:bg-indigo-100"
          hint={acceptedTypes}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
          error={form.fieldErrors.file}
        />
        <p className="mt-3 text-xs text-slate-600" aria-live="polite">
          {file ? `Selected: ${file.name} (${formatBytes(file.size)})` : 'Or drag a file and drop it here.'}
        </p>
      </div>
      <Button type="submit" variant="secondary" pending={form.pending} pendingLabel="Uploading…">
        Upload file
      </Button>
      <UploadResult result={result} />
    </form>
  );
}
