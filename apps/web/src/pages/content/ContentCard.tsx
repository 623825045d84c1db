// One piece on the content list as a card: headline, status, a few lines of its text, the platforms
// it is for (with their marks), its scores and template in words, where it is scheduled or
// published, and a Schedule button.
import type { Content, ScheduledItem } from '@brandwright/contracts';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { PlatformLogo } from '../../components/platform/PlatformLogo';
import { formatDateTime } from '../../lib/dates';
import { ContentScheduleBadges } from '../publishing/ItemBadge';
import { headlineOf, PLATFORM_LABELS, STATUS_CLASSES, STATUS_LABELS, TYPE_LABELS } from './labels';
import { useTemplateName } from './templateNames';

export interface ScheduleBadgeProps {
  zone: string;
  /** Items by piece from the shared window; null while it loads. */
  schedule: Map<string, ScheduledItem[]> | null;
  onSchedule: (piece: Content) => void;
}

/** Only pieces that went through scheduling have items; the others need no request. */
const SCHEDULED_STATUSES: ReadonlySet<Content['status']> = new Set(['scheduled', 'published', 'failed']);
const PREVIEW_CHARS = 220;

/** The text under the headline: the body without the line already shown as the headline. */
export function previewText(piece: Pick<Content, 'title' | 'bodyMarkdown'>): string {
  const lines = piece.bodyMarkdown.split('\n').map((l) => l.trim());
  const rest = piece.title ? lines : lines.slice(lines.findIndex((l) => l !== '') + 1);
  const text = rest
    .filter((l) => l !== '')
    .join(' ')
    .replace(/[#*_>`]+/g, '')
    .trim();
  const chars = [...text];
  return chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS).join('').trimEnd()}…` : text;
}

function PieceFacts({ piece }: { piece: Content }) {
  const templateName = useTemplateName();
  const voice = piece.aiMetadata?.voiceScore;
  const template = piece.aiMetadata?.template;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600">
      <span>{TYPE_LABELS[piece.type]}</span>
      <ul aria-label="Platforms" className="flex flex-wrap items-center gap-2">
        {piece.platforms.map((p) => (
          <li key={p} className="flex items-center gap-1">
            <PlatformLogo platform={p} size={16} decorative />
            {PLATFORM_LABELS[p]}
          </li>
        ))}
      </ul>
      {voice !== undefined && (
        <span>
          Voice match <strong className="font-semibold text-slate-800">{Math.round(voice)}</strong>
          /100
        </span>
      )}
      {template && <span>Template: {templateName(template)}</span>}
      {piece.pillar && <span>Pillar: {piece.pillar}</span>}
      <span>Updated {formatDateTime(piece.updatedAt)}</span>
    </div>
  );
}

export function ContentCard({ piece, zone, schedule, onSchedule }: ScheduleBadgeProps & { piece: Content }) {
  const known = schedule?.get(piece.id);
  const preview = previewText(piece);
  return (
    <li className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <Link
          data-headline
          to={`/content/${piece.id}`}
          className="min-w-0 flex-1 font-semibold text-slate-900 hover:text-indigo-800 hover:underline"
        >
          {headlineOf(piece)}
        </Link>
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_CLASSES[piece.status]}`}>
          {STATUS_LABELS[piece.status]}
        </span>
      </div>
      {preview && <p className="line-clamp-3 text-sm text-slate-700 [overflow-wrap:anywhere]">{preview}</p>}
      <PieceFacts piece={piece} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        {/* Pieces outside the shared window (scheduled long ago) fetch their own items. */}
        <ContentScheduleBadges
          contentId={piece.id}
          zone={zone}
          known={known}
          enabled={schedule !== null && SCHEDULED_STATUSES.has(piece.status)}
        />
        <Button
          variant="secondary"
          className="ml-auto px-3 py-1.5"
          aria-label={`Schedule “${headlineOf(piece)}”`}
          onClick={() => onSchedule(piece)}
        >
          Schedule…
        </Button>
      </div>
    </li>
  );
}
