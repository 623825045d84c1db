// The router state passed to /login: where to return after signing in and why we are here.
export interface AuthRouteState {
  from?: string | undefined;
  notice?: string | undefined;
}

/** Reads untrusted history state; only same-app paths are accepted as a return target. */
export function readAuthRouteState(state: unknown): AuthRouteState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, notice } = state as Record<string, unknown>;
  return {
    from: typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined,
    notice: typeof notice === 'string' ? notice : undefined,
  };
}
