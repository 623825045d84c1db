// The plain composer for posts and threads: a textarea with live per-platform counters, or for a
// thread the part-by-part composer (each part counted on its own, reorderable). Both write the same
// text: parts separated by a blank line, counted against the connected accounts' own limits where
// they differ (a Mastodon instance that allows 5,000 characters).
import type { ContentType, Platform } from '@brandwright/contracts';
import { lazy, Suspense, useId, useState } from 'react';
import { Spinner } from '../../../components/Spinner';
import { useAccountLimits } from '../../../queries/platforms';
import { LengthCounters } from './LengthCounters';

// Drag and drop (dnd-kit) is only for threads written part by part: posts never load it.
const ThreadComposer = lazy(async () => ({ default: (await import('./ThreadComposer')).ThreadComposer }));

interface ComposerProps {
  type: ContentType;
  platforms: readonly Platform[];
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}

type ThreadMode = 'parts' | 'text';

function ThreadModeSwitch({ mode, onChange }: { mode: ThreadMode; onChange: (mode: ThreadMode) => void }) {
  const name = useId();
  const options: [ThreadMode, string][] = [
    ['parts', 'Part by part'],
    ['text', 'As one text'],
  ];
  return (
    <fieldset className="flex flex-wrap items-center gap-3 text-sm">
      <legend className="sr-only">Write the thread</legend>
      {options.map(([value, label]) => (
        <label key={value} className="flex items-center gap-1.5 text-slate-800">
          <input type="radio" name={name} checked={mode === value} onChange={() => onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function Composer({ type, platforms, value, error, onChange }: ComposerProps) {
  const id = useId();
  const accountLimits = useAccountLimits();
  const [mode, setMode] = useState<ThreadMode>('parts');
  const described = [`${id}-hint`, `${id}-counters`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const byParts = type === 'thread' && mode === 'parts';
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        {byParts ? (
          <span className="text-sm font-medium text-slate-800">Thread</span>
        ) : (
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            {type === 'thread' ? 'Thread' : 'Post'}
          </label>
        )}
        {type === 'thread' && <ThreadModeSwitch mode={mode} onChange={setMode} />}
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {type === 'thread'
          ? byParts
            ? 'Each part is one post of the thread, counted as each platform counts it. Drag or move parts to reorder.'
            : 'Leave a blank line between posts of the thread; each is counted on its own.'
          : 'Counters show the length as each platform counts it.'}
      </p>
      {byParts ? (
        <Suspense fallback={<Spinner />}>
          <ThreadComposer
            value={value}
            platforms={platforms}
            accountLimits={accountLimits}
            onChange={onChange}
          />
        </Suspense>
      ) : (
        <textarea
          id={id}
          value={value}
          rows={type === 'thread' ? 14 : 9}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          className={`block w-full rounded-lg border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:outline-2 ${
            error ? 'border-red-600 focus:outline-red-600' : 'border-slate-300 focus:outline-indigo-600'
          }`}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {!byParts && (
        <LengthCounters
          id={`${id}-counters`}
          type={type}
          platforms={platforms}
          text={value}
          accountLimits={accountLimits}
        />
      )}
    </div>
  );
}
