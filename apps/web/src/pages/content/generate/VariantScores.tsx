// A variant's three scores as labelled meters, each with the reasons behind it, and its sentiment.
import type { GeneratedVariant } from '@brandwright/contracts';
import { useId } from 'react';

const METER = [
  'block h-2.5 w-full appearance-none overflow-hidden rounded-full bg-slate-200',
  '[&::-webkit-meter-bar]:h-2.5 [&::-webkit-meter-bar]:rounded-full [&::-webkit-meter-bar]:border-0',
  '[&::-webkit-meter-bar]:bg-none [&::-webkit-meter-bar]:bg-slate-200',
  '[&::-webkit-meter-optimum-value]:bg-none [&::-webkit-meter-optimum-value]:bg-emerald-600',
  '[&::-webkit-meter-suboptimum-value]:bg-none [&::-webkit-meter-suboptimum-value]:bg-amber-500',
  '[&::-webkit-meter-even-less-good-value]:bg-none [&::-webkit-meter-even-less-good-value]:bg-rose-600',
].join(' ');

const SCORES = [
  ['voiceMatch', 'Voice match'],
  ['engagementPrediction', 'Predicted engagement'],
  ['brandAlignment', 'Brand alignment'],
] as const;

function Score({ label, value, reasons }: { label: string; value: number; reasons: string[] }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between text-sm">
        <span id={id} className="font-medium text-slate-800">
          {label}
        </span>
        <span className="font-semibold text-slate-900">{value} / 100</span>
      </div>
      <meter
        aria-labelledby={id}
        min={0}
        max={100}
        low={40}
        high={70}
        optimum={100}
        value={value}
        className={METER}
      />
      {reasons.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-xs text-slate-600">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The three scores as meters; with `explanations`, the reasons under each. */
export function ScoreMeters({
  scores,
  explanations,
}: {
  scores: GeneratedVariant['scores'];
  explanations?: GeneratedVariant['explanations'];
}) {
  return SCORES.map(([key, label]) => (
    <Score key={key} label={label} value={scores[key]} reasons={explanations?.[key] ?? []} />
  ));
}

export function VariantScores({ variant }: { variant: GeneratedVariant }) {
  return (
    <div className="space-y-3">
      <ScoreMeters scores={variant.scores} explanations={variant.explanations} />
      {!variant.voiceProfileTrained && (
        <p className="text-xs text-amber-800">
          Voice match is a neutral 50 until you add writing samples on the Voice page.
        </p>
      )}
      <p className="text-xs text-slate-600">
        Sentiment: <span className="font-medium">{variant.sentiment.label}</span>
      </p>
    </div>
  );
}
