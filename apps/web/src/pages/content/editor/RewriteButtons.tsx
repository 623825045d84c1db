// The four one-click rewrites of a stored post or thread. The answer arrives as a new variant in
// the list below (with its scores, ready to Accept); while one runs the buttons wait, and a rewrite
// that could not help ("already as short as it can be") says why in words.
import { REWRITE_KINDS, type RewriteKind } from '@brandwright/contracts';
import { useState } from 'react';
import { Alert, LiveMessage } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { describeError } from '../../../components/ErrorState';
import { REWRITE_LABELS, useRewrite } from './rewrites';

interface RewriteButtonsProps {
  contentId: string;
  version: number;
}

export function RewriteButtons({ contentId, version }: RewriteButtonsProps) {
  const rewrite = useRewrite(contentId);
  const [notice, setNotice] = useState<string | null>(null);
  const run = (kind: RewriteKind) => {
    setNotice(null);
    rewrite.mutate(
      { kind, version, key: crypto.randomUUID() },
      {
        onSuccess: (result) =>
          setNotice(
            result.duplicate
              ? `${REWRITE_LABELS[kind]}: that rewrite is already variant ${result.variantIndex + 1}.`
              : `${REWRITE_LABELS[kind]}: added as variant ${result.variantIndex + 1}, with its scores.`,
          ),
      },
    );
  };
  return (
    <div className="space-y-3">
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Rewrite the saved text</legend>
        {REWRITE_KINDS.map((kind) => (
          <Button
            key={kind}
            variant="secondary"
            className="px-3 py-1.5"
            pending={rewrite.isPending && rewrite.variables.kind === kind}
            pendingLabel="Rewriting…"
            disabled={rewrite.isPending}
            onClick={() => run(kind)}
          >
            {REWRITE_LABELS[kind]}
          </Button>
        ))}
      </fieldset>
      <p className="text-xs text-slate-600">
        Rewrites start from the saved text and appear below as variants; Accept one to make it the text.
      </p>
      {rewrite.isError && (
        <Alert tone="error" onDismiss={() => rewrite.reset()}>
          {describeError(rewrite.error)}
        </Alert>
      )}
      <LiveMessage tone="success" message={notice} />
    </div>
  );
}
