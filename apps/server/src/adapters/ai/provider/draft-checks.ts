// The checks a provider's draft passes before it is shown, the same ones the offline engine's drafts
// pass (quality/draftFindings: lists, cut sentences, grammar slips, invented numbers), plus the
// platform's length for a single post, so a long post is shortened by the model in the repair pass
// rather than trimmed downstream. Each finding also says, in plain words, how to fix it.
import { PLATFORM_LIMITS, PLATFORM_NAMES, platformLength } from '@brandwright/contracts';
import type { PostsInput, PostVariant } from '../port.js';
import { type DraftMaterial, draftFindings, type FindingCode } from '../quality/index.js';

export interface CheckFinding {
  code: FindingCode | 'over_limit';
  message: string;
}

export interface CheckedVariant {
  variant: PostVariant;
  findings: CheckFinding[];
}

/** What a draft may draw on: any number it holds must come from here. */
export function materialOf(input: PostsInput): DraftMaterial {
  const topic = [input.topic, input.pillar, input.template?.structure].filter(Boolean).join('\n');
  return {
    topic,
    samples: input.samples,
    ...(input.facts ? { facts: input.facts } : {}),
    ...(input.source ? { source: input.source } : {}),
  };
}

/** A single post over the platform's limit; threads are re-split downstream and articles have none. */
function overLimit(body: string, input: PostsInput): CheckFinding[] {
  const { limit, unit } = PLATFORM_LIMITS[input.platform];
  if (input.format !== 'post' || !Number.isFinite(limit)) return [];
  const length = platformLength(input.platform, body.trim());
  if (length <= limit) return [];
  const units = unit === 'weighted' ? 'characters as X counts them' : 'characters';
  const message = `The post is ${length} ${units} and ${PLATFORM_NAMES[input.platform]} allows ${limit}`;
  return [{ code: 'over_limit', message }];
}

export function variantFindings(variant: PostVariant, input: PostsInput): CheckFinding[] {
  return [...draftFindings(variant.body, materialOf(input)), ...overLimit(variant.body, input)];
}

export function checkVariants(variants: PostVariant[], input: PostsInput): CheckedVariant[] {
  return variants.map((variant) => ({ variant, findings: variantFindings(variant, input) }));
}

export const failing = (checked: CheckedVariant[]) => checked.some((c) => c.findings.length > 0);

const FIXES: Record<CheckFinding['code'], string> = {
  broken_list: 'list exactly the items it announces, or announce the number it lists',
  cut_sentence: 'finish the sentence or remove it',
  repeated_word: 'remove the doubled word',
  article: 'use "a" before a consonant sound and "an" before a vowel sound',
  lowercase_start: 'start the sentence with a capital letter',
  unfilled_slot: 'replace the placeholder in braces with real words',
  invented_number: "remove it; use only numbers from the writer's facts, the topic or the source",
  over_limit: 'shorten it to fit by dropping whole sentences or points, keeping every sentence finished',
};

/** A finding as an instruction to the model: "Your draft announces 4 items and lists 3; fix it: …". */
export function instructionFor(finding: CheckFinding): string {
  const said =
    finding.code === 'broken_list'
      ? `Your draft ${finding.message.charAt(0).toLowerCase()}${finding.message.slice(1)}`
      : finding.message.replace('anything you gave us', "the writer's facts");
  return `${said}; fix it: ${FIXES[finding.code]}.`;
}
