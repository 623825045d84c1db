// The schedule dialog's state: when (now or a wall time in the profile's zone), which platforms,
// the per-platform previews, and submitting as "publish" or "queue" with one idempotency key per
// action, so a retried click never schedules twice. Errors land next to their fields and focus
// moves to the first invalid one.
import type { Content, Platform, PlatformConnection, ScheduledItem } from '@brandwright/contracts';
import { useMemo, useState } from 'react';
import { previewFor } from '../../lib/publishPreview';
import { useFocusInvalid } from '../../lib/useFocusInvalid';
import { suggestedWallTime, type WallTime, wallTimeToInstant } from '../../lib/zonedTime';
import { useAccountLimits } from '../../queries/platforms';
import { type PublishAction, usePublishContent } from '../../queries/publishing';
import { PLATFORMS } from '../content/labels';
import { clientErrors, hasErrors, NO_ERRORS, type ScheduleErrors, serverErrors } from './scheduleErrors';

export type ActionKind = PublishAction['kind'];

export interface ScheduleOutcome {
  kind: ActionKind;
  /** True when published "now" rather than at a chosen time. */
  now: boolean;
  items: ScheduledItem[];
}

function initialPlatforms(piece: Content, connections: readonly PlatformConnection[] | null): Platform[] {
  if (!connections) return PLATFORMS.filter((p) => piece.platforms.includes(p));
  const connected = new Set(connections.filter((c) => c.connected).map((c) => c.platform));
  return PLATFORMS.filter((p) => piece.platforms.includes(p) && connected.has(p));
}

export function useScheduleForm(
  piece: Content,
  zone: string,
  connections: readonly PlatformConnection[] | null,
  onDone: (outcome: ScheduleOutcome) => void,
) {
  const [mode, setMode] = useState<'now' | 'later'>('later');
  const [wall, setWall] = useState<WallTime>(() => suggestedWallTime(zone));
  const [platforms, setPlatforms] = useState<Platform[]>(() => initialPlatforms(piece, connections));
  const [local, setLocal] = useState<ScheduleErrors>(NO_ERRORS);
  const [keys] = useState(() => ({ publish: crypto.randomUUID(), queue: crypto.randomUUID() }));
  const mutation = usePublishContent(piece.id);
  const { formRef, focusInvalid } = useFocusInvalid();

  const accountLimits = useAccountLimits();
  const previews = useMemo(
    () => platforms.map((p) => previewFor(piece, p, accountLimits[p])),
    [piece, platforms, accountLimits],
  );
  const instant = mode === 'later' ? wallTimeToInstant(wall, zone) : null;
  // What was sent: the server's `platforms.N` paths index into the platforms of that request.
  const sent = mutation.variables?.action;
  const server = mutation.isError && sent ? serverErrors(mutation.error, sent.input.platforms) : NO_ERRORS;
  const errors: ScheduleErrors = hasErrors(local) ? local : server;

  function submit(kind: ActionKind) {
    mutation.reset();
    const found = clientErrors({ mode, wall, platforms }, previews, zone, new Date(), kind === 'publish');
    setLocal(found);
    if (hasErrors(found)) return focusInvalid();
    const action: PublishAction =
      kind === 'queue'
        ? { kind, input: { platforms } }
        : { kind, input: instant?.ok ? { platforms, scheduledFor: instant.iso } : { platforms } };
    mutation.mutate(
      { action, key: keys[kind] },
      {
        onError: focusInvalid,
        onSuccess: (items) => onDone({ kind, now: kind === 'publish' && mode === 'now', items }),
      },
    );
  }

  /** Editing a field clears the errors it may have caused, so stale messages never linger. */
  const clearing =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setLocal(NO_ERRORS);
      mutation.reset();
    };

  return {
    formRef,
    mode,
    setMode: clearing(setMode),
    wall,
    setWall: clearing(setWall),
    platforms,
    setPlatforms: clearing(setPlatforms),
    previews,
    instant,
    errors,
    /** The problem's own sentence, for the form-level alert. */
    failure: mutation.isError ? mutation.error : null,
    pendingKind: mutation.isPending ? sent?.kind : undefined,
    submit,
  };
}
