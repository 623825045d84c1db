// Calls for best times to post and the peer benchmark of the signed-in user.
import {
  type Benchmark,
  type BestTimes,
  type BestTimesPlatform,
  benchmarkSchema,
  bestTimesSchema,
} from '@brandwright/contracts';
import { authedJson } from './client';

export function fetchBestTimes(platform: BestTimesPlatform | null, signal?: AbortSignal): Promise<BestTimes> {
  const query = platform ? `?${new URLSearchParams({ platform })}` : '';
  return authedJson(`/analytics/best-times${query}`, bestTimesSchema, { signal });
}

export function fetchBenchmark(month: string | null, signal?: AbortSignal): Promise<Benchmark> {
  const query = month ? `?${new URLSearchParams({ month })}` : '';
  return authedJson(`/analytics/benchmark${query}`, benchmarkSchema, { signal });
}
