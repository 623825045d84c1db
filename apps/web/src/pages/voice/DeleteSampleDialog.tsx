// Confirmation before a sample is deleted; the profile is re-learned without it.
import type { VoiceSample } from '@brandwright/contracts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { useDeleteSample } from '../../queries/voice';
import { preview } from './format';

interface DeleteSampleDialogProps {
  sample: VoiceSample | null;
  mutation: ReturnType<typeof useDeleteSample>;
  onClose: () => void;
  onDeleted: () => void;
}

export function DeleteSampleDialog({ sample, mutation, onClose, onDeleted }: DeleteSampleDialogProps) {
  return (
    <ConfirmDialog
      open={sample !== null}
      onClose={onClose}
      title="Delete this sample?"
      action={mutation}
      confirmLabel="Delete sample"
      pendingLabel="Deleting…"
      onConfirm={() => sample && mutation.mutate(sample.id, { onSuccess: onDeleted })}
    >
      <blockquote className="border-l-4 border-slate-200 pl-3 text-sm text-slate-600 italic">
        {preview(sample?.text ?? '', 160)}
      </blockquote>
      <p className="text-sm text-slate-700">
        Brandwright will stop learning from it and update your voice profile. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
