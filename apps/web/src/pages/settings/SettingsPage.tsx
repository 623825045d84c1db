// `/settings`: the user's profile, account controls and appearance (theme).
import { useCurrentUser } from '../../layouts/AppLayout';
import { AppearanceSettings } from '../../theme/AppearanceSettings';
import { AvatarUpload } from './AvatarUpload';
import { DangerZone } from './DangerZone';
import { FeedsSettings } from './FeedsSettings';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';

export function SettingsPage() {
  const user = useCurrentUser();
  return (
    <div className="space-y-8">
      <title>Settings · Brandwright</title>
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Settings</h1>
        <p className="mt-2 text-slate-600">Manage your profile and account.</p>
      </div>
      <section
        aria-labelledby="profile-heading"
        className="rounded-xl border border-slate-200 bg-white shadow-sm"
      >
        <div className="border-b border-slate-200 px-6 py-4">
          <h2 id="profile-heading" className="text-base font-semibold text-slate-900">
            Profile
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Brandwright uses this to tailor strategy and content to you. Signed in as {user.email}.
          </p>
        </div>
        <div className="space-y-6 px-6 py-6">
          <AvatarUpload user={user} />
          {/* Keyed by user id so a different account never inherits unsaved edits. */}
          <ProfileForm key={user.id} user={user} />
        </div>
      </section>
      <section
        aria-labelledby="password-heading"
        className="rounded-xl border border-slate-200 bg-white shadow-sm"
      >
        <div className="border-b border-slate-200 px-6 py-4">
          <h2 id="password-heading" className="text-base font-semibold text-slate-900">
            Password
          </h2>
          <p className="mt-1 text-sm text-slate-600">Changing it signs you out everywhere else.</p>
        </div>
        <div className="px-6 py-6">
          <PasswordForm />
        </div>
      </section>
      <AppearanceSettings />
      <FeedsSettings />
      <DangerZone email={user.email} />
    </div>
  );
}
