// Confirmation for deleting the account: the user types their email, then the account is deleted
// and the session ends (the route guard then shows /login with a notice).
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { describeError } from '../../components/ErrorState';
import { TextField } from '../../components/Field';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Modal } from '../../components/Modal';
import { useDeleteAccount } from '../../queries/users';

interface DeleteAccountDialogProps {
  email: string;
  open: boolean;
  onClose: () => void;
}

export function DeleteAccountDialog({ email, open, onClose }: DeleteAccountDialogProps) {
  const titleId = useId();
  const mutation = useDeleteAccount();
  // Closing mid-request would hide the outcome of an irreversible action.
  const close = () => {
    if (mutation.isPending) return;
    mutation.reset();
    onClose();
  };
  return (
    <Modal open={open} onClose={close} labelledBy={titleId}>
      <ConfirmForm email={email} titleId={titleId} mutation={mutation} onCancel={close} />
    </Modal>
  );
}

interface ConfirmFormProps {
  email: string;
  titleId: string;
  mutation: ReturnType<typeof useDeleteAccount>;
  onCancel: () => void;
}

function ConfirmForm({ email, titleId, mutation, onCancel }: ConfirmFormProps) {
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Compare case-insensitively: emails are stored lower-cased, people type them however.
    if (typed.trim().toLowerCase() !== email.toLowerCase()) return setMismatch(true);
    mutation.mutate();
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5 p-6 sm:p-8">
      <h2 id={titleId} className="text-lg font-semibold">
        Delete your account?
      </h2>
      <p className="text-sm text-slate-700">
        This permanently deletes your account, your profile and everything you have created in Brandwright. It
        cannot be undone.
      </p>
      {mutation.isError && <FormErrorAlert message={describeError(mutation.error)} details={[]} />}
      <TextField
        label={`Type your email address (${email}) to confirm`}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setMismatch(false);
        }}
        error={mismatch ? 'That does not match your email address.' : undefined}
      />
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel} disabled={mutation.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" pending={mutation.isPending} pendingLabel="Deleting…">
          Delete account permanently
        </Button>
      </div>
    </form>
  );
}
