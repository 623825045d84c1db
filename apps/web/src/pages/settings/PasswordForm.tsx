// Change password on /settings: the current password, then the new one twice. The server ends every
// other session; this browser gets a new one, so the user stays signed in here.
import { changePasswordSchema } from '@brandwright/contracts';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { changePassword } from '../../api/auth';
import { LiveMessage } from '../../components/Alert';
import { Button } from '../../components/Button';
import { PasswordField } from '../../components/Field';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useFormSubmit } from '../../lib/useFormSubmit';

const FIELDS = ['currentPassword', 'newPassword'] as const;
const CHANGED = 'Password changed. Other devices and browsers were signed out.';

export function PasswordForm() {
  const [notice, setNotice] = useState<string | null>(null);
  const [mismatch, setMismatch] = useState<string | undefined>();
  const mutation = useMutation({ mutationFn: changePassword });
  const form = useFormSubmit({ schema: changePasswordSchema, fields: FIELDS, mutation });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const newPassword = String(data.get('newPassword') ?? '');
    setNotice(null);
    if (newPassword !== String(data.get('repeatPassword') ?? '')) {
      setMismatch('The two new passwords differ');
      return;
    }
    setMismatch(undefined);
    const target = event.currentTarget;
    form.submit({ currentPassword: String(data.get('currentPassword') ?? ''), newPassword }, () => {
      target.reset();
      setNotice(CHANGED);
    });
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={onSubmit}
      className="space-y-6"
      aria-labelledby="password-heading"
    >
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <div className="grid gap-6 sm:grid-cols-3">
        <PasswordField
          label="Current password"
          name="currentPassword"
          autoComplete="current-password"
          required
          error={form.fieldErrors.currentPassword}
        />
        <PasswordField
          label="New password"
          name="newPassword"
          autoComplete="new-password"
          hint="At least 10 characters."
          required
          error={form.fieldErrors.newPassword}
        />
        <PasswordField
          label="Repeat the new password"
          name="repeatPassword"
          autoComplete="new-password"
          required
          error={mismatch}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" pending={form.pending} pendingLabel="Changing…">
          Change password
        </Button>
        <LiveMessage tone="success" message={notice} />
      </div>
    </form>
  );
}
