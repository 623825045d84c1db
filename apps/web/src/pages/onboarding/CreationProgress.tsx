// Step-by-step progress while the strategy is being created. The live region is always rendered so
// screen readers announce each phase as it starts; the checklist beside it is visual only.
import { Spinner } from '../../components/Spinner';
import type { CreationPhase } from './useCreateStrategy';

const STAGES = [
  { phase: 'saving', label: 'Saving your answers' },
  { phase: 'analysing', label: 'Analysing your answers' },
  { phase: 'writing', label: 'Writing your strategy' },
] as const satisfies readonly { phase: CreationPhase; label: string }[];

const ORDER: CreationPhase[] = ['saving', 'analysing', 'writing', 'done'];

function announcement(phase: CreationPhase): string {
  if (phase === 'done') return 'Your strategy is ready. Opening your assessment…';
  const stage = STAGES.find((s) => s.phase === phase);
  if (!stage) return '';
  // The first message also sets expectations, as the (visual) panel does.
  const intro = phase === 'saving' ? 'Creating your brand strategy; this can take up to a minute. ' : '';
  return `${intro}${stage.label}…`;
}

function StageIcon({ state }: { state: 'done' | 'current' | 'upcoming' }) {
  if (state === 'current') return <Spinner size="sm" />;
  if (state === 'done') {
    return (
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 text-emerald-700">
        <path
          fillRule="evenodd"
          d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z"
          clipRule="evenodd"
        />
      </svg>
    );
  }
  return <span className="size-4 rounded-full border-2 border-slate-300" />;
}

export function CreationProgress({ phase }: { phase: CreationPhase }) {
  const position = ORDER.indexOf(phase);
  return (
    <div>
      <p role="status" aria-atomic="true" className="sr-only">
        {phase === 'idle' ? '' : announcement(phase)}
      </p>
      {phase !== 'idle' && (
        <div aria-hidden="true" className="mb-4 rounded-xl border border-indigo-200 bg-indigo-50 px-5 py-4">
          <p className="text-sm font-semibold text-indigo-950">Creating your brand strategy</p>
          <p className="mt-1 text-sm text-indigo-900">
            This can take up to a minute. Please keep this page open.
          </p>
          <ol className="mt-3 space-y-2">
            {STAGES.map((stage, index) => {
              const state = index < position ? 'done' : index === position ? 'current' : 'upcoming';
              return (
                <li
                  key={stage.phase}
                  className={`flex items-center gap-2 text-sm ${state === 'upcoming' ? 'text-slate-500' : 'text-indigo-950'} ${state === 'current' ? 'font-semibold' : ''}`}
                >
                  <span className="flex size-5 items-center justify-center text-indigo-700">
                    <StageIcon state={state} />
                  </span>
                  {stage.label}
                  {state === 'current' ? '…' : ''}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
}
