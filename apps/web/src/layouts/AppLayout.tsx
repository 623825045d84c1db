// The signed-in frame: skip link, header with navigation and account controls, and <main>.
// It also loads the current user once, so every page below can rely on it being present.
import type { User } from '@brandwright/contracts';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useOutletContext } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { BrandMark } from '../components/BrandMark';
import { Button } from '../components/Button';
import { ErrorState } from '../components/ErrorState';
import { PageLoader } from '../components/Spinner';
import { setDisplayZone } from '../lib/dates';
import { useMe } from '../queries/users';
import { ShortcutsButton } from '../shortcuts/ShortcutsButton';
import { ShortcutsProvider } from '../shortcuts/ShortcutsProvider';
import { ThemeToggle } from '../theme/ThemeToggle';
import { MobileMenu } from './MobileMenu';
import { UserBadge } from './UserBadge';

/** `sections`: path prefixes that belong to the item (onboarding is part of Brand). */
const NAV = [
  { to: '/', label: 'Home', sections: [] },
  { to: '/brand', label: 'Brand', sections: ['/brand', '/onboarding'] },
  { to: '/voice', label: 'Voice', sections: ['/voice'] },
  { to: '/content', label: 'Content', sections: ['/content'] },
  { to: '/calendar', label: 'Calendar', sections: ['/calendar'] },
  { to: '/schedule', label: 'Schedule', sections: ['/schedule'] },
  // Reports, best times and imports hang off the insights page: one item keeps the header on one line.
  { to: '/analytics/insights', label: 'Insights', sections: ['/analytics'] },
  { to: '/platforms', label: 'Platforms', sections: ['/platforms'] },
  { to: '/settings', label: 'Settings', sections: ['/settings'] },
] as const;

function isCurrent(pathname: string, item: (typeof NAV)[number]): boolean {
  if (item.to === '/') return pathname === '/';
  return item.sections.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function navClasses(isActive: boolean): string {
  const state = isActive
    ? 'bg-indigo-50 text-indigo-800'
    : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900';
  return `rounded-lg px-2.5 py-2 text-sm font-medium ${state}`;
}

/** Moves focus to <main> after client-side navigation, as a full page load would reset it. */
function useFocusMainOnNavigate() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const lastPathname = useRef(pathname);
  useEffect(() => {
    if (lastPathname.current === pathname) return;
    lastPathname.current = pathname;
    // Unless something in the new page already took focus on purpose (the `/` shortcut's search box).
    const main = mainRef.current;
    if (main && (!main.contains(document.activeElement) || document.activeElement === main)) main.focus();
  }, [pathname]);
  return mainRef;
}

function NavLinks({ pathname, vertical }: { pathname: string; vertical?: boolean }) {
  return (
    <ul className={vertical ? 'flex flex-col gap-1' : 'flex gap-0.5 whitespace-nowrap'}>
      {NAV.map((item) => (
        <li key={item.to}>
          {/* aria-current by section, not exact path: /brand/strategy is still "Brand". */}
          <Link
            to={item.to}
            aria-current={isCurrent(pathname, item) ? 'page' : undefined}
            className={`${navClasses(isCurrent(pathname, item))} ${vertical ? 'block' : ''}`}
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function AppHeader({ user }: { user: User }) {
  const { logout } = useAuth();
  const { pathname } = useLocation();
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <BrandMark className="text-lg text-slate-900" />
        {/* From 1280 px the nine links sit in the header on one line (measured: they need about 1,100 px
            with the account controls, so at 1024–1279 px they wrapped to a second line); below, they are
            behind the Menu button. */}
        <nav aria-label="Main" className="hidden xl:block">
          <NavLinks pathname={pathname} />
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <span className="flex items-center gap-1">
            <ThemeToggle />
            <ShortcutsButton />
          </span>
          <span className="hidden sm:inline">
            <UserBadge user={user} />
          </span>
          <Button variant="secondary" className="px-3 py-1.5 whitespace-nowrap" onClick={() => void logout()}>
            Log out
          </Button>
          <MobileMenu>
            <nav aria-label="Main">
              <NavLinks pathname={pathname} vertical />
            </nav>
          </MobileMenu>
        </div>
      </div>
    </header>
  );
}

export function AppLayout() {
  const me = useMe();
  const mainRef = useFocusMainOnNavigate();
  if (me.isPending) return <PageLoader label="Loading your workspace…" />;
  if (me.isError) {
    return (
      <div className="flex min-h-dvh flex-col items-center gap-8 px-4 py-16">
        <BrandMark className="text-lg text-slate-900" />
        <main id="main" className="w-full">
          <ErrorState error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />
        </main>
      </div>
    );
  }
  return (
    <ShortcutsProvider>
      <div className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-lg bg-white px-4 py-2 font-semibold text-indigo-800 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          Skip to content
        </a>
        <AppHeader user={me.data} />
        <main
          id="main"
          ref={mainRef}
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10"
        >
          <Outlet context={withDisplayZone(me.data) satisfies User} />
        </main>
      </div>
    </ShortcutsProvider>
  );
}

/** The signed-in user, provided by AppLayout to every page rendered inside it. */
/** Dates everywhere below are written in the profile's zone (set before the pages render). */
function withDisplayZone(user: User): User {
  setDisplayZone(user.profile.timezone);
  return user;
}

export function useCurrentUser(): User {
  return useOutletContext<User>();
}
