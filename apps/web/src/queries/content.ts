// TanStack Query hooks for content: the filtered list (load more), one piece, saving with
// If-Match, version history, diffs, restore, templates, and a generated piece's variants. Saves put the returned piece in the
// cache so the next save sends the new version without a refetch.
import type {
  Content,
  ContentFeedbackRequest,
  CreateContentInput,
  CreateTemplateInput,
  UpdateContentInput,
  UpdateTemplateInput,
} from '@brandwright/contracts';
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  type ContentFilters,
  createContent,
  createTemplate,
  deleteTemplate,
  fetchContent,
  fetchContentList,
  fetchContentVersions,
  fetchTemplates,
  fetchVersionDiff,
  restoreVersion,
  updateContent,
  updateTemplate,
} from '../api/content';
import { decideDraft, fetchGeneratedDraft } from '../api/generation';

export const CONTENT_PAGE_SIZE = 20;
const VERSIONS_PAGE_SIZE = 10;

export const contentKeys = {
  lists: ['content', 'list'] as const,
  list: (filters: ContentFilters) => ['content', 'list', filters] as const,
  item: (id: string) => ['content', 'item', id] as const,
  versions: (id: string) => ['content', 'versions', id] as const,
  diff: (id: string, from: number, to: number) => ['content', 'diff', id, from, to] as const,
  templates: ['content', 'templates'] as const,
  variants: (id: string) => ['content', 'variants', id] as const,
};

export function useContentList(filters: ContentFilters) {
  return useInfiniteQuery({
    queryKey: contentKeys.list(filters),
    queryFn: ({ pageParam, signal }) => fetchContentList(filters, CONTENT_PAGE_SIZE, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useContent(id: string | undefined) {
  return useQuery({
    queryKey: contentKeys.item(id ?? ''),
    queryFn: ({ signal }) => fetchContent(id ?? '', signal),
    enabled: Boolean(id),
  });
}

function storeSaved(queryClient: QueryClient, saved: Content): void {
  queryClient.setQueryData(contentKeys.item(saved.id), saved);
  void queryClient.invalidateQueries({ queryKey: contentKeys.lists });
  void queryClient.invalidateQueries({ queryKey: contentKeys.versions(saved.id) });
}

export function useCreateContent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: CreateContentInput; key: string }) => createContent(input, key),
    onSuccess: (saved) => storeSaved(queryClient, saved),
  });
}

/** Saves against the version in the cache at call time, like the strategy sections do. */
export function useUpdateContent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: UpdateContentInput) => {
      const current = queryClient.getQueryData<Content>(contentKeys.item(id));
      if (!current) throw new Error('No content loaded');
      return updateContent(id, patch, current.version);
    },
    onSuccess: (saved) => storeSaved(queryClient, saved),
  });
}

export function useRestoreVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, current }: { version: number; current: number }) =>
      restoreVersion(id, version, current),
    onSuccess: (saved) => storeSaved(queryClient, saved),
  });
}

export function useContentVersions(id: string) {
  return useInfiniteQuery({
    queryKey: contentKeys.versions(id),
    queryFn: ({ pageParam, signal }) => fetchContentVersions(id, VERSIONS_PAGE_SIZE, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useVersionDiff(id: string, pair: { from: number; to: number } | null) {
  return useQuery({
    queryKey: contentKeys.diff(id, pair?.from ?? 0, pair?.to ?? 0),
    queryFn: ({ signal }) => fetchVersionDiff(id, pair?.from ?? 0, pair?.to ?? 0, signal),
    enabled: pair !== null,
    // Two stored versions never change: a diff once fetched stays right.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useTemplates() {
  return useQuery({ queryKey: contentKeys.templates, queryFn: ({ signal }) => fetchTemplates(signal) });
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: CreateTemplateInput; key: string }) => createTemplate(input, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKeys.templates }),
  });
}

export function useUpdateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateTemplateInput }) => updateTemplate(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKeys.templates }),
  });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteTemplate(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contentKeys.templates }),
  });
}

/** The variants a generated piece was made from (null for a piece written by hand). */
export function useGeneratedDraft(id: string) {
  return useQuery({
    queryKey: contentKeys.variants(id),
    queryFn: ({ signal }) => fetchGeneratedDraft(id, signal),
  });
}

/** Accepting a variant makes it the body (a new version): the piece and its history change too. */
export function useDecideDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContentFeedbackRequest) => decideDraft(id, input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contentKeys.item(id) }),
        queryClient.invalidateQueries({ queryKey: contentKeys.variants(id) }),
        queryClient.invalidateQueries({ queryKey: contentKeys.versions(id) }),
        queryClient.invalidateQueries({ queryKey: contentKeys.lists }),
      ]);
    },
  });
}
