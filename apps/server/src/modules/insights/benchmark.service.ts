// Peer benchmark use case: checks the caller can take part (opted in, industry set, enough posts),
// asks the repository for the cohort aggregate of the month (in the caller's zone) and turns it into
// a percentile, shown only when enough peers qualify. Figures of other members never reach here.
import type { Benchmark, BenchmarkQuery, RateDenominator } from '@brandwright/contracts';
import { DateTime, IANAZone } from 'luxon';
import type { BenchmarkRepository, CohortStanding } from './benchmark.repository.js';

/** Posts a member needs in the month to count, and qualifying members needed to show a percentile. */
export const BENCHMARK_MIN_POSTS = 10;
export const BENCHMARK_MIN_PEERS = 20;

export interface BenchmarkProfile {
  industry: string | null;
  benchmarkOptIn: boolean;
  timezone: string;
}

export interface BenchmarkDeps {
  repository: BenchmarkRepository;
  profiles: { profileOf(userId: string): Promise<BenchmarkProfile> };
  clock: () => Date;
}

/** The month's [from, to) in the zone; the default is the last full month there. */
export function monthWindow(month: string | undefined, zone: string, now: Date) {
  const z = IANAZone.isValidZone(zone) ? zone : 'UTC';
  const start = month
    ? DateTime.fromISO(`${month}-01`, { zone: z })
    : DateTime.fromJSDate(now, { zone: z }).startOf('month').minus({ months: 1 });
  return {
    month: start.toFormat('yyyy-MM'),
    from: start.toJSDate(),
    to: start.plus({ months: 1 }).toJSDate(),
  };
}

export class BenchmarkService {
  constructor(private readonly deps: BenchmarkDeps) {}

  async benchmark(userId: string, query: BenchmarkQuery): Promise<Benchmark> {
    const profile = await this.deps.profiles.profileOf(userId);
    const window = monthWindow(query.month, profile.timezone, this.deps.clock());
    const unavailable = unavailableOf(window.month, query.denominator);
    if (!profile.benchmarkOptIn) return unavailable('not opted in', null);
    const industry = profile.industry?.trim();
    if (!industry) return unavailable('no industry set', null);
    const standing = await this.deps.repository.standing(userId, {
      ...window,
      industry,
      denominator: query.denominator,
      minPosts: BENCHMARK_MIN_POSTS,
    });
    if (standing.ownPosts < BENCHMARK_MIN_POSTS) return unavailable('not enough posts yet', standing.peers);
    if (standing.peers < BENCHMARK_MIN_PEERS) return unavailable('not enough peers yet', standing.peers);
    return present(window.month, query.denominator, industry, standing);
  }
}

function present(
  month: string,
  denominator: RateDenominator,
  industry: string,
  s: CohortStanding,
): Benchmark {
  // Mid-rank percentile: the share of peers below, ties counted half (the caller ties with themself).
  const percentile = (100 * ((s.below ?? 0) + ((s.equal ?? 1) - 1) / 2)) / Math.max(1, s.peers - 1);
  return {
    available: true,
    month,
    denominator,
    industry,
    peers: s.peers,
    rate: s.ownRate ?? 0,
    posts: s.ownPosts,
    percentile: Math.round(Math.min(100, Math.max(0, percentile))),
  };
}

const MESSAGES: Record<Exclude<Benchmark, { available: true }>['reason'], string> = {
  'not opted in': 'Join the anonymous industry cohort in settings to see where you stand among peers.',
  'no industry set': 'Set your industry in settings: peers are people of the same industry.',
  'not enough posts yet': `You need at least ${BENCHMARK_MIN_POSTS} posts with metrics this month to be compared.`,
  'not enough peers yet': `A benchmark appears once ${BENCHMARK_MIN_PEERS} opted-in peers have ${BENCHMARK_MIN_POSTS}+ posts in the month.`,
};

function unavailableOf(month: string, denominator: RateDenominator) {
  return (reason: keyof typeof MESSAGES, peers: number | null): Benchmark => ({
    available: false,
    month,
    denominator,
    reason,
    peers,
    minPosts: BENCHMARK_MIN_POSTS,
    minPeers: BENCHMARK_MIN_PEERS,
    message: MESSAGES[reason],
  });
}
