// One generated variant: its text (thread parts numbered), scores with reasons, what was adjusted
// to fit the platform, and the choices: accept, edit, or reject with an optional reason.
import type { GeneratedVariant } from '@brandwright/contracts';
import { useId, useState } from 'react';
import { Button } from '../../../components/Button';
import { ExpandableText } from '../../../components/ExpandableText';
import { TextField } from '../../../components/Field';
import { useTemplateName } from '../templateNames';
import { VariantScores } from './VariantScores';

export type VariantChoice = 'accept' | 'edit' | 'reject';

interface VariantCardProps {
  index: number;
  variant: GeneratedVariant;
  /** False until the stream is done and the draft is stored: there is nothing to open yet. */
  ready: boolean;
  busy: VariantChoice | null;
  rejected: boolean;
  onChoose: (choice: VariantChoice, reason?: string) => void;
}

function VariantText({ variant }: { variant: GeneratedVariant }) {
  if (variant.parts && variant.parts.length > 1)
    return (
      <ol className="space-y-2 text-sm whitespace-pre-wrap text-slate-800">
        {variant.parts.map((part) => (
          <li key={part} className="rounded-lg bg-slate-50 p-3">
            {part}
          </li>
        ))}
      </ol>
    );
  return (
    <ExpandableText
      text={variant.body}
      className="rounded-lg bg-slate-50 p-3 text-sm whitespace-pre-wrap text-slate-800"
    />
  );
}

export function VariantCard({ index, variant, ready, busy, rejected, onChoose }: VariantCardProps) {
  const headingId = useId();
  const templateName = useTemplateName();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="font-semibold text-slate-900">
          Variant {index + 1}
          {variant.title ? `: ${variant.title}` : ''}
        </h3>
        <span className="text-xs text-slate-600">Template: {templateName(variant.template)}</span>
      </header>
      <VariantText variant={variant} />
      {variant.adjustments.length > 0 && (
        <p className="text-xs text-slate-600">Adjusted to fit: {variant.adjustments.join('; ')}</p>
      )}
      <VariantScores variant={variant} />
      {rejected ? (
        <p role="status" className="text-sm font-medium text-slate-600">
          Rejected. Thanks — Brandwright learns from this.
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button
            disabled={!ready || busy !== null}
            pending={busy === 'accept'}
            onClick={() => onChoose('accept')}
          >
            Accept<span className="sr-only"> variant {index + 1}</span>
          </Button>
          <Button
            variant="secondary"
            disabled={!ready || busy !== null}
            pending={busy === 'edit'}
            onClick={() => onChoose('edit')}
          >
            Edit<span className="sr-only"> variant {index + 1}</span>
          </Button>
          <Button
            variant="ghost"
            disabled={busy !== null}
            aria-expanded={rejecting}
            onClick={() => setRejecting((r) => !r)}
          >
            Reject<span className="sr-only"> variant {index + 1}</span>
          </Button>
        </div>
      )}
      {rejecting && !rejected && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            onChoose('reject', reason.trim() || undefined);
          }}
        >
          <div className="min-w-60 flex-1">
            <TextField
              label="Why not this one?"
              optional
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
              autoFocus
            />
          </div>
          <Button type="submit" variant="danger" pending={busy === 'reject'}>
            Confirm rejection
          </Button>
        </form>
      )}
    </article>
  );
}
