// Calls and query hooks of the history import page: upload a file (one Idempotency-Key per chosen
// file, so a retried upload answers the same import), follow an import while it runs (polled
// every second until it is done or failed), and list the user's imports.
import { type AnalyticsImport, analyticsImportSchema, pageSchema } from '@brandwright/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authedJson } from '../../../api/client';

const importPageSchema = pageSchema(analyticsImportSchema);
const keys = {
  all: ['analytics', 'imports'] as const,
  one: (id: string) => ['analytics', 'imports', id] as const,
};

export interface UploadInput {
  file: File;
  trainVoice: boolean;
  key: string;
}

export function uploadHistory({ file, trainVoice, key }: UploadInput): Promise<AnalyticsImport> {
  const body = new FormData();
  body.append('trainVoice', String(trainVoice));
  body.append('file', file, file.name);
  return authedJson('/analytics/imports', analyticsImportSchema, {
    method: 'POST',
    body,
    headers: { 'idempotency-key': key },
  });
}

export function useUploadHistory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: uploadHistory,
    onSuccess: (created) => {
      client.setQueryData(keys.one(created.id), created);
      void client.invalidateQueries({ queryKey: keys.all });
    },
  });
}

const running = (item: AnalyticsImport | undefined) =>
  item?.status === 'queued' || item?.status === 'running';

export function useImport(id: string | null) {
  return useQuery({
    queryKey: keys.one(id ?? ''),
    queryFn: ({ signal }) =>
      authedJson(`/analytics/imports/${encodeURIComponent(id ?? '')}`, analyticsImportSchema, { signal }),
    enabled: id !== null,
    refetchInterval: (query) => (running(query.state.data) ? 1000 : false),
  });
}

export function useImports() {
  return useQuery({
    queryKey: keys.all,
    queryFn: ({ signal }) => authedJson('/analytics/imports?limit=10', importPageSchema, { signal }),
  });
}
