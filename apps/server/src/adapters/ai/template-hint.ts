// Which of the port's post shapes a content template (a TemplateHint) is closest to. The offline
// engine and the provider prompts both need it (the output schema's `template`), so the mapping
// lives here, once, and is deterministic.
import type { PostTemplate, TemplateHint } from './port.js';

/** Cues per shape, checked in this order; the name is read before the structure. */
const CUES: [PostTemplate, RegExp][] = [
  ['how_to', /\bhow[- ]to\b|\bstep(s|-by-step)?\b|\bguide\b|\bwalk ?through\b/i],
  [
    'listicle',
    /\blist(icle)?\b|\bnumber(ed)? (of )?(tips|items|things)\b|\bslides?\b|\bcarousel\b|\btips\b/i,
  ],
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
