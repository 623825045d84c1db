// TanStack Query hooks for scheduling and publishing. Lists that hold items about to go out (or
// going out) poll every few seconds, so a post is seen turning "Published" without a reload; any
// change to an item refreshes the schedule and the content whose status it moves.
import type {
  Content,
  PostingSlot,
  PublishContentInput,
  PublishingSettings,
  ResolveItemInput,
  ScheduledItem,
} from '@brandwright/contracts';
import {
  keepPreviousData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { fetchContent } from '../api/content';
import {
  cancelItem,
  fetchAllScheduled,
  fetchAttempts,
  fetchPublishingSettings,
  fetchSchedule,
  fetchScheduledItem,
  fetchSlots,
  publishContent,
  queueContent,
  rescheduleItem,
  resolveItem,
  type ScheduleFilters,
  saveSlots,
  updatePublishingSettings,
} from '../api/publishing';
import { contentKeys } from './content';

export const SCHEDULE_PAGE_SIZE = 20;
const POLL_MS = 5000;
/** A post sent now is usually live within seconds: follow it closely. */
const PROGRESS_POLL_MS = 1500;
/** Coming back to a page within this time reuses what it loaded; changes still refetch at once. */
const STALE_MS = 10_000;
/** Pending items due within this window are about to change state: worth polling for. */
const SOON_MS = 90_000;

export const scheduleKeys = {
  all: ['schedule'] as const,
  list: (filters: ScheduleFilters) => ['schedule', 'list', filters] as const,
  content: (contentId: string) => ['schedule', 'content', contentId] as const,
  range: (from: string, to: string) => ['schedule', 'range', from, to] as const,
  window: (filters: ScheduleFilters) => ['schedule', 'window', filters] as const,
  attention: ['schedule', 'attention'] as const,
  attempts: (id: string) => ['schedule', 'attempts', id] as const,
  item: (id: string) => ['schedule', 'item', id] as const,
};
export const publishingKeys = {
  slots: ['publishing', 'slots'] as const,
  settings: ['publishing', 'settings'] as const,
};

/** True while any item is publishing or due within the next minute and a half. */
export function isActive(items: readonly ScheduledItem[], now = Date.now()): boolean {
  return items.some(
    (item) =>
      item.status === 'publishing' ||
      (item.status === 'pending' && new Date(item.scheduledFor).getTime() <= now + SOON_MS),
  );
}

function pollWhileActive(items: readonly ScheduledItem[] | undefined): number | false {
  return items && isActive(items) ? POLL_MS : false;
}

/** Content statuses follow their items (scheduled → published): refresh the pieces whose items changed. */
function useRefreshContentOnChange(items: readonly ScheduledItem[] | undefined) {
  const queryClient = useQueryClient();
  const previous = useRef<Map<string, string> | null>(null);
  useEffect(() => {
    if (!items) return;
    const now = new Map(items.map((item) => [item.id, `${item.contentId}:${item.status}`]));
    const before = previous.current;
    previous.current = now;
    if (!before) return;
    const changed = new Set<string>();
    for (const item of items) {
      const was = before.get(item.id);
      if (was !== undefined && was !== now.get(item.id)) changed.add(item.contentId);
    }
    if (changed.size === 0) return;
    void queryClient.invalidateQueries({ queryKey: contentKeys.lists });
    for (const contentId of changed)
      void queryClient.invalidateQueries({ queryKey: contentKeys.item(contentId) });
  }, [items, queryClient]);
}

function afterItemChange(queryClient: QueryClient, contentId?: string): void {
  void queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
  void queryClient.invalidateQueries({ queryKey: contentKeys.lists });
  if (contentId) void queryClient.invalidateQueries({ queryKey: contentKeys.item(contentId) });
}

export function useScheduleList(filters: ScheduleFilters) {
  const query = useInfiniteQuery({
    queryKey: scheduleKeys.list(filters),
    staleTime: STALE_MS,
    queryFn: ({ pageParam, signal }) => fetchSchedule(filters, SCHEDULE_PAGE_SIZE, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    refetchInterval: (q) => pollWhileActive(q.state.data?.pages.flatMap((p) => p.items)),
  });
  useRefreshContentOnChange(query.data?.pages.flatMap((p) => p.items));
  return query;
}

/** Every item of a bounded window, newest first (the API lists oldest first). */
export function useScheduleWindow(filters: ScheduleFilters) {
  const query = useQuery({
    queryKey: scheduleKeys.window(filters),
    staleTime: STALE_MS,
    queryFn: async ({ signal }) => (await fetchAllScheduled(filters, signal)).reverse(),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => pollWhileActive(q.state.data),
  });
  useRefreshContentOnChange(query.data);
  return query;
}

/** Items grouped by piece, for many pieces' badges at once (the content list). */
export function groupByContent(items: readonly ScheduledItem[]): Map<string, ScheduledItem[]> {
  const groups = new Map<string, ScheduledItem[]>();
  for (const item of items) groups.set(item.contentId, [...(groups.get(item.contentId) ?? []), item]);
  return groups;
}

/** Every item of one piece, for its per-platform badges. */
export function useContentSchedule(contentId: string, enabled = true) {
  const query = useQuery({
    queryKey: scheduleKeys.content(contentId),
    staleTime: STALE_MS,
    queryFn: ({ signal }) => fetchAllScheduled({ contentId }, signal),
    enabled,
    refetchInterval: (q) => pollWhileActive(q.state.data),
  });
  useRefreshContentOnChange(query.data);
  return query;
}

/** Every item scheduled between two instants (the calendar's month). */
export function useScheduleRange(from: string, to: string) {
  return useQuery({
    queryKey: scheduleKeys.range(from, to),
    staleTime: STALE_MS,
    queryFn: ({ signal }) => fetchAllScheduled({ from, to }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => pollWhileActive(q.state.data),
  });
}

/** Statuses the user must decide about (mark as published, retry or cancel), in the order shown. */
export const ATTENTION_STATUSES = ['needs_attention', 'failed', 'missed'] as const;

/** Items waiting for the user's decision: needs attention first, then failed, then missed. */
export function useNeedsAttention() {
  return useQuery({
    queryKey: scheduleKeys.attention,
    staleTime: STALE_MS,
    queryFn: async ({ signal }) =>
      (
        await Promise.all(ATTENTION_STATUSES.map((status) => fetchAllScheduled({ status }, signal, 2)))
      ).flat(),
  });
}

/** One item as the server has it now, starting from the copy a list gave (for its version). */
export function useScheduledItem(item: ScheduledItem) {
  return useQuery({
    queryKey: scheduleKeys.item(item.id),
    queryFn: ({ signal }) => fetchScheduledItem(item.id, signal),
    initialData: item,
    staleTime: 0,
  });
}

/** One item followed until it leaves pending/publishing: "going out now" must end in what happened. */
export function useItemProgress(item: ScheduledItem) {
  return useQuery({
    queryKey: scheduleKeys.item(item.id),
    queryFn: ({ signal }) => fetchScheduledItem(item.id, signal),
    initialData: item,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'pending' || status === 'publishing' ? PROGRESS_POLL_MS : false;
    },
  });
}

export function useAttempts(id: string) {
  return useQuery({
    queryKey: scheduleKeys.attempts(id),
    queryFn: ({ signal }) => fetchAttempts(id, signal),
  });
}

/** The pieces behind a set of items, for their headlines (shared with the content editor's cache). */
export function useContentPieces(ids: readonly string[]): Map<string, Content | 'missing'> {
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: contentKeys.item(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchContent(id, signal),
      // Only the headline is needed here, and it rarely changes: spare the request budget.
      staleTime: 5 * 60_000,
    })),
  });
  const pieces = new Map<string, Content | 'missing'>();
  results.forEach((result, i) => {
    const id = unique[i];
    if (!id) return;
    if (result.data) pieces.set(id, result.data);
    else if (result.isError) pieces.set(id, 'missing');
  });
  return pieces;
}

export type PublishAction =
  | { kind: 'publish'; input: PublishContentInput }
  | { kind: 'queue'; input: { platforms: PublishContentInput['platforms'] } };

/** Publish (now or at a time) or queue; `key` is the dialog's idempotency key for this action. */
export function usePublishContent(contentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, key }: { action: PublishAction; key: string }) =>
      action.kind === 'publish'
        ? publishContent(contentId, action.input, key)
        : queueContent(contentId, action.input, key),
    onSuccess: () => afterItemChange(queryClient, contentId),
  });
}

export function useRescheduleItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ item, scheduledFor }: { item: ScheduledItem; scheduledFor: string }) =>
      rescheduleItem(item.id, scheduledFor, item.version),
    // A 412 means the item changed meanwhile: refetch so the next try sends the current version.
    onSettled: (_data, _error, { item }) => afterItemChange(queryClient, item.contentId),
  });
}

export function useCancelItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: ScheduledItem) => cancelItem(item.id),
    onSettled: (_data, _error, item) => afterItemChange(queryClient, item.contentId),
  });
}

export function useResolveItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ item, input }: { item: ScheduledItem; input: ResolveItemInput }) =>
      resolveItem(item.id, input),
    onSettled: (_data, _error, { item }) => afterItemChange(queryClient, item.contentId),
  });
}

export function useSlots() {
  return useQuery({ queryKey: publishingKeys.slots, queryFn: ({ signal }) => fetchSlots(signal) });
}

export function useSaveSlots() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (slots: PostingSlot[]) => saveSlots(slots),
    onSuccess: (saved) => queryClient.setQueryData(publishingKeys.slots, saved),
  });
}

export function usePublishingSettings() {
  return useQuery({
    queryKey: publishingKeys.settings,
    queryFn: ({ signal }) => fetchPublishingSettings(signal),
  });
}

export function useUpdatePublishingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<PublishingSettings>) => updatePublishingSettings(changes),
    onSuccess: (saved) => queryClient.setQueryData(publishingKeys.settings, saved),
  });
}
