// A text that may be long: the first lines with "Show more", then all of it with "Show less". Never a
// scrolling box, which clips text without saying so and cannot be reached by keyboard.
import { useId, useState } from 'react';

/** Texts longer than this (characters or lines) start collapsed. */
const COLLAPSED_CHARS = 420;
const COLLAPSED_LINES = 7;

export function isLongText(text: string): boolean {
  return text.length > COLLAPSED_CHARS || text.split('\n').length > COLLAPSED_LINES;
}

/** The collapsed view: whole lines up to the limits, then whole words, with an ellipsis. */
export function collapsedText(text: string): string {
  const lines = text.split('\n').slice(0, COLLAPSED_LINES).join('\n');
  if (lines.length <= COLLAPSED_CHARS) return `${lines.trimEnd()}…`;
  const cut = lines.slice(0, COLLAPSED_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trimEnd()}…`;
}

export function ExpandableText({ text, className }: { text: string; className?: string }) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const long = isLongText(text);
  return (
    <div className="space-y-1">
      <p id={id} className={className}>
        {long && !expanded ? collapsedText(text) : text}
      </p>
      {long && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={id}
          className="text-sm font-medium text-indigo-800 underline"
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? 'Show less' : 'Show more'}
        </button>
      )}
    </div>
  );
}
