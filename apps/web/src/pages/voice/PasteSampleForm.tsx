// "Paste a sample": one post or passage the user wrote, with a live word count against the
// 20-word minimum. Too-short text is caught here with the same rule the server applies.
import { addVoiceSampleSchema, VOICE_SAMPLE_MIN_WORDS, VOICE_TEXT_MAX_CHARS } from '@brandwright/contracts';
import { type FormEvent, useState } from 'react';
import { LiveMessage } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextAreaField } from '../../components/Field';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { countWords, wordsLabel } from '../../lib/words';
import { useAddSampleText } from '../../queries/voice';

const FIELDS = ['text'] as const;

/** The contract's schema plus the word minimum the server checks after normalising the text. */
const pasteSchema = addVoiceSampleSchema.superRefine(({ text }, ctx) => {
  const words = countWords(text);
  if (words >= VOICE_SAMPLE_MIN_WORDS) return;
  ctx.addIssue({
    code: 'custom',
    path: ['text'],
    message:
      words === 0
        ? 'Paste something you wrote first.'
        : `Too short: ${wordsLabel(words)}, at least ${VOICE_SAMPLE_MIN_WORDS} needed.`,
  });
});

function counterHint(words: number) {
  const missing = VOICE_SAMPLE_MIN_WORDS - words;
  return (
    <>
      <span className="font-medium text-slate-800">{wordsLabel(words)}</span>
      {missing > 0
        ? ` · ${wordsLabel(missing)} to go. Each sample needs at least ${VOICE_SAMPLE_MIN_WORDS} words to say anything about your style.`
        : ' · Long enough. Posts of 100 words or more teach Brandwright the most.'}
    </>
  );
}

export function PasteSampleForm() {
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const mutation = useAddSampleText();
  const form = useFormSubmit({ schema: pasteSchema, fields: FIELDS, mutation });
  const words = countWords(text);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    form.submit({ text, source: 'paste' }, (result) => {
      setText('');
      setNotice(
        result.items.every((item) => item.duplicate)
          ? 'You had already added this sample, so nothing changed.'
          : 'Sample added. Your voice profile has been updated.',
      );
    });
  }

  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} className="space-y-4" aria-label="Paste a sample">
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <TextAreaField
        label="Something you wrote"
        rows={7}
        maxLength={VOICE_TEXT_MAX_CHARS}
        placeholder="Paste a LinkedIn post, a newsletter paragraph, an email you are proud of…"
        hint={counterHint(words)}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setNotice(null);
        }}
        error={form.fieldErrors.text}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" pending={form.pending} pendingLabel="Adding…">
          Add sample
        </Button>
        <LiveMessage tone="success" message={notice} />
      </div>
    </form>
  );
}
