// How the fake model follows the voice a posts prompt describes, as a model that reads its prompt
// would: the person ("I"/"we"/"you"), contractions, exclamations, line breaks, emoji and hashtags
// taken from the writer's own examples, and, when asked to rewrite toward the voice, the writer's
// own sign-off. Only what the prompt states is applied (no voice lines, no change), deterministically.

/** A draft in the parts the fake model writes (hook, optional list, middle paragraphs, close). */
export interface VoiceDraft {
  hook: string;
  list?: string;
  middle: string[];
  close: string;
}

export interface VoiceAsk {
  person?: 'I' | 'we';
  contract?: boolean;
  expand?: boolean;
  exclaim: boolean;
  emoji?: string;
  hashtags: string[];
  layout?: 'dense' | 'lines';
  /** The writer's own last line, borrowed when the prompt asks to rewrite toward their voice. */
  signOff?: string;
}

const CONTRACT: [RegExp, string][] = [
  [/\bI am\b/g, "I'm"],
  [/\b([Ii]t|[Tt]hat) is\b/g, "$1's"],
  [/\b([Dd])o not\b/g, "$1on't"],
  [/\b([Dd])oes not\b/g, "$1oesn't"],
  [/\b([Cc])annot\b/g, "$1an't"],
  [/\b([Ww]e|[Yy]ou) are\b/g, "$1're"],
];
const EXPAND: [RegExp, string][] = [
  [/\bI'm\b/g, 'I am'],
  [/\b([Ii]t|[Tt]hat)'s\b/g, '$1 is'],
  [/\b([Dd])on't\b/g, '$1o not'],
  [/\b([Dd])oesn't\b/g, '$1oes not'],
  [/\b([Cc])an't\b/g, '$1annot'],
  [/\b([Ww]e|[Yy]ou)'re\b/g, '$1 are'],
];
// "I" → "we", keeping the verb agreeing ("I am" → "we are", "I was" → "we were").
const PLURAL: [RegExp, string][] = [
  [/\bI am\b/g, 'we are'],
  [/\bI'm\b/g, "we're"],
  [/\bI was\b/g, 'we were'],
  [/\bI\b/g, 'we'],
  [/\b[Mm]y\b/g, 'our'],
  [/\bme\b/g, 'us'],
];

const replaceAll = (text: string, rules: [RegExp, string][]) =>
  rules.reduce((t, [pattern, to]) => t.replace(pattern, to), text);
const capitalise = (text: string) =>
  text.replace(/(^|[.!?:]\s+|\n)([a-z])/g, (_, a, b) => a + b.toUpperCase());

const EMOJI = /\p{Extended_Pictographic}/u;

/** The voice section's lines and the examples' texts, from the system prompt. */
function voiceSection(prompt: string): string {
  return /^Their voice:\n((?:- .*\n?)+)/m.exec(prompt)?.[1] ?? '';
}
function examples(prompt: string): string[] {
  return [...prompt.matchAll(/<example \d+[^>]*>\n([\s\S]*?)\n<\/example \d+>/g)].map((m) => m[1] ?? '');
}

/** Hashtags the writer uses, most frequent first (a model borrows the writer's own, not new ones). */
function ownHashtags(texts: string[], count: number): string[] {
  const tally = new Map<string, number>();
  for (const tag of texts.join(' ').match(/#[A-Za-z]\w+/g) ?? []) tally.set(tag, (tally.get(tag) ?? 0) + 1);
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([tag]) => tag);
}

/** The writer's sign-off: the last line of their first example, when it is short and not a hashtag line. */
function signOffOf(texts: string[]): string | undefined {
  const last = texts[0]?.trim().split('\n').pop()?.trim();
  if (!last || last.length > 80 || last.startsWith('#') || !/[.!?]$/.test(last)) return undefined;
  return last;
}

export function readVoice(prompt: string): VoiceAsk | undefined {
  const voice = voiceSection(prompt);
  if (!voice) return undefined;
  const shown = examples(prompt);
  const tags = Number(/with about (\d+) hashtags?/.exec(voice)?.[1] ?? 0);
  const emoji = /Uses (?:an )?emoji/.test(voice) ? EMOJI.exec(shown.join(' '))?.[0] : undefined;
  const signOff = /Rewrite toward the writer's voice/.test(prompt) ? signOffOf(shown) : undefined;
  return {
    ...(/first person plural/.test(voice) ? { person: 'we' as const } : {}),
    ...(/contractions freely/.test(voice) ? { contract: true } : {}),
    ...(/Rarely uses contractions/.test(voice) ? { expand: true } : {}),
    exclaim: /ends with "!"/.test(voice),
    ...(emoji ? { emoji } : {}),
    hashtags: ownHashtags(shown, tags),
    ...(/Dense paragraphs/.test(voice) ? { layout: 'dense' as const } : {}),
    ...(/One sentence per line/.test(voice) ? { layout: 'lines' as const } : {}),
    ...(signOff ? { signOff } : {}),
  };
}

function restyle(text: string, ask: VoiceAsk): string {
  let out = ask.person === 'we' ? replaceAll(text, PLURAL) : text;
  if (ask.contract) out = replaceAll(out, CONTRACT);
  if (ask.expand) out = replaceAll(out, EXPAND);
  return capitalise(out);
}

/** The draft as the writer would write it; the hook stays the body's opening line. */
export function voiced(draft: VoiceDraft, ask: VoiceAsk | undefined): VoiceDraft {
  if (!ask) return draft;
  const hook = restyle(draft.hook, ask) + (ask.emoji ? ` ${ask.emoji}` : '');
  let middle = draft.middle.map((m) => restyle(m, ask));
  if (ask.exclaim && middle[0]) middle[0] = middle[0].replace(/\.$/, '!');
  if (ask.layout === 'dense' && middle.length > 1) middle = [middle.join(' ')];
  if (ask.layout === 'lines') middle = middle.flatMap((m) => m.split(/(?<=[.!?])\s+/));
  const closing = [restyle(draft.close, ask), ask.signOff, ask.hashtags.join(' ')].filter(Boolean);
  return { ...draft, hook, middle, close: closing.join('\n\n') };
}
