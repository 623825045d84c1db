// What a new user sees before they have any content: the next step, and what would make generated
// drafts better (a strategy for pillars, writing samples for the voice) when those are missing.
import { Link } from 'react-router';
import { ButtonLink } from '../../components/Button';
import { useStrategy } from '../../queries/brand';
import { useVoiceProfile } from '../../queries/voice';

export function ContentEmptyState() {
  const strategy = useStrategy();
  const voice = useVoiceProfile();
  const noStrategy = strategy.isSuccess && strategy.data === null;
  const untrained = voice.isSuccess && !voice.data.trained;
  return (
    <section
      aria-labelledby="content-empty"
      className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center"
    >
      <h2 id="content-empty" className="text-lg font-semibold text-slate-900">
        No content yet
      </h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
        Brandwright writes drafts in your voice, scores them, and keeps every version. Start with one post.
      </p>
      <ButtonLink to="/content/new" className="mt-5">
        Generate your first post
      </ButtonLink>
      {(noStrategy || untrained) && (
        <ul className="mx-auto mt-6 max-w-md space-y-2 text-left text-sm text-slate-700">
          {noStrategy && (
            <li>
              Drafts follow your content pillars once you have a strategy.{' '}
              <Link to="/onboarding" className="font-medium text-indigo-800 underline">
                Create your brand strategy
              </Link>
            </li>
          )}
          {untrained && (
            <li>
              Drafts sound like you once Brandwright has read your writing.{' '}
              <Link to="/voice" className="font-medium text-indigo-800 underline">
                Add writing samples
              </Link>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
