// The plain composer for posts and threads: a textarea with live per-platform counters. Thread
// parts are separated by a blank line and counted one by one, against the connected accounts' own
// limits where they differ (a Mastodon instance that allows 5,000 characters).
import type { ContentType, Platform } from '@brandwright/contracts';
import { useId } from 'react';
import { useAccountLimits } from '../../../queries/platforms';
import { LengthCounters } from './LengthCounters';

interface ComposerProps {
  type: ContentType;
  platforms: readonly Platform[];
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}

export function Composer({ type, platforms, value, error, onChange }: ComposerProps) {
  const id = useId();
  const accountLimits = useAccountLimits();
  const described = [`${id}-hint`, `${id}-counters`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {type === 'thread' ? 'Thread' : 'Post'}
      </label>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {type === 'thread'
          ? 'Leave a blank line between posts of the thread; each is counted on its own.'
          : 'Counters show the length as each platform counts it.'}
      </p>
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
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <LengthCounters
        id={`${id}-counters`}
        type={type}
        platforms={platforms}
        text={value}
        accountLimits={accountLimits}
      />
    </div>
  );
}
