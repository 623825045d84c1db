// The wizard's progress: "Step N of M" plus the list of steps, the current one marked with
// aria-current="step". Steps already reached are buttons, so people can go back to any of them.
import type { Questionnaire } from '@brandwright/contracts';

type StepState = 'done' | 'current' | 'upcoming';

interface StepProgressProps {
  steps: Questionnaire['steps'];
  current: number;
  /** Furthest step reached; steps up to it can be revisited. */
  reached: number;
  disabled: boolean;
  onSelect: (index: number) => void;
}

export function StepProgress({ steps, current, reached, disabled, onSelect }: StepProgressProps) {
  const percent = Math.round(((current + 1) / steps.length) * 100);
  return (
    <nav aria-label="Onboarding progress" className="space-y-3">
      <p className="text-sm font-medium text-slate-700">
        Step {current + 1} of {steps.length}
      </p>
      <div aria-hidden="true" className="h-1.5 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-indigo-700 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <ol className="flex flex-wrap gap-x-5 gap-y-2">
        {steps.map((step, index) => (
          <li key={step.id} aria-current={index === current ? 'step' : undefined}>
            <StepLabel
              number={index + 1}
              title={step.title}
              state={index === current ? 'current' : index < reached ? 'done' : 'upcoming'}
              onSelect={index !== current && index <= reached && !disabled ? () => onSelect(index) : null}
            />
          </li>
        ))}
      </ol>
    </nav>
  );
}

function badgeClasses(state: StepState): string {
  const base = 'flex size-7 shrink-0 items-center justify-center rounded-full text-xs font-semibold';
  if (state === 'current') return `${base} bg-indigo-700 text-white`;
  if (state === 'done') return `${base} bg-indigo-100 text-indigo-800`;
  return `${base} border border-slate-300 bg-white text-slate-500`;
}

interface StepLabelProps {
  number: number;
  title: string;
  state: StepState;
  /** Present when the step can be revisited from here. */
  onSelect: (() => void) | null;
}

function StepLabel({ number, title, state, onSelect }: StepLabelProps) {
  const content = (
    <>
      <span className={badgeClasses(state)} aria-hidden="true">
        {state === 'done' ? '✓' : number}
      </span>
      <span>{title}</span>
      {state === 'done' && <span className="sr-only">(completed)</span>}
    </>
  );
  if (onSelect) {
    return (
      <button
        type="button"
        onClick={onSelect}
        className="flex items-center gap-2 rounded-lg py-1 pr-2 text-sm text-slate-700 underline-offset-2 hover:underline"
      >
        {content}
      </button>
    );
  }
  const tone = state === 'current' ? 'font-semibold text-slate-900' : 'text-slate-500';
  return <span className={`flex items-center gap-2 py-1 pr-2 text-sm ${tone}`}>{content}</span>;
}
