// The irreversible actions on /settings, kept visually apart from everyday settings.
import { useState } from 'react';
import { Button } from '../../components/Button';
import { DeleteAccountDialog } from './DeleteAccountDialog';

export function DangerZone({ email }: { email: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="danger-heading" className="rounded-xl border border-red-200 bg-white shadow-sm">
      <div className="border-b border-red-200 px-6 py-4">
        <h2 id="danger-heading" className="text-base font-semibold text-red-800">
          Danger zone
        </h2>
      </div>
      <div className="flex flex-col gap-4 px-6 py-5 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Delete account</h3>
          <p className="mt-1 text-sm text-slate-600">
            Permanently remove your account and all of its data. You will be signed out.
          </p>
        </div>
        <Button variant="danger" className="shrink-0" onClick={() => setOpen(true)} aria-haspopup="dialog">
          Delete account
        </Button>
      </div>
      <DeleteAccountDialog email={email} open={open} onClose={() => setOpen(false)} />
    </section>
  );
}
