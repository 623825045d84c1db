// What a new user sees on an empty schedule: the steps to a first published post, with the ones
// still to do (a connected platform, a piece of content, posting slots) linked.
import { Link } from 'react-router';
import { ButtonLink } from '../../components/Button';
import { usePlatforms } from '../../queries/platforms';
import { useSlots } from '../../queries/publishing';

export function ScheduleEmptyState() {
  const platforms = usePlatforms();
  const slots = useSlots();
  const noPlatform = platforms.isSuccess && platforms.data.every((c) => !c.connected);
  const noSlots = slots.isSuccess && slots.data.length === 0;
  return (
    <section
      aria-labelledby="schedule-empty"
      className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center"
    >
      <h2 id="schedule-empty" className="text-lg font-semibold text-slate-900">
        Nothing scheduled yet
      </h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
        Open a piece of content and choose <strong>Schedule…</strong>: publish it now, pick a time, or add it
        to your queue. It shows up here, and links to the live post once it is out.
      </p>
      <ButtonLink to="/content" className="mt-5">
        Go to your content
      </ButtonLink>
      {(noPlatform || noSlots) && (
        <ul className="mx-auto mt-6 max-w-md space-y-2 text-left text-sm text-slate-700">
          {noPlatform && (
            <li>
              Brandwright publishes to the accounts you connect.{' '}
              <Link to="/platforms" className="font-medium text-indigo-800 underline">
                Connect a platform
              </Link>
            </li>
          )}
          {noSlots && (
            <li>
              The queue posts at the times you choose each week.{' '}
              <Link to="/schedule/settings" className="font-medium text-indigo-800 underline">
                Set up posting slots
              </Link>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
