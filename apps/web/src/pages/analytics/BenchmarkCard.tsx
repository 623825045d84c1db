// The peer benchmark on the analytics dashboard: the user's percentile among opted-in peers of their
// industry for last month, or, when there is none, the plain reason and what would unlock it.
import { Link } from 'react-router';
import { describeError } from '../../components/ErrorState';
import { Spinner } from '../../components/Spinner';
import { useBenchmark } from '../../queries/best-times';

export function BenchmarkCard() {
  const query = useBenchmark();
  return (
    <section aria-labelledby="benchmark" className="rounded-lg border border-slate-200 p-4">
      <h3 id="benchmark" className="text-base font-semibold text-slate-900">
        Among your peers
      </h3>
      {query.isPending && <Spinner size="sm" />}
      {query.isError && <p className="text-sm text-rose-800">{describeError(query.error)}</p>}
      {query.data?.available === true && (
        <p className="text-sm text-slate-700">
          In {query.data.month} your engagement rate (per impression) was higher than{' '}
          <strong>{query.data.percentile} %</strong> of {query.data.peers - 1} opted-in peers in{' '}
          {query.data.industry}. No one’s individual figures are shown, yours included, to anyone else.
        </p>
      )}
      {query.data?.available === false && (
        <p className="text-sm text-slate-700">
          {query.data.message}{' '}
          {query.data.reason === 'not opted in' || query.data.reason === 'no industry set' ? (
            <Link to="/settings" className="text-indigo-800 underline">
              Open settings
            </Link>
          ) : null}
        </p>
      )}
    </section>
  );
}
