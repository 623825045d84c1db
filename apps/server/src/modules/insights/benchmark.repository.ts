// The cohort aggregate behind peer benchmarks. This is the ONE place in Brandwright that reads other
// users' rows: the queries below rank the caller among opted-in users of the same industry, or pool
// their weekday × block curve (for the best-times prior), and only aggregates leave them (how many
// peers qualify, how many have a lower or equal rate; per cell a post count, a member count and a
// mean). No member's id, rate or post count is ever selected out of the database. It reads the analytics and users tables
// by name because those modules export no table objects; the engagement definition comes from the
// analytics module's rules, so "engagements" means here what it means everywhere else.
import type { Platform, RateDenominator } from '@brandwright/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { ENGAGEMENT_RULES } from '../analytics/index.js';

export interface CohortStanding {
  /** Members (caller included when they qualify) with at least `minPosts` posts in the window. */
  peers: number;
  /** Members with a rate below / equal to the caller's (null when the caller does not qualify). */
  below: number | null;
  equal: number | null;
  /** The caller's own rate and post count in the window. */
  ownRate: number | null;
  ownPosts: number;
}

export interface CohortWindow {
  industry: string;
  from: Date;
  to: Date;
  denominator: RateDenominator;
  minPosts: number;
}

/** SQL for one post's engagements on its platform, from the shared rules (a CASE over platforms). */
function engagementsSql(platforms: Platform[]): SQL {
  const branches = platforms.map((platform) => {
    const terms = ENGAGEMENT_RULES[platform].counts.map(
      (key) => sql`coalesce((p.latest ->> ${key})::numeric, 0)`,
    );
    return sql`when ${platform} then ${sql.join(terms, sql` + `)}`;
  });
  return sql`(case p.platform ${sql.join(branches, sql` `)} end)`;
}

function baseSql(denominator: RateDenominator): SQL {
  return denominator === 'impressions'
    ? sql`(p.latest ->> 'impressions')::numeric`
    : sql`p.followers_at_post::numeric`;
}

/** One weekday × block cell of the cohort's pooled curve: aggregates over its members only. */
export interface PooledCell {
  /** (isoWeekday − 1) × 8 + block, in each member's own zone. */
  cell: number;
  posts: number;
  users: number;
  /** Mean of log(rate) minus each member's own mean log rate. */
  mean: number;
}

export interface PooledCurve {
  /** Members (the caller excluded) with at least one post in the window. */
  members: number;
  cells: PooledCell[];
}

type Rows = { rows: Record<string, unknown>[] };

export class BenchmarkRepository {
  constructor(private readonly db: Db) {}

  /**
   * The cohort's pooled weekday × block curve on one platform, the caller left out (their own posts
   * are the estimator's data, not its prior). Rates as the estimator's: (engagements + 0.5) / (base + 1).
   */
  async pooledCurve(
    userId: string,
    window: { industry: string; platform: Platform; from: Date; to: Date },
  ): Promise<PooledCurve> {
    const denominator = ENGAGEMENT_RULES[window.platform].denominator;
    // A platform without a rate base has no rates to pool.
    if (!denominator) return { members: 0, cells: [] };
    const base = baseSql(denominator);
    const local = sql`(p.published_at at time zone c.timezone)`;
    const result = await this.db.execute(sql`
      with cohort as (
        select up.user_id, up.timezone from user_profiles up
        where up.benchmark_opt_in and lower(trim(up.industry)) = lower(trim(${window.industry}))
          and up.user_id <> ${userId}
      ), posts as (
        select p.user_id,
               (extract(isodow from ${local})::int - 1) * 8 + floor(extract(hour from ${local}) / 3)::int as cell,
               ln((${engagementsSql([window.platform])} + 0.5) / (${base} + 1)) as y
        from analytics_posts p join cohort c on c.user_id = p.user_id
        where p.platform = ${window.platform}
          and p.published_at >= ${window.from.toISOString()}::timestamptz
          and p.published_at < ${window.to.toISOString()}::timestamptz
          and ${base} > 0
      ), centred as (
        select user_id, cell, y - avg(y) over (partition by user_id) as d from posts
      )
      select cell, count(*)::int as posts, count(distinct user_id)::int as users, avg(d)::float8 as mean,
             (select count(distinct user_id)::int from posts) as members
      from centred group by cell`);
    const rows = (result as unknown as Rows).rows;
    return {
      members: Number(rows[0]?.members ?? 0),
      cells: rows.map((r) => ({
        cell: Number(r.cell),
        posts: Number(r.posts),
        users: Number(r.users),
        mean: Number(r.mean),
      })),
    };
  }

  /** The caller's standing in the cohort; aggregates only (see the header). */
  async standing(userId: string, window: CohortWindow): Promise<CohortStanding> {
    const platforms = (Object.keys(ENGAGEMENT_RULES) as Platform[]).filter(
      (p) => ENGAGEMENT_RULES[p].denominator === window.denominator,
    );
    const base = baseSql(window.denominator);
    const result = await this.db.execute(sql`
      with cohort as (
        select up.user_id from user_profiles up
        where up.benchmark_opt_in and lower(trim(up.industry)) = lower(trim(${window.industry}))
      ), members as (
        select p.user_id, count(*)::int as posts,
               sum(${engagementsSql(platforms)}) / sum(${base}) as rate
        from analytics_posts p join cohort c on c.user_id = p.user_id
        where p.platform in (${sql.join(
          platforms.map((p) => sql`${p}`),
          sql`, `,
        )})
          and p.published_at >= ${window.from.toISOString()}::timestamptz
          and p.published_at < ${window.to.toISOString()}::timestamptz
          and ${base} > 0
        group by p.user_id
      ), me as (select rate, posts from members where user_id = ${userId})
      select
        (select count(*)::int from members where posts >= ${window.minPosts}) as peers,
        (select count(*)::int from members, me where members.posts >= ${window.minPosts}
           and me.posts >= ${window.minPosts} and members.rate < me.rate) as below,
        (select count(*)::int from members, me where members.posts >= ${window.minPosts}
           and me.posts >= ${window.minPosts} and members.rate = me.rate) as equal,
        (select rate::float8 from me) as own_rate,
        coalesce((select posts from me), 0) as own_posts`);
    const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0] ?? {};
    const ownPosts = Number(row.own_posts ?? 0);
    const qualifies = ownPosts >= window.minPosts;
    return {
      peers: Number(row.peers ?? 0),
      below: qualifies ? Number(row.below) : null,
      equal: qualifies ? Number(row.equal) : null,
      ownRate: row.own_rate === null || row.own_rate === undefined ? null : Number(row.own_rate),
      ownPosts,
    };
  }
}
