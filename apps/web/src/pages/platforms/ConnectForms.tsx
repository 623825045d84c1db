// How each platform is connected: a button that leaves for the platform's consent page (LinkedIn, X),
// the Mastodon instance form (then consent on the instance), and the forms that take a secret
// directly (Bluesky app password, Medium integration token). Sandbox platforms say what works there.
import {
  type BlueskyConnect,
  blueskyConnectSchema,
  type MastodonConnect,
  type MediumConnect,
  mastodonConnectSchema,
  mediumConnectSchema,
  type PlatformConnection,
} from '@brandwright/contracts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/Button';
import { describeError } from '../../components/ErrorState';
import { PasswordField, TextField } from '../../components/Field';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useConnectPlatform } from '../../queries/platforms';

interface ConnectProps {
  connection: PlatformConnection;
  /** Called after a direct connect succeeded (OAuth connects leave the page instead). */
  onConnected: (message: string) => void;
}

const verb = (connection: PlatformConnection) => (connection.connected ? 'Reconnect' : 'Connect');

export function OAuthConnectButton({ connection }: Pick<ConnectProps, 'connection'>) {
  const mutation = useConnectPlatform(connection.platform);
  const name = connection.displayName;
  return (
    <div className="space-y-3">
      {mutation.isError && <FormErrorAlert message={describeError(mutation.error)} details={[]} />}
      <Button
        variant={connection.connected ? 'secondary' : 'primary'}
        pending={mutation.isPending || mutation.isSuccess}
        pendingLabel={`Opening ${name}…`}
        onClick={() => mutation.mutate({})}
      >
        {verb(connection)} {name}
      </Button>
    </div>
  );
}

export function MastodonConnectForm({ connection }: Pick<ConnectProps, 'connection'>) {
  const [instanceUrl, setInstanceUrl] = useState(connection.account?.serverUrl ?? '');
  const mutation = useConnectPlatform<MastodonConnect>('mastodon');
  const form = useFormSubmit({ schema: mastodonConnectSchema, fields: ['instanceUrl'], mutation });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    form.submit({ instanceUrl });
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={onSubmit}
      className="space-y-3"
      aria-label="Connect Mastodon"
    >
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <TextField
        label="Your Mastodon instance"
        placeholder="mastodon.social"
        autoComplete="url"
        value={instanceUrl}
        onChange={(e) => setInstanceUrl(e.target.value)}
        error={form.fieldErrors.instanceUrl}
        hint={
          connection.sandbox
            ? 'Sandbox: any instance name works; it opens an emulated instance of that name.'
            : 'The server your account is on, such as mastodon.social. You will approve Brandwright there.'
        }
      />
      <Button
        type="submit"
        pending={form.pending || mutation.isSuccess}
        pendingLabel="Opening your instance…"
      >
        {verb(connection)} Mastodon
      </Button>
    </form>
  );
}

export function BlueskyConnectForm({ connection, onConnected }: ConnectProps) {
  const [values, setValues] = useState<BlueskyConnect>({
    handle: connection.account?.handle ?? '',
    appPassword: '',
  });
  const mutation = useConnectPlatform<BlueskyConnect>('bluesky');
  const form = useFormSubmit({ schema: blueskyConnectSchema, fields: ['handle', 'appPassword'], mutation });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(values, () => {
      setValues((v) => ({ ...v, appPassword: '' }));
      onConnected('Bluesky connected.');
    });
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={onSubmit}
      className="space-y-3"
      aria-label="Connect Bluesky"
    >
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <TextField
        label="Bluesky handle"
        placeholder="alice.bsky.social"
        autoComplete="username"
        value={values.handle}
        onChange={(e) => setValues((v) => ({ ...v, handle: e.target.value }))}
        error={form.fieldErrors.handle}
      />
      <PasswordField
        label="App password"
        placeholder="xxxx-xxxx-xxxx-xxxx"
        autoComplete="off"
        value={values.appPassword}
        onChange={(e) => setValues((v) => ({ ...v, appPassword: e.target.value }))}
        error={form.fieldErrors.appPassword}
        hint={
          connection.sandbox
            ? 'Sandbox: the first time, any app password in the form xxxx-xxxx-xxxx-xxxx works for a new handle.'
            : 'Create one in Bluesky under Settings → Privacy and security → App passwords. Never use your main password.'
        }
      />
      <Button type="submit" pending={form.pending} pendingLabel="Connecting…">
        {verb(connection)} Bluesky
      </Button>
    </form>
  );
}

export function MediumConnectForm({ connection, onConnected }: ConnectProps) {
  const [integrationToken, setToken] = useState('');
  const mutation = useConnectPlatform<MediumConnect>('medium');
  const form = useFormSubmit({ schema: mediumConnectSchema, fields: ['integrationToken'], mutation });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    form.submit({ integrationToken }, () => {
      setToken('');
      onConnected('Medium connected.');
    });
  };
  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} className="space-y-3" aria-label="Connect Medium">
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <PasswordField
        label="Integration token"
        autoComplete="off"
        value={integrationToken}
        onChange={(e) => setToken(e.target.value)}
        error={form.fieldErrors.integrationToken}
        hint={
          connection.sandbox
            ? 'Sandbox: any token that starts with "sandbox-" works, such as sandbox-my-token.'
            : 'From Medium’s settings (Security and apps → Integration tokens). Medium no longer issues new ones.'
        }
      />
      <Button type="submit" pending={form.pending} pendingLabel="Connecting…">
        {verb(connection)} Medium
      </Button>
    </form>
  );
}
