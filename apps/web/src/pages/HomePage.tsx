// `/`: the analytics dashboard once there is data; until then a short welcome for the signed-in
// user, where they stand with their brand strategy, what is missing from their profile, what's next,
// and how to get numbers in.
import type { AnalyticsOverview, User } from '@brandwright/contracts';
import { lazy, Suspense } from 'react';
import { ButtonLink } from '../components/Button';
import { PageLoader } from '../components/Spinner';
import { useCurrentUser } from '../layouts/AppLayout';
import { useOverview } from '../queries/analytics';
import { AnalyticsEmptyState } from './analytics/AnalyticsEmptyState';
import { BrandStatusCard } from './brand/BrandStatusCard';

// Charts (Recharts) load only when there is something to chart, never with the sign-in pages.
const AnalyticsDashboard = lazy(() => import('./analytics/AnalyticsDashboard'));

/** Any tracked post or follower count in the default range or the one before it. */
function hasData(overview: AnalyticsOverview | undefined): boolean {
  return Boolean(overview && (overview.platforms.length > 0 || overview.totals.posts.previous > 0));
}

const ROADMAP = [
  {
    title: 'Brand strategy',
    text: 'Define who you serve, what you stand for and how you want to be known.',
    available: true,
  },
  {
    title: 'Voice',
    text: 'Capture how you write and speak so every draft sounds like you, not like a template.',
    available: true,
  },
  {
    title: 'Content',
    text: 'Plan and draft posts and articles that build on your strategy and voice.',
    available: true,
  },
] as const;

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

export function HomePage() {
  const user = useCurrentUser();
  const overview = useOverview(null);
  if (overview.isPending) return <PageLoader />;
  if (hasData(overview.data))
    return (
      <div className="space-y-6">
        <title>Home · Brandwright</title>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">
          Hello, {firstName(user.profile.fullName)}
        </h1>
        <Suspense fallback={<PageLoader label="Loading your analytics…" />}>
          <AnalyticsDashboard />
        </Suspense>
      </div>
    );
  return (
    <div className="space-y-8">
      <title>Home · Brandwright</title>
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">
          Welcome, {firstName(user.profile.fullName)}
        </h1>
        <p className="mt-2 max-w-2xl text-slate-600">
          Signed in as <span className="font-medium text-slate-800">{user.profile.fullName}</span>.
          Brandwright helps you shape and grow your professional brand, one step at a time.
        </p>
      </div>
      <BrandStatusCard />
      <AnalyticsEmptyState />
      <ProfileNudge missing={missingProfileFields(user)} />
      <section aria-labelledby="roadmap">
        <h2 id="roadmap" className="text-lg font-semibold text-slate-900">
          How Brandwright works
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Three steps, each building on the last, all available now.
        </p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {ROADMAP.map((item, index) => (
            <li key={item.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <p className="flex items-center justify-between gap-2 text-xs font-semibold tracking-wide text-indigo-700 uppercase">
                Step {index + 1}
                <span
                  className={`rounded-full px-2 py-0.5 tracking-normal normal-case ${item.available ? 'bg-emerald-50 text-emerald-800' : 'bg-slate-100 text-slate-600'}`}
                >
                  {item.available ? 'Available now' : 'Coming soon'}
                </span>
              </p>
              <h3 className="mt-1 font-semibold text-slate-900">{item.title}</h3>
              <p className="mt-2 text-sm text-slate-600">{item.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
