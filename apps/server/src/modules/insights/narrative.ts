// The summary and action items of a report, and the rule they obey: every number in them is one of
// the evidence numbers (or a plain rendering of one). The offline composer writes prose from the
// insights; a provider's text is used only when numbersAreTraceable passes, else the composer's.
import type { Insight } from '@brandwright/contracts';
import { percent, times } from './insight-text.js';

export interface Narrative {
  summary: string;
  actionItems: string[];
}

/** What a provider-backed writer gets: the insights and the period; it answers in prose. */
export interface NarrativeWriter {
  write(input: { period: { from: string; to: string }; insights: Insight[] }): Promise<Narrative>;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

function renderings(value: number): string[] {
  const forms = [value, value * 100, Math.abs(value - 1) * 100];
  return forms.flatMap((v) => [0, 1, 2].map((d) => Number(v.toFixed(d)).toString()));
}

/** Every number a text about these insights may contain: evidence values and the period's dates. */
export function allowedNumbers(insights: Insight[], period: { from: string; to: string }): Set<string> {
  const allowed = new Set<string>();
  const add = (v: number) => {
    for (const r of renderings(v)) allowed.add(r);
  };
  for (const { evidence } of insights) {
    [evidence.n, evidence.effect, evidence.baseline, ...evidence.interval].forEach(add);
    for (const side of evidence.comparison
      ? [evidence.comparison.current, evidence.comparison.previous]
      : []) {
      add(side.rate);
      add(side.posts);
    }
  }
  for (const part of [...period.from.split('-'), ...period.to.split('-')]) add(Number(part));
  return allowed;
}

/** The numbers in `text` that no evidence accounts for (empty when the text is traceable). */
export function untracedNumbers(text: string, allowed: Set<string>): string[] {
  const found = text.match(NUMBER) ?? [];
  return found.filter(
    (raw) => !allowed.has(Number(raw.replace(/,(?=\d{3}\b)/g, '').replace(',', '.')).toString()),
  );
}

export function numbersAreTraceable(
  narrative: Narrative,
  insights: Insight[],
  period: { from: string; to: string },
) {
  const allowed = allowedNumbers(insights, period);
  return [narrative.summary, ...narrative.actionItems].every((t) => untracedNumbers(t, allowed).length === 0);
}

function headline(insight: Insight): string {
  const e = insight.evidence;
  if (insight.key === 'data:too_few_posts')
    return `There is not enough data for patterns yet: ${e.n} posts with metrics, and ${e.baseline} are needed.`;
  if (e.metric === 'engagement_rate_change' && e.comparison)
    return insight.type === 'insight'
      ? `Engagement held steady at ${percent(e.comparison.current.rate)} (from ${percent(e.comparison.previous.rate)}).`
      : `Engagement ${insight.type === 'positive' ? 'rose' : 'fell'} to ${percent(e.comparison.current.rate)} from ${percent(e.comparison.previous.rate)}.`;
  if (insight.key === 'patterns:none')
    return `Across ${e.n} posts, no topic or format stood out from the rest.`;
  return `${insight.message.split(' (')[0]}.`;
}

/** Deterministic prose from the insights: the strongest findings first, then what to do. */
export function composeOffline(insights: Insight[]): Narrative {
  const findings = insights.filter((i) => ['positive', 'negative', 'optimization'].includes(i.type));
  const lead = insights.find((i) => i.type === 'data') ?? insights[0];
  const opening = lead ? headline(lead) : 'There is nothing to report for this period.';
  const rest = findings
    .filter((f) => f !== lead)
    .slice(0, 2)
    .map(headline);
  const close =
    findings.length > 0
      ? `Each finding held up after correcting for the ${findings.length > 1 ? 'many comparisons' : 'comparisons'} we made, so it is worth acting on.`
      : 'Nothing here is strong enough to change your plan on; keep a steady rhythm and check again next month.';
  return {
    summary: [opening, ...rest, close].join(' '),
    // Findings' recommendations are the actions; "no change to act on" is one only when nothing else is.
    actionItems: (findings.length ? findings : insights)
      .map((i) => i.recommendation)
      .filter((r, i, all) => all.indexOf(r) === i),
  };
}

export { percent, times };
