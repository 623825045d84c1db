// The variants of a piece: those it was generated from (a calendar entry's draft, or one from the
// generate panel) and its one-click rewrites, with their scores. Accepting one makes it the piece's
// text as a new version, and teaches the voice profile. Posts and threads get the rewrite buttons;
// other pieces written by hand have no variants, and the section is not shown for them.
import type { Content, GeneratedDraft, StoredVariant } from '@brandwright/contracts';
import { useEffect, useId, useRef } from 'react';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorState } from '../../../components/ErrorState';
import { ExpandableText } from '../../../components/ExpandableText';
import { useDecideDraft, useGeneratedDraft } from '../../../queries/content';
import { ScoreMeters } from '../generate/VariantScores';
import { RewriteButtons } from './RewriteButtons';
import { REWRITE_LABELS } from './rewrites';

interface DraftVariantsProps {
  piece: Content;
  /** Called once the accepted text is the piece's, so the editor starts over from it. */
  onAccepted: () => void;
}

function decisionText(draft: GeneratedDraft | null): string {
  if (!draft) return 'No variants yet: ask for a rewrite of the saved text.';
  const { decision } = draft;
  if (decision?.action === 'accept' && decision.variantIndex !== null)
    return `You accepted variant ${decision.variantIndex + 1}: it is the draft's text (earlier text is in the history).`;
  if (decision?.action === 'edit')
    return 'You edited the generated text; the variants are here for reference.';
  if (draft.variants[0]?.rewrite)
    return 'Accept a variant to make it the text; the current text stays in the history.';
  return 'The draft starts from variant 1. Accept another to make it the text; the current text stays in the history.';
}

const rewritable = (piece: Content) => piece.type === 'post' || piece.type === 'thread';

export function DraftVariants({ piece, onAccepted }: DraftVariantsProps) {
  const query = useGeneratedDraft(piece.id);
  const decide = useDecideDraft(piece.id);
  const headingId = useId();
  if (query.isPending || (query.data === null && !rewritable(piece))) return null;
  if (query.isError)
    return (
      <ErrorState
        title="We could not load the generated variants"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const draft = query.data;
  const accepted = draft?.decision?.action === 'accept' ? draft.decision.variantIndex : null;
  const accept = (index: number) =>
    decide.mutate({ action: 'accept', variantIndex: index }, { onSuccess: onAccepted });
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div>
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {draft?.variants.some((v) => !v.rewrite) ? 'Generated variants' : 'Variants'}
        </h2>
        <p role="status" className="mt-1 text-sm text-slate-600">
          {decisionText(draft)}
        </p>
      </div>
      {rewritable(piece) && <RewriteButtons contentId={piece.id} version={piece.version} />}
      {decide.error && <Alert tone="error">{decide.error.message}</Alert>}
      <div className="grid gap-4 lg:grid-cols-3">
        {(draft?.variants ?? []).map((variant, index) => (
          <StoredVariantCard
            // Variants never change once stored: the index is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: stored variants are fixed and ordered
            key={index}
            index={index}
            variant={variant}
            accepted={accepted === index}
            pending={decide.isPending && decide.variables.variantIndex === index}
            disabled={decide.isPending}
            onAccept={() => accept(index)}
          />
        ))}
      </div>
    </section>
  );
}

interface StoredVariantCardProps {
  index: number;
  variant: StoredVariant;
  accepted: boolean;
  pending: boolean;
  disabled: boolean;
  onAccept: () => void;
}

/**
 * Accepting replaces the Accept button with the mark; focus moves to the mark, not to the page
 * body, when this card has just been accepted (the button had focus).
 */
function useFocusWhenAccepted(accepted: boolean) {
  const ref = useRef<HTMLParagraphElement>(null);
  const wasAccepted = useRef(accepted);
  useEffect(() => {
    if (accepted && !wasAccepted.current) ref.current?.focus();
    wasAccepted.current = accepted;
  }, [accepted]);
  return ref;
}

function StoredVariantCard({
  index,
  variant,
  accepted,
  pending,
  disabled,
  onAccept,
}: StoredVariantCardProps) {
  const headingId = useId();
  const mark = useFocusWhenAccepted(accepted);
  const text = variant.parts && variant.parts.length > 1 ? variant.parts.join('\n\n') : variant.body;
  return (
    <article
      aria-labelledby={headingId}
      className={`flex flex-col gap-3 rounded-lg border p-4 ${accepted ? 'border-emerald-500 ring-2 ring-emerald-500' : 'border-slate-200'}`}
    >
      <h3 id={headingId} className="font-semibold text-slate-900">
        Variant {index + 1}
        {variant.rewrite ? ` · ${REWRITE_LABELS[variant.rewrite.kind]}` : ''}
        {variant.title ? `: ${variant.title}` : ''}
        {accepted && <span className="sr-only"> (accepted)</span>}
      </h3>
      <ExpandableText
        text={text}
        className="rounded-lg bg-slate-50 p-3 text-sm whitespace-pre-wrap text-slate-800"
      />
      <div className="space-y-3">
        <ScoreMeters scores={variant.scores} />
      </div>
      {accepted ? (
        <p
          ref={mark}
          tabIndex={-1}
          className="self-start rounded-full bg-emerald-50 px-3 py-1 text-sm font-semibold text-emerald-800 ring-1 ring-emerald-300"
        >
          <span aria-hidden="true">✓ </span>Accepted: this is the draft’s text
        </p>
      ) : (
        <Button
          variant="secondary"
          className="self-start"
          pending={pending}
          disabled={disabled}
          onClick={onAccept}
        >
          Accept<span className="sr-only"> variant {index + 1}</span>
        </Button>
      )}
    </article>
  );
}
