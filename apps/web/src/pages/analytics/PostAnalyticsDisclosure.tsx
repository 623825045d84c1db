// A "Performance" disclosure for one piece (editor) or one published item (schedule): the charts
// load only when it is opened.
import type { Platform } from '@brandwright/contracts';
import { lazy, Suspense, useState } from 'react';
import { Spinner } from '../../components/Spinner';

const PostAnalytics = lazy(() => import('./PostAnalytics'));

interface Props {
  contentId: string;
  /** Only this platform's figures (a schedule row is one platform). */
  platform?: Platform;
  title?: string;
  className?: string;
}

export function PostAnalyticsDisclosure({
  contentId,
  platform,
  title = 'Performance',
  className = '',
}: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-indigo-800 hover:text-indigo-950">
        {title}
      </summary>
      {open && (
        <div className="mt-3">
          <Suspense fallback={<Spinner />}>
            <PostAnalytics contentId={contentId} {...(platform ? { platform } : {})} />
          </Suspense>
        </div>
      )}
    </details>
  );
}
