// The provider's InsightsWriter: one structured call (with the usual single repair pass) that turns
// the computed insights into a summary and action items. The prompt hands over only what the
// insights already say, and forbids numbers of the model's own; the insights module still checks
// every number against the evidence, because a prompt is a request, not a guarantee.
import type { ModelMessage } from 'ai';
import {
  type InsightsSummaryInput,
  type InsightsSummaryResult,
  type InsightsWriter,
  insightsSummaryOutputSchema,
} from '../summary-port.js';
import type { ModelClient } from './call.js';
import { outputInstruction } from './prompts.js';
import { askStructured } from './structured.js';

const RULES = [
  'Write a short summary (two to four sentences, second person) of what the findings below say, strongest first,',
  'and one to five action items, each a concrete thing to do next month.',
  'Use only numbers that appear in the findings, written exactly as they appear there; never compute, round or',
  'invent a number (no counts of findings, no dates other than the period). A finding of type "data" means there',
  'is too little data: say so and what would unlock the rest; do not claim any pattern then.',
].join('\n');

/** What the model sees of each insight: its claim, advice and evidence (no chart, no keys). */
function findings(input: InsightsSummaryInput) {
  return input.insights.map((i) => ({
    type: i.type,
    category: i.category,
    confidence: i.confidence,
    message: i.message,
    recommendation: i.recommendation,
    evidence: i.evidence,
  }));
}

export function insightsSummaryMessages(input: InsightsSummaryInput): ModelMessage[] {
  const user = [
    `Period: ${input.period.from} to ${input.period.to}.`,
    RULES,
    `Findings: ${JSON.stringify(findings(input))}`,
  ].join('\n');
  return [
    {
      role: 'system',
      content: [
        "You are the analyst of Brandwright, which manages professionals' personal brands.",
        outputInstruction(insightsSummaryOutputSchema),
      ].join('\n'),
    },
    { role: 'user', content: user },
  ];
}

export class ProviderInsightsWriter implements InsightsWriter {
  constructor(
    private readonly client: ModelClient,
    private readonly provider: string,
  ) {}

  async writeInsightsSummary(input: InsightsSummaryInput): Promise<InsightsSummaryResult> {
    const { value, modelId } = await askStructured(
      insightsSummaryMessages(input),
      insightsSummaryOutputSchema,
      (m) => this.client.generate(m, {}),
    );
    return { ...value, modelUsed: `${this.provider}:${modelId}` };
  }
}
