// Saving the editor's draft: POST with an Idempotency-Key for a new piece (a double click or a
// retried request makes one piece), PATCH with If-Match of only the changed fields otherwise.
// Autosaves say so, and the server folds them into one version per sitting. After an "Edit" of a
// generated variant, the saved text is sent as edit feedback once.
import type { Content } from '@brandwright/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { updateContent } from '../../../api/content';
import { sendGenerationFeedback } from '../../../api/generation';
import { contentKeys, useCreateContent } from '../../../queries/content';
import type { PendingEditFeedback } from '../generate/useVariantChoice';
import { changesOf, type Draft, toCreateInput } from './draft';

export type SaveOutcome =
  | { kind: 'created'; piece: Content }
  | { kind: 'saved'; piece: Content }
  | { kind: 'unchanged' };

export function useSaveDraft(piece: Content | null, editFeedback: PendingEditFeedback | null) {
  const queryClient = useQueryClient();
  const create = useCreateContent();
  // One key per new piece: every retry of this form's first save is the same request.
  const keyRef = useRef(crypto.randomUUID());
  const feedbackSent = useRef(false);

  return useMutation({
    mutationFn: async ({
      draft,
      autosave = false,
    }: {
      draft: Draft;
      autosave?: boolean;
    }): Promise<SaveOutcome> => {
      if (!piece) {
        return {
          kind: 'created',
          piece: await create.mutateAsync({ input: toCreateInput(draft), key: keyRef.current }),
        };
      }
      const patch = changesOf(piece, draft);
      if (Object.keys(patch).length === 0) return { kind: 'unchanged' };
      const current = queryClient.getQueryData<Content>(contentKeys.item(piece.id)) ?? piece;
      const saved = await updateContent(piece.id, autosave ? { ...patch, autosave } : patch, current.version);
      queryClient.setQueryData(contentKeys.item(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: contentKeys.lists });
      void queryClient.invalidateQueries({ queryKey: contentKeys.versions(saved.id) });
      if (editFeedback && !feedbackSent.current) {
        feedbackSent.current = true;
        // Feedback teaches the voice; a failure here must not make a successful save look failed.
        await sendGenerationFeedback({
          action: 'edit',
          text: saved.bodyMarkdown.slice(0, 20_000),
          platform: editFeedback.platform,
        }).catch(() => {
          feedbackSent.current = false;
        });
      }
      return { kind: 'saved', piece: saved };
    },
  });
}
