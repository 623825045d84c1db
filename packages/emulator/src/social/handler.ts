// The signature of an emulated platform's request handler (kept apart from the router so that
// platforms and the router do not import each other).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SocialState } from './state.js';

/** `path` is the request path on the platform's origin ("/2/tweets"). Returns false when nothing matched. */
export type PlatformHandler = (
  state: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  url: URL,
) => Promise<boolean>;
