// What happens when the user picks a variant. The server stores the first variant as the draft.
// Accept is the draft's decision (the server puts the variant in place and learns from it); Edit
// first replaces the draft's text with the variant (a new version, noted as the choice) and records
// feedback when the edited text is saved (see the editor).
import type { GeneratedVariant, GenerateResult, Platform } from '@brandwright/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { updateContent } from '../../../api/content';
import { decideDraft, sendGenerationFeedback } from '../../../api/generation';
import type { VariantChoice } from './VariantCard';

/** Passed to the editor in the navigation state after "Edit": feedback to send on the next save. */
export interface PendingEditFeedback {
  platform: Platform;
}

export function variantText(variant: GeneratedVariant): string {
  return variant.parts && variant.parts.length > 0 ? variant.parts.join('\n\n') : variant.body;
}

async function chooseVariantAsDraft(result: GenerateResult, index: number, contentId: string): Promise<void> {
  const variant = result.variants[index];
  if (index === 0 || !variant) return;
  const article = result.type === 'article';
  // The draft was just created from variant 1, so it is still version 1.
  await updateContent(
    contentId,
    {
      body: variantText(variant),
      ...(article ? { bodyFormat: 'markdown' as const } : {}),
      ...(article && variant.title ? { title: variant.title } : {}),
      changeNote: `Chose variant ${index + 1}`,
    },
    1,
  );
}

export function useVariantChoice(result: GenerateResult | null) {
  const navigate = useNavigate();
  const [rejected, setRejected] = useState<ReadonlySet<number>>(new Set());
  const mutation = useMutation({
    mutationFn: async ({
      index,
      choice,
      reason,
    }: {
      index: number;
      choice: VariantChoice;
      reason?: string;
    }) => {
      const variant = result?.variants[index];
      if (!result || !variant) throw new Error('No variant');
      const feedback = { text: variantText(variant), platform: result.platform };
      if (choice === 'reject') {
        await sendGenerationFeedback({ action: 'reject', ...feedback, ...(reason ? { reason } : {}) });
        setRejected((set) => new Set(set).add(index));
        return;
      }
      const contentId = result.contentId;
      if (!contentId) throw new Error('The draft was not stored');
      // Accepting is the draft's decision: the server makes the variant the text, teaches the voice
      // and remembers which one was accepted, so the editor marks it.
      if (choice === 'accept') await decideDraft(contentId, { action: 'accept', variantIndex: index });
      else await chooseVariantAsDraft(result, index, contentId);
      const state = choice === 'edit' ? { editFeedback: { platform: result.platform } } : undefined;
      await navigate(`/content/${contentId}`, { state });
    },
  });
  const busy = (index: number): VariantChoice | null =>
    mutation.isPending && mutation.variables.index === index ? mutation.variables.choice : null;
  return { mutation, busy, rejected };
}
