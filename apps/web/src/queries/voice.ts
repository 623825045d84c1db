// TanStack Query hooks for the voice: profile, paginated samples, adding/removing samples and the
// live voice-match score. Any change to the samples refreshes the profile learned from them.
import type { AddVoiceSampleInput, VoiceProfile } from '@brandwright/contracts';
import {
  type InfiniteData,
  keepPreviousData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  addSampleText,
  deleteSample,
  fetchSamples,
  fetchVoiceProfile,
  scoreVoice,
  uploadSampleFile,
  type VoiceSamplePage,
} from '../api/voice';

export const SAMPLES_PAGE_SIZE = 10;

const voiceKeys = {
  profile: ['voice', 'profile'] as const,
  samples: ['voice', 'samples'] as const,
  score: (text: string, version: number) => ['voice', 'score', version, text] as const,
};

export function useVoiceProfile() {
  return useQuery({
    queryKey: voiceKeys.profile,
    queryFn: ({ signal }) => fetchVoiceProfile(signal),
  });
}

export function useVoiceSamples() {
  return useInfiniteQuery({
    queryKey: voiceKeys.samples,
    queryFn: ({ pageParam, signal }) => fetchSamples(SAMPLES_PAGE_SIZE, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: VoiceSamplePage) => last.nextCursor,
  });
}

function refreshVoice(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: voiceKeys.profile }),
    queryClient.invalidateQueries({ queryKey: voiceKeys.samples }),
  ]).then(() => undefined);
}

export function useAddSampleText() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddVoiceSampleInput) => addSampleText(input),
    onSuccess: () => refreshVoice(queryClient),
  });
}

export function useUploadSampleFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file }: { file: File }) => uploadSampleFile(file),
    onSuccess: () => refreshVoice(queryClient),
  });
}

export function useDeleteSample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteSample(id),
    onSuccess: (_, id) => {
      // Drop it from the loaded pages at once; the refetch then settles cursors and the profile.
      queryClient.setQueryData<InfiniteData<VoiceSamplePage>>(voiceKeys.samples, (data) =>
        data
          ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.filter((s) => s.id !== id) })) }
          : data,
      );
      return refreshVoice(queryClient);
    },
  });
}

/**
 * Scores `text` against the profile. A new text or profile version is a new query, so the request
 * for an outdated text is aborted (its signal is consumed) and the last score stays on screen.
 */
export function useVoiceScore(text: string, profile: VoiceProfile | undefined, enabled: boolean) {
  const version = profile?.version ?? 0;
  return useQuery({
    queryKey: voiceKeys.score(text, version),
    queryFn: ({ signal }) => scoreVoice(text, signal),
    enabled: enabled && Boolean(profile?.trained),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
