// `/brand/strategy`: view and edit the brand strategy section by section. Each section saves on its
// own (PATCH with If-Match), so one long form never loses everything to one mistake.
import type { StoredStrategy } from '@brandwright/contracts';
import { ButtonLink } from '../../../components/Button';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoader } from '../../../components/Spinner';
import { formatDateTime } from '../../../lib/dates';
import { useStrategy } from '../../../queries/brand';
import { EmptyBrandState } from '../EmptyBrandState';
import { StrategySource } from '../StrategySource';
import { GoalsSection } from './GoalsSection';
import { PersonasSection } from './PersonasSection';
import { PillarsSection } from './PillarsSection';
import { ValuePropositionSection } from './ValuePropositionSection';
import { VersionHistory } from './VersionHistory';

export function StrategyPage() {
  const query = useStrategy();
  return (
    <div className="space-y-8">
      <title>Brand strategy · Brandwright</title>
      {query.isPending ? (
        <PageLoader label="Loading your strategy…" />
      ) : query.isError ? (
        <>
          <StrategyHeading />
          <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        </>
      ) : query.data ? (
        <StrategyView stored={query.data} />
      ) : (
        <>
          <StrategyHeading />
          <EmptyBrandState
            title="No strategy yet"
            text="Answer a few questions and Brandwright writes a first strategy for you to refine here."
          />
        </>
      )}
    </div>
  );
}

function StrategyHeading({ stored }: { stored?: StoredStrategy }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Your brand strategy</h1>
        {stored ? (
          <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
            <span className="rounded-full bg-indigo-50 px-2.5 py-0.5 font-semibold text-indigo-800">
              Version {stored.version}
            </span>
            <StrategySource stored={stored} />
            <span aria-hidden="true">·</span>
            <span>Updated {formatDateTime(stored.updatedAt)}</span>
          </p>
        ) : (
          <p className="mt-2 text-slate-600">Your positioning, audience, themes and goals in one place.</p>
        )}
      </div>
      {stored && (
        <ButtonLink to="/brand/assessment" variant="secondary">
          View assessment
        </ButtonLink>
      )}
    </div>
  );
}

const SECTIONS = [
  { id: 'value-proposition', label: 'Value proposition' },
  { id: 'personas', label: 'Target audience' },
  { id: 'pillars', label: 'Content pillars' },
  { id: 'goals', label: 'Goals' },
  { id: 'history', label: 'Version history' },
] as const;

/** In-page links: the page is long, and each section saves on its own. */
function SectionLinks() {
  return (
    <nav aria-label="Strategy sections">
      <ul className="flex flex-wrap gap-2">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              className="inline-block rounded-full border border-slate-200 bg-white px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50 hover:text-slate-900"
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function StrategyView({ stored }: { stored: StoredStrategy }) {
  return (
    <>
      <StrategyHeading stored={stored} />
      <SectionLinks />
      <ValuePropositionSection strategy={stored} />
      <PersonasSection strategy={stored} />
      <PillarsSection strategy={stored} />
      <GoalsSection strategy={stored} />
      <VersionHistory currentVersion={stored.version} />
    </>
  );
}
