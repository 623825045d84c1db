// "Draft this entry" inside the entry dialog: asks the server to write a draft from the entry
// (through the content module's generation), shows progress while it works, then links to the draft.
import type { CalendarEntry } from '@brandwright/contracts';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { LiveMessage } from '../../components/Alert';
import { Button, buttonClasses } from '../../components/Button';
import { describeError } from '../../components/ErrorState';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useDraftEntry } from '../../queries/calendar';

interface DraftPanelProps {
  entry: CalendarEntry;
  onDrafted: (entry: CalendarEntry) => void;
}

export function DraftPanel({ entry, onDrafted }: DraftPanelProps) {
  const mutation = useDraftEntry();
  const linkRef = useRef<HTMLAnchorElement>(null);
  // The button that had focus is replaced by the link: hand focus over so it is not lost.
  useEffect(() => {
    if (mutation.isSuccess) linkRef.current?.focus();
  }, [mutation.isSuccess]);
  const contentId = entry.contentId ?? mutation.data?.contentId ?? null;
  let progress: string | null = null;
  if (mutation.isPending)
    progress = 'Writing a draft from your strategy and voice. This can take a little while…';
  else if (mutation.isSuccess) progress = 'Your draft is ready.';
  return (
    <section aria-labelledby="draft-heading" className="space-y-3 rounded-lg bg-slate-50 p-4">
      <h3 id="draft-heading" className="text-sm font-semibold text-slate-900">
        Draft
      </h3>
      {contentId ? (
        <Link ref={linkRef} to={`/content/${contentId}`} className={buttonClasses('secondary')}>
          Open draft
        </Link>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            Brandwright writes a first draft of this entry in your voice. You can edit it afterwards.
          </p>
          <Button
            variant="secondary"
            pending={mutation.isPending}
            pendingLabel="Drafting…"
            onClick={() => mutation.mutate(entry.id, { onSuccess: onDrafted })}
          >
            Draft this entry
          </Button>
        </>
      )}
      <LiveMessage tone={mutation.isSuccess ? 'success' : 'info'} message={progress} />
      {mutation.isError && <FormErrorAlert message={describeError(mutation.error)} details={[]} />}
    </section>
  );
}
