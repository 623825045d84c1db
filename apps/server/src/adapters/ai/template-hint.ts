// A content template handed to the generator: its name and structure in words. Both the offline
// engine and the provider prompts need to know which of the port's post shapes it is closest to
// (the output schema's `template`), so the mapping lives here, once, and is deterministic.
import type { PostTemplate } from './port.js';

export interface TemplateHint {
  name: string;
  /** How the piece is built, in words (no placeholders). */
  structure: string;
}

/** Cues per shape, checked in this order; the name is read before the structure. */
const CUES: [PostTemplate, RegExp][] = [
  ['how_to', /\bhow[- ]to\b|\bstep(s|-by-step)?\b|\bguide\b|\bwalk ?through\b/i],
  ['listicle', /\blist(icle)?\b|\bnumber(ed)? (of )?(tips|items|things)\b|\bslides?\b|\bcarousel\b|\btips\b/i],
  ['contrarian', /\bcontrarian\b|\bdisagree\b|\bmyth\b|\beveryone (says|repeats)\b|\bunpopular\b/i],
  ['lesson_learned', /\blesson\b|\bmistake\b|\bwhat (i|we) learned\b|\bin hindsight\b/i],
  ['question', /\bquestion\b|\bask (the )?readers?\b|\bpoll\b/i],
  ['story', /\bstory\b|\bscene\b|\bannounce(ment)?\b|\bnews\b|\bwhen i\b/i],
];

/** The port's shape closest to a template: by its name first, then by its structure; story by default. */
export function templateShape(hint: TemplateHint): PostTemplate {
  for (const text of [hint.name, hint.structure])
    for (const [shape, cue] of CUES) if (cue.test(text)) return shape;
  return 'story';
}
