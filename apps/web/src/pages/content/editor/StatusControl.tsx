// The piece's status and the changes a person makes by hand (draft ⇄ approved), as the server's
// transition table allows, and the evergreen switch (re-queued after the publishing interval);
// scheduling and publishing happen elsewhere.
import type { Content, ContentStatus } from '@brandwright/contracts';
import { Button } from '../../../components/Button';
import { describeError } from '../../../components/ErrorState';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { useUpdateContent } from '../../../queries/content';
import { STATUS_CLASSES, STATUS_LABELS } from '../labels';

const MANUAL: Partial<Record<ContentStatus, { to: ContentStatus; label: string }>> = {
  draft: { to: 'approved', label: 'Approve' },
  approved: { to: 'draft', label: 'Back to draft' },
};

export function StatusControl({ piece }: { piece: Content }) {
  const mutation = useUpdateContent(piece.id);
  const next = MANUAL[piece.status];
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm text-slate-700">
          Status:{' '}
          <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_CLASSES[piece.status]}`}>
            {STATUS_LABELS[piece.status]}
          </span>
        </span>
        {next && (
          <Button
            variant="secondary"
            className="px-3 py-1.5"
            pending={mutation.isPending}
            onClick={() => mutation.mutate({ status: next.to })}
          >
            {next.label}
          </Button>
        )}
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={piece.evergreen}
            disabled={mutation.isPending}
            onChange={(event) => mutation.mutate({ evergreen: event.target.checked })}
          />
          Evergreen{' '}
          <span className="text-slate-500">(re-queue after the interval set on the Schedule page)</span>
        </label>
      </div>
      {mutation.isError && <FormErrorAlert message={describeError(mutation.error)} details={[]} />}
    </div>
  );
}
