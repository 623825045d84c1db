// `/`: what's next (posts needing attention, connections ending, the next posts, drafts waiting)
// above the analytics dashboard once there is data; until then a welcome with the setup checklist,
// where the brand strategy stands, what is missing from the profile, and how to get numbers in.
import type { AnalyticsOverview, User } from '@brandwright/contracts';
import { lazy, Suspense } from 'react';
import { ButtonLink } from '../components/Button';
import { PageLoader } from '../components/Spinner';
import { useCurrentUser } from '../layouts/AppLayout';
import { useOverview } from '../queries/analytics';
import { AnalyticsEmptyState } from './analytics/AnalyticsEmptyState';
import { BrandStatusCard } from './brand/BrandStatusCard';
import { NextUp } from './home/NextUp';
import { SetupChecklist } from './home/SetupChecklist';
import { ThisWeek } from './home/ThisWeek';
import { useHomeSettled } from './home/useHomeSettled';

// Charts (Recharts) load only when there is something to chart, never with the sign-in pages.
const AnalyticsDashboard = lazy(() => import('./analytics/AnalyticsDashboard'));

/** Any tracked post or follower count in the default range or the one before it. */
function hasData(overview: AnalyticsOverview | undefined): boolean {
  return Boolean(overview && (overview.platforms.length > 0 || overview.totals.posts.previous > 0));
}

/** Profile fields that make later brand work better; only those still empty are listed. */
function missingProfileFields(user: User): string[] {
  const { headline, bio, industry, experienceLevel } = user.profile;
  const missing: [unknown, string][] = [
    [headline, 'a headline'],
    [bio, 'a short bio'],
    [industry, 'your industry'],
    [experienceLevel, 'your experience level'],
  ];
  return missing.filter(([value]) => !value).map(([, label]) => label);
}

function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName;
}

function ProfileNudge({ missing }: { missing: string[] }) {
  if (missing.length === 0) return null;
  return (
    <section aria-labelledby="profile-nudge" className="rounded-xl border border-indigo-200 bg-indigo-50 p-6">
      <h2 id="profile-nudge" className="text-base font-semibold text-indigo-950">
        Complete your profile
      </h2>
      <p className="mt-1 text-sm text-indigo-900">
        Add {new Intl.ListFormat('en', { type: 'conjunction' }).format(missing)} so Brandwright can tailor its
        suggestions to you.
      </p>
      <ButtonLink to="/settings" className="mt-4">
        Go to settings
      </ButtonLink>
    </section>
  );
}

function DataHome({ from }: { from: string }) {
  return (
    <div className="space-y-6">
      <Suspense fallback={<PageLoader label="Loading your analytics…" />}>
        <NextUp from={from} />
        <ThisWeek />
        <AnalyticsDashboard />
      </Suspense>
    </div>
  );
}

function WelcomeHome({ user, from }: { user: User; from: string }) {
  return (
    <div className="space-y-8">
      <SetupChecklist whenDone={<ThisWeek />} />
      <NextUp from={from} />
      <BrandStatusCard />
      <AnalyticsEmptyState />
      <ProfileNudge missing={missingProfileFields(user)} />
    </div>
  );
}

/** Needs only the signed-in user, so it paints at once: the page's largest text is not kept waiting. */
function HomeHeader({ user }: { user: User }) {
  return (
    <div>
      <title>Home · Brandwright</title>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">
        Welcome, {firstName(user.profile.fullName)}
      </h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Signed in as <span className="font-medium text-slate-800">{user.profile.fullName}</span>. Brandwright
        helps you shape and grow your professional brand, one step at a time.
      </p>
    </div>
  );
}

export function HomePage() {
  const user = useCurrentUser();
  const overview = useOverview(null);
  const home = useHomeSettled();
  const ready = !overview.isPending && home.settled;
  // The sections mount at once, hidden, so their queries join the requests in flight; mounted only
  // once everything had arrived, each would find its data stale and fetch it a second time. Until
  // the overview says otherwise the welcome is the likelier page (every new account starts there).
  // The header is outside the hidden part: below it nothing moves when the sections appear.
  return (
    <div className="space-y-8">
      <HomeHeader user={user} />
      {ready ? null : <PageLoader />}
      <div hidden={!ready}>
        {hasData(overview.data) ? (
          <DataHome from={home.from} />
        ) : (
          <WelcomeHome user={user} from={home.from} />
        )}
      </div>
    </div>
  );
}
