// The auth context's shape and its consumer hook, kept apart from the provider component.
import type { LoginInput, RegisterInput, User } from '@brandwright/contracts';
import { createContext, useContext } from 'react';
import type { SessionSnapshot } from '../api/session';

export interface AuthContextValue extends SessionSnapshot {
  login: (input: LoginInput) => Promise<User>;
  register: (input: RegisterInput) => Promise<User>;
  logout: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
