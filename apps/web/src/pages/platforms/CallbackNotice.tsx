// What the OAuth callback reported (?connected=x or ?platform=x&error=code), said clearly at the top
// of the page until dismissed or replaced by a newer message. The words come from the contracts, shared with the server's own page.
import {
  CALLBACK_ERROR_MESSAGES,
  callbackErrorCodeSchema,
  type PlatformConnection,
  platformSchema,
} from '@brandwright/contracts';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/Alert';

function nameOf(platform: string | null, connections: PlatformConnection[]): string {
  const parsed = platformSchema.safeParse(platform);
  return (
    (parsed.success && connections.find((c) => c.platform === parsed.data)?.displayName) || 'The platform'
  );
}

export function CallbackNotice({ connections }: { connections: PlatformConnection[] }) {
  const [params, setParams] = useSearchParams();
  const connected = params.get('connected');
  const error = params.get('error');
  if (!connected && !error) return null;
  const dismiss = () => setParams({}, { replace: true });
  const code = callbackErrorCodeSchema.safeParse(error);
  return connected ? (
    <Alert tone="success" title={`${nameOf(connected, connections)} connected`} onDismiss={dismiss}>
      You can publish there now.
    </Alert>
  ) : (
    <Alert
      tone="error"
      title={`${nameOf(params.get('platform'), connections)} was not connected`}
      onDismiss={dismiss}
    >
      {code.success
        ? CALLBACK_ERROR_MESSAGES[code.data]
        : 'Something went wrong while connecting. Start the connection again.'}
    </Alert>
  );
}
