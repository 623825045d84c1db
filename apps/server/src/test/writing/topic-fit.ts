// What harper misses: a clause, question or claim topic pasted verbatim into a slot where only a
// noun phrase fits ("The worst mistake we made with why we deleted…", "…on should every team carry
// a pager"). Counted by the bench and printed by the suite check; a heuristic, so not a failure.
import type { Topic } from './topics.js';

/** Words after which a question, claim or clause cannot follow verbatim. */
const NOUN_SLOT = /(?:^|\s)(?:the|a|an|with|your|my|our|their|for|to|in|at|by|from|into|of|around|over)\s+$/i;
const CLAIM_SLOT = /(?:^|\s)(?:about|on)\s+$/i;
/** A how/why/what clause reads right as the object of a preposition: "the story of why…". */
const WH_CLAUSE = /^(?:how|why|what|when|where|who|which)\b/i;
const PREPOSITION_BEFORE = /(?:^|\s)(?:of|about|on|into|over|around|for|from|at|by|with|to|in)\s+$/i;

/** How many times the topic sits verbatim in a noun-phrase slot of the plain text. */
export function topicMisfits(plain: string, topic: Topic): string[] {
  if (!['question', 'claim', 'clause'].includes(topic.shape)) return [];
  const core = topic.text.replace(/[?.!]+$/, '').toLowerCase();
  const text = plain.toLowerCase();
  const out: string[] = [];
  for (let at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + core.length)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const sentenceStart = /(?:^|[.!?:"“]\s*|\n\s*)$/.test(before);
    const misfit =
      topic.shape === 'question'
        ? !sentenceStart
        : WH_CLAUSE.test(core)
          ? NOUN_SLOT.test(before) && !PREPOSITION_BEFORE.test(before)
          : NOUN_SLOT.test(before) || (topic.shape === 'claim' && CLAIM_SLOT.test(before));
    if (misfit) out.push(plain.slice(Math.max(0, at - 30), at + core.length));
  }
  return out;
}
