// Confirming a destructive action: what will happen in words, the action's error if it failed, and
// the choice (the safe one first). ConfirmBody is the content alone, for a dialog that already has
// its Modal; ConfirmDialog wraps it in one that will not close while the action runs.
import { type ReactNode, useId } from 'react';
import { Button } from './Button';
import { describeError } from './ErrorState';
import { FormErrorAlert } from './FormErrorAlert';
import { Modal } from './Modal';

/** The part of a mutation a confirmation shows. */
interface Action {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  reset(): void;
}

interface ConfirmBodyProps {
  titleId: string;
  title: ReactNode;
  children: ReactNode;
  action: Action;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmBody(props: ConfirmBodyProps) {
  const { titleId, title, children, action, confirmLabel, pendingLabel, onConfirm, onCancel } = props;
  return (
    <div className="space-y-5 p-6 sm:p-8">
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
      {action.isError && <FormErrorAlert message={describeError(action.error)} details={[]} />}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel} disabled={action.isPending}>
          {props.cancelLabel ?? 'Cancel'}
        </Button>
        <Button variant="danger" pending={action.isPending} pendingLabel={pendingLabel} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </div>
  );
}

interface ConfirmDialogProps extends Omit<ConfirmBodyProps, 'titleId' | 'onCancel'> {
  open: boolean;
  onClose: () => void;
}

export function ConfirmDialog({ open, onClose, ...body }: ConfirmDialogProps) {
  const titleId = useId();
  const close = () => {
    if (body.action.isPending) return;
    body.action.reset();
    onClose();
  };
  return (
    <Modal open={open} onClose={close} labelledBy={titleId}>
      {open && <ConfirmBody titleId={titleId} onCancel={close} {...body} />}
    </Modal>
  );
}
