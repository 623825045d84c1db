// One-click rewrites of the stored text (POST /content/:id/rewrites): the request, its labels, and
// the mutation that refreshes the draft's variants when a rewrite lands. Each click carries its own
// Idempotency-Key, so a retried request adds one variant, and If-Match, so a rewrite never starts
// from a version the writer is no longer looking at.
import { type RewriteKind, type RewriteResult, rewriteResultSchema } from '@brandwright/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authedJson } from '../../../api/client';
import { contentKeys } from '../../../queries/content';

export const REWRITE_LABELS: Record<RewriteKind, string> = {
  shorter: 'Shorter',
  new_hook: 'New hook',
  more_like_me: 'More like me',
  more_formal: 'More formal',
};

export function requestRewrite(
  contentId: string,
  kind: RewriteKind,
  version: number,
  key: string,
): Promise<RewriteResult> {
  return authedJson(`/content/${encodeURIComponent(contentId)}/rewrites`, rewriteResultSchema, {
    method: 'POST',
    body: { kind },
    headers: { 'idempotency-key': key, 'if-match': `"v${version}"` },
  });
}

export function useRewrite(contentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, version, key }: { kind: RewriteKind; version: number; key: string }) =>
      requestRewrite(contentId, kind, version, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKeys.variants(contentId) }),
  });
}
