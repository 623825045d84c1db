// Example topics of an expertise pillar, grammatical for every shape of the user's phrase: a noun
// phrase sits only in slots where any noun phrase reads right ("A simple checklist for {x}"), verbs
// agree with its head ("Three signs that SLOs need attention"), and a clause or predicate goes before
// a colon. Audience problems are tied in after a colon or as "about {pain}", never mid-clause.
import { agree, asClause, type PhraseForm } from './phrase-form.js';
import { capitalize, fit } from './text.js';

type Topic = (x: PhraseForm) => string;

/** One topic idea in two wordings: around a noun phrase, and after a clause and a colon. */
interface TopicIdea {
  noun: Topic;
  clause: Topic;
}

const cap = (x: PhraseForm) => capitalize(x.text);

/**
 * Varied shapes (claims, how/why, questions, counts with a list that makes sense). Each pillar
 * takes its own run of them (pillar i starts at 3i), so two pillars never offer the same sentence.
 */
const IDEAS: TopicIdea[] = [
  {
    noun: (x) => `The most common mistake with ${x.text}`,
    clause: (x) => `${cap(x)}: the most common mistake`,
  },
  { noun: (x) => `A simple checklist for ${x.text}`, clause: (x) => `${cap(x)}: a simple checklist` },
  {
    noun: (x) => `${cap(x)}: what changed in the last year`,
    clause: (x) => `${cap(x)}: what changed in the last year`,
  },
  {
    noun: (x) => `What I wish I had known about ${x.text} when I started`,
    clause: (x) => `${cap(x)}: what I wish I had known when I started`,
  },
  { noun: (x) => `A myth about ${x.text} worth retiring`, clause: (x) => `${cap(x)}: a myth worth retiring` },
  {
    noun: (x) => `The question about ${x.text} I get asked most`,
    clause: (x) => `${cap(x)}: the question I get asked most`,
  },
  {
    noun: (x) => `How I would start with ${x.text} today`,
    clause: (x) => `${cap(x)}: how I would start today`,
  },
  {
    noun: (x) => `Three signs that ${x.text} ${agree(x, 'needs', 'need')} attention`,
    clause: (x) => `${cap(x)}: three questions to ask first`,
  },
  {
    noun: (x) => `A before-and-after story about ${x.text}`,
    clause: (x) => `${cap(x)}: a before-and-after story`,
  },
  {
    noun: (x) => `Why ${x.text} ${agree(x, 'is harder than it looks', 'are harder than they look')}`,
    clause: (x) => `${cap(x)}: why it is harder than it looks`,
  },
  {
    noun: (x) => `${agree(x, 'Is', 'Are')} ${x.text} worth the effort for a small team?`,
    clause: (x) => `${cap(x)}: is it worth the effort for a small team?`,
  },
  {
    noun: (x) => `${cap(x)} in practice: what good looks like`,
    clause: (x) => `${cap(x)}: what good looks like in practice`,
  },
];
export const PER_PILLAR = 3;
export const TOPIC_MAX = 160;

function wording(index: number, x: PhraseForm): string {
  const idea = IDEAS[index % IDEAS.length] as TopicIdea;
  return x.shape === 'noun' ? idea.noun(x) : idea.clause(x);
}

/** The pillar's own topic ideas, for the expertise and (when that is too long) its short name. */
export function ideaTopics(index: number, e: PhraseForm, short: PhraseForm): string[] {
  return Array.from({ length: PER_PILLAR }, (_, j) => {
    const at = index * PER_PILLAR + j;
    return fit([wording(at, e), wording(at, short)], TOPIC_MAX);
  });
}

/** Ways to tie an expertise to an audience problem (a noun phrase): the pain after a colon or "about". */
function nounPainForms(e: PhraseForm, audience: string, pain: PhraseForm): string[] {
  const it = agree(pain, 'it', 'them');
  const p = pain.text;
  const noun = e.shape === 'noun';
  return [
    noun ? `${capitalize(p)}: how ${e.text} can help with ${it}` : `${capitalize(p)}: what to do about ${it}`,
    `${capitalize(p)}: what I tell ${audience}`,
    noun
      ? `${capitalize(p)}: where ${e.text} ${agree(e, 'comes', 'come')} in`
      : `${capitalize(p)}: three things to try first`,
  ];
}

/** Ways to tie an expertise to a problem the user wrote as a predicate or a clause. */
function clausePainForms(e: PhraseForm, audience: string, pain: PhraseForm): string[] {
  const clause = capitalize(asClause(pain));
  const help = e.shape === 'noun' ? `how ${e.text} can help` : 'where to start';
  const forms = [`${clause}: ${help}`, `${clause}: what to do about it`];
  if (pain.shape === 'verb') forms.unshift(`For ${audience} who ${pain.text}: ${help}`);
  return forms;
}

/** The topic tying the pillar to an audience problem: the pillar's own form when it fits, else a shorter one. */
export function problemTopic(
  e: PhraseForm,
  short: PhraseForm,
  audience: string,
  pain: PhraseForm,
  index: number,
): string {
  const formsOf = (x: PhraseForm, a: string) =>
    pain.shape === 'noun' ? nounPainForms(x, a, pain) : clausePainForms(x, a, pain);
  const forms = formsOf(e, audience);
  const at = index % forms.length;
  const mine = [...forms.slice(at), ...forms.slice(0, at)];
  return fit([...mine, ...formsOf(short, 'readers')], TOPIC_MAX);
}
