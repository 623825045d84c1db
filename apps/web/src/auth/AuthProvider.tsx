// Bridges the in-memory session (api/session.ts) to React: status, sign-in actions, cache hygiene.
import type { LoginInput, RegisterInput, User } from '@brandwright/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import * as authApi from '../api/auth';
import { bootstrapSession, getSnapshot, subscribe } from '../api/session';
import { meQueryKey } from '../queries/users';
import { AuthContext, type AuthContextValue } from './AuthContext';

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const session = useSyncExternalStore(subscribe, getSnapshot);

  useEffect(() => {
    void bootstrapSession();
  }, []);

  useEffect(() => {
    // Nothing cached for one user may survive into the next user's session.
    if (session.status === 'anonymous') queryClient.clear();
  }, [session.status, queryClient]);

  const cacheUser = useCallback((user: User) => queryClient.setQueryData(meQueryKey, user), [queryClient]);
  const login = useCallback((input: LoginInput) => authApi.login(input, cacheUser), [cacheUser]);
  const register = useCallback((input: RegisterInput) => authApi.register(input, cacheUser), [cacheUser]);
  const logout = useCallback(() => authApi.logout(), []);

  const value = useMemo<AuthContextValue>(
    () => ({ ...session, login, register, logout }),
    [session, login, register, logout],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}
