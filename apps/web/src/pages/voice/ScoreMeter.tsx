// The voice match as a 0–100 meter with its interval ("82 (70–90)") and a verdict in words, plus
// the reasons behind the number; a text too short to judge says so instead of sounding sure.
import type { VoiceScore } from '@brandwright/contracts';

interface Band {
  min: number;
  verdict: string;
  text: string;
}

const BANDS: Band[] = [
  { min: 70, verdict: 'Sounds like you', text: 'text-emerald-800' },
  { min: 40, verdict: 'Partly like you', text: 'text-amber-800' },
  { min: 0, verdict: 'Does not sound like you yet', text: 'text-rose-800' },
];

// Chromium and Safari style the parts of <meter> through -webkit- pseudo-elements (whose default
// gradients must be removed with bg-none), Firefox through one.
const METER = [
  'block h-3 w-full appearance-none overflow-hidden rounded-full bg-slate-200',
  '[&::-webkit-meter-bar]:h-3 [&::-webkit-meter-bar]:rounded-full [&::-webkit-meter-bar]:border-0',
  '[&::-webkit-meter-bar]:bg-none [&::-webkit-meter-bar]:bg-slate-200',
  '[&::-webkit-meter-optimum-value]:bg-none [&::-webkit-meter-optimum-value]:bg-emerald-600',
  '[&::-webkit-meter-suboptimum-value]:bg-none [&::-webkit-meter-suboptimum-value]:bg-amber-500',
  '[&::-webkit-meter-even-less-good-value]:bg-none [&::-webkit-meter-even-less-good-value]:bg-rose-600',
  '[&::-moz-meter-bar]:rounded-full',
].join(' ');

export function bandOf(value: number): Band {
  return BANDS.find((band) => value >= band.min) ?? (BANDS.at(-1) as Band);
}

export const TOO_SHORT = 'Too short to judge reliably';

export function ScoreMeter({ score, stale }: { score: VoiceScore; stale: boolean }) {
  const band = bandOf(score.voiceMatch);
  const [low, high] = score.interval;
  return (
    <div className={`space-y-4 transition-opacity ${stale ? 'opacity-60' : ''}`}>
      <div className="flex items-baseline justify-between gap-4">
        <p className={`text-lg font-semibold ${score.reliable ? band.text : 'text-slate-700'}`}>
          {score.reliable ? band.verdict : TOO_SHORT}
        </p>
        <p className="text-sm text-slate-700" title={`Likely between ${low} and ${high}`}>
          <span className="text-3xl font-semibold text-slate-900">{score.voiceMatch}</span>{' '}
          <span className="text-slate-600">
            ({low}–{high})
          </span>{' '}
          / 100
        </p>
      </div>
      {!score.reliable && (
        <p className="text-sm text-slate-600">
          {TOO_SHORT}: a few more sentences give a steadier score. The number may be anywhere from {low} to{' '}
          {high}.
        </p>
      )}
      {/* Native meter: low/high/optimum give the same three bands the verdict uses. */}
      <meter
        aria-label="Voice match"
        min={0}
        max={100}
        low={40}
        high={70}
        optimum={100}
        value={score.voiceMatch}
        aria-valuetext={`${score.voiceMatch} out of 100, likely ${low} to ${high}: ${score.reliable ? band.verdict : TOO_SHORT}`}
        className={METER}
      />
      {score.explanation.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Why this score</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {score.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
