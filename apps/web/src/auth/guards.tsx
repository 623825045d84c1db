// Route guards: app routes need a session, /login and /register need its absence.
import { Navigate, Outlet, useLocation } from 'react-router';
import type { EndReason } from '../api/session';
import { PageLoader } from '../components/Spinner';
import { useAuth } from './AuthContext';
import { type AuthRouteState, readAuthRouteState } from './routeState';

const NOTICES: Record<Exclude<EndReason, null>, string> = {
  logout: 'You have been signed out.',
  expired: 'Your session has expired. Please sign in again.',
  deleted: 'Your account and its data have been deleted.',
};

export function RequireAuth() {
  const { status, endReason } = useAuth();
  const location = useLocation();
  if (status === 'unknown') return <PageLoader label="Restoring your session…" />;
  if (status === 'anonymous') {
    const state: AuthRouteState = { from: `${location.pathname}${location.search}` };
    if (endReason) state.notice = NOTICES[endReason];
    // Deliberate sign-outs start fresh at home next time rather than where the user left.
    if (endReason === 'logout' || endReason === 'deleted') state.from = undefined;
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}

export function GuestOnly() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'unknown') return <PageLoader label="Restoring your session…" />;
  if (status === 'authenticated') {
    return <Navigate to={readAuthRouteState(location.state).from ?? '/'} replace />;
  }
  return <Outlet />;
}
