// Editable drafts of the strategy's parts: lists of phrases become one-per-line text, numbers
// stay as typed, and every list item gets a stable key for React and focus. Converting back gives
// exactly the PATCH body the contract validates.
import type { ContentPillar, Persona, Platform, Strategy, StrategyGoal } from '@brandwright/contracts';

let lastKey = 0;
/** A key unique within this page load, for list items that have no id of their own. */
export function newKey(): string {
  lastKey += 1;
  return `item-${lastKey}`;
}

export function toLines(items: readonly string[]): string {
  return items.join('\n');
}

export function fromLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** An empty box is "no number" (NaN), which the schema then reports as "Enter a number". */
function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export interface PersonaDraft {
  key: string;
  name: string;
  role: string;
  description: string;
  painPoints: string;
  goals: string;
  platforms: Platform[];
}

export function toPersonaDrafts(audience: Strategy['targetAudience']): PersonaDraft[] {
  return audience.personas.map((p) => ({
    key: newKey(),
    name: p.name,
    role: p.role,
    description: p.description,
    painPoints: toLines(p.painPoints),
    goals: toLines(p.goals),
    platforms: [...p.platforms],
  }));
}

export function fromPersonaDrafts(drafts: PersonaDraft[]): Strategy['targetAudience'] {
  const personas: Persona[] = drafts.map((d) => ({
    name: d.name.trim(),
    role: d.role.trim(),
    description: d.description.trim(),
    painPoints: fromLines(d.painPoints),
    goals: fromLines(d.goals),
    platforms: d.platforms,
  }));
  return { personas };
}

export function emptyPersona(): PersonaDraft {
  return { key: newKey(), name: '', role: '', description: '', painPoints: '', goals: '', platforms: [] };
}

export interface PillarDraft {
  key: string;
  name: string;
  description: string;
  exampleTopics: string;
  share: string;
}

export function toPillarDrafts(pillars: readonly ContentPillar[]): PillarDraft[] {
  return pillars.map((p) => ({
    key: newKey(),
    name: p.name,
    description: p.description,
    exampleTopics: toLines(p.exampleTopics),
    share: String(p.share),
  }));
}

export function fromPillarDrafts(drafts: PillarDraft[]): ContentPillar[] {
  return drafts.map((d) => ({
    name: d.name.trim(),
    description: d.description.trim(),
    exampleTopics: fromLines(d.exampleTopics),
    share: toNumber(d.share),
  }));
}

export function emptyPillar(): PillarDraft {
  return { key: newKey(), name: '', description: '', exampleTopics: '', share: '' };
}

export interface GoalDraft {
  key: string;
  title: string;
  metric: string;
  target: string;
  dueDate: string;
}

export function toGoalDrafts(goals: readonly StrategyGoal[]): GoalDraft[] {
  return goals.map((g) => ({ key: newKey(), ...g, target: String(g.target) }));
}

export function fromGoalDrafts(drafts: GoalDraft[]): StrategyGoal[] {
  return drafts.map((d) => ({
    title: d.title.trim(),
    metric: d.metric.trim(),
    target: toNumber(d.target),
    dueDate: d.dueDate,
  }));
}

export function emptyGoal(): GoalDraft {
  return { key: newKey(), title: '', metric: '', target: '', dueDate: '' };
}

/** `items` with the item `key` changed by `patch`. */
export function patchItem<T extends { key: string }>(
  items: readonly T[],
  key: string,
  patch: Partial<T>,
): T[] {
  return items.map((item) => (item.key === key ? { ...item, ...patch } : item));
}
