// Live length counters for every target platform (and every thread part): "212 / 280" with a
// warning near the limit and an error past it. The counters themselves are not announced on each
// keystroke; a separate live region speaks only when the set of over-limit parts changes. Until the
// length rules have loaded each platform shows "…" where its count goes.
import type { ContentType, Platform } from '@brandwright/contracts';
import type { AccountLimits, LengthCount } from '../../../lib/platformLength';
import { useLengthRules } from '../../../lib/useLengthRules';
import { PLATFORM_LABELS } from '../labels';

const UNIT_WORDS: Record<LengthCount['unit'], string> = {
  weighted: 'weighted characters',
  graphemes: 'characters',
  characters: 'characters',
};

function nameOf(count: LengthCount): string {
  return count.part === null
    ? PLATFORM_LABELS[count.platform]
    : `${PLATFORM_LABELS[count.platform]}, part ${count.part}`;
}

const CHIP = 'rounded-lg border px-2.5 py-1 text-xs font-medium';
const TONES = {
  over: 'border-red-300 bg-red-50 text-red-800',
  near: 'border-amber-300 bg-amber-50 text-amber-900',
  fine: 'border-slate-200 bg-white text-slate-700',
};

interface LengthCountersProps {
  id: string;
  type: ContentType;
  platforms: readonly Platform[];
  text: string;
  /** The connected accounts' own limits, where they differ from the platform's usual one. */
  accountLimits?: AccountLimits;
}

export function LengthCounters({ id, type, platforms, text, accountLimits }: LengthCountersProps) {
  const rules = useLengthRules();
  if (!rules)
    return (
      <div id={id} className="space-y-2">
        <ul aria-label="Length per platform" className="flex flex-wrap gap-2">
          {platforms.map((platform) => (
            <li key={platform} className={`${CHIP} ${TONES.fine}`}>
              {PLATFORM_LABELS[platform]}: …
            </li>
          ))}
        </ul>
        <p role="status" className="text-sm font-medium text-red-800" />
      </div>
    );
  const { countLengths, isNearLimit, isOverLimit } = rules;
  const counts = countLengths(type, platforms, text, accountLimits);
  const over = counts.filter(isOverLimit);
  const tone = (count: LengthCount) =>
    TONES[isOverLimit(count) ? 'over' : isNearLimit(count) ? 'near' : 'fine'];
  return (
    <div id={id} className="space-y-2">
      <ul aria-label="Length per platform" className="flex flex-wrap gap-2">
        {counts.map((count) => (
          <li key={`${count.platform}-${count.part}`} className={`${CHIP} ${tone(count)}`}>
            {nameOf(count)}: {count.length}
            {count.limit !== null ? ` / ${count.limit}` : ''}
            <span className="sr-only"> {UNIT_WORDS[count.unit]}</span>
            {isOverLimit(count) && ' — too long'}
            {isNearLimit(count) && ' — close to the limit'}
          </li>
        ))}
      </ul>
      <p role="status" className="text-sm font-medium text-red-800">
        {over.length > 0 &&
          `Too long for ${over.map(nameOf).join('; ')}. Shorten it${type === 'thread' ? ' or split the part' : ''}.`}
      </p>
    </div>
  );
}
