// The profile editor on /settings: holds the draft, PATCHes only changed fields, shows server
// field errors beside their fields and announces success politely.
import { type User, updateProfileSchema } from '@brandwright/contracts';
import { type FormEvent, useCallback, useState } from 'react';
import { LiveMessage } from '../../components/Alert';
import { Button } from '../../components/Button';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useUpdateProfile } from '../../queries/users';
import { AboutFields, type ChangeField, PreferenceFields } from './ProfileFields';
import { PROFILE_FIELDS, type ProfileValues, toPatch, toValues } from './profileValues';

const SAVED = 'Profile saved.';

export function ProfileForm({ user }: { user: User }) {
  const [values, setValues] = useState<ProfileValues>(() => toValues(user.profile));
  const [notice, setNotice] = useState<string | null>(null);
  const mutation = useUpdateProfile();
  const form = useFormSubmit({ schema: updateProfileSchema, fields: PROFILE_FIELDS, mutation });

  const change = useCallback<ChangeField>((key, value) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setNotice(null);
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const patch = toPatch(values, user.profile);
    if (Object.keys(patch).length === 0) {
      setNotice('No changes to save.');
      return;
    }
    form.submit(patch, (saved) => {
      // The server may normalise input (trimming); show exactly what was stored.
      setValues(toValues(saved.profile));
      setNotice(SAVED);
    });
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={onSubmit}
      className="space-y-6"
      aria-labelledby="profile-heading"
    >
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <AboutFields values={values} errors={form.fieldErrors} onChange={change} />
      <PreferenceFields values={values} errors={form.fieldErrors} onChange={change} />
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
        <Button type="submit" pending={form.pending} pendingLabel="Saving…">
          Save changes
        </Button>
        <LiveMessage tone={notice === SAVED ? 'success' : 'info'} message={notice} />
      </div>
    </form>
  );
}
