// What to do when there are no numbers yet: connect a platform, publish, or import past posts.
import { ButtonLink } from '../../components/Button';

export function AnalyticsEmptyState({ title = 'No analytics yet' }: { title?: string }) {
  return (
    <section
      aria-labelledby="analytics-empty"
      className="rounded-xl border border-dashed border-slate-300 bg-white p-6"
    >
      <h2 id="analytics-empty" className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-slate-600">
        Numbers appear here once Brandwright has posts to follow: connect a platform (its recent posts are
        brought in), publish from Brandwright (metrics are fetched about 1 hour, 6 hours, a day, 3 days, a
        week and a month after), or import your past posts from a CSV file or an X archive.
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <ButtonLink to="/platforms">Connect a platform</ButtonLink>
        <ButtonLink to="/content" variant="secondary">
          Write and publish
        </ButtonLink>
        <ButtonLink to="/analytics/import" variant="secondary">
          Import past posts
        </ButtonLink>
      </div>
    </section>
  );
}
