// Pure helpers of the onboarding wizard: convert between saved answers and the form's drafts
// (strings, one line per list item), validate one answer with the contract's own schema, and pick
// the step to resume at.
import {
  type PartialBrandAnswers,
  partialBrandAnswersSchema,
  type Question,
  type Questionnaire,
  type SavedAnswers,
} from '@brandwright/contracts';
import type { z } from 'zod';
import type { FieldProblem } from '../../api/errors';

/** Multi-choice questions hold the picked values; every other type holds the raw text. */
export type Draft = string | string[];
export type Drafts = Record<string, Draft>;
export type AnswerErrors = Record<string, string>;

type Checked = { ok: true; value: unknown } | { ok: false; error: string };

const EMPTY_MESSAGES: Record<Question['type'], string> = {
  text: 'Please answer this question.',
  textarea: 'Please answer this question.',
  number: 'Enter a number.',
  single: 'Pick one option.',
  multi: 'Pick at least one option.',
  list: 'Add at least one item, one per line.',
};

export function toDraft(question: Question, value: unknown): Draft {
  if (question.type === 'multi') return Array.isArray(value) ? value.map(String) : [];
  if (question.type === 'list') return Array.isArray(value) ? value.join('\n') : '';
  return value === undefined || value === null ? '' : String(value);
}

export function toDrafts(questionnaire: Questionnaire, saved: SavedAnswers): Drafts {
  const answers = saved.answers as Record<string, unknown>;
  return Object.fromEntries(questionnaire.questions.map((q) => [q.id, toDraft(q, answers[q.id])]));
}

/** The raw answer a draft stands for; undefined when the question is left empty. */
function fromDraft(question: Question, draft: Draft | undefined): unknown {
  if (Array.isArray(draft)) return draft.length > 0 ? draft : undefined;
  const text = (draft ?? '').trim();
  if (question.type === 'list') {
    const items = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    // An optional list left empty is a real answer ("none"); a required one is still missing.
    return items.length > 0 || !question.required ? items : undefined;
  }
  if (text === '') return undefined;
  return question.type === 'number' ? Number(text) : text;
}

function schemaFor(id: string): z.ZodType | undefined {
  const shape: Record<string, z.ZodType> = partialBrandAnswersSchema.shape;
  return shape[id];
}

function issueMessage(question: Question, issue: z.core.$ZodIssue): string {
  if (question.type === 'number') {
    const range = question.max === undefined ? '' : ` from ${question.min ?? 0} to ${question.max}`;
    return `Enter a whole number${range}.`;
  }
  const line = issue.path[0];
  if (question.type === 'list' && typeof line === 'number') return `Line ${line + 1}: ${issue.message}`;
  return issue.message;
}

/** Checks one answer the way the server will, with the contract's schema for that question. */
export function checkAnswer(question: Question, draft: Draft | undefined): Checked {
  const value = fromDraft(question, draft);
  if (value === undefined) {
    return question.required ? { ok: false, error: EMPTY_MESSAGES[question.type] } : { ok: true, value };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return { ok: false, error: 'Enter a number.' };
  const schema = schemaFor(question.id);
  if (!schema) return { ok: true, value };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: issue ? issueMessage(question, issue) : 'Check this answer.' };
}

/** Errors for the given questions; empty when they may be saved. */
export function validateQuestions(questions: Question[], drafts: Drafts): AnswerErrors {
  const errors: AnswerErrors = {};
  for (const question of questions) {
    const checked = checkAnswer(question, drafts[question.id]);
    if (!checked.ok) errors[question.id] = checked.error;
  }
  return errors;
}

/**
 * Everything answered so far, for PUT /brand/answers (which replaces the saved set). Answers that
 * do not pass their schema are left out so one half-edited field elsewhere cannot block saving.
 */
export function collectAnswers(questions: Question[], drafts: Drafts): PartialBrandAnswers {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    const checked = checkAnswer(question, drafts[question.id]);
    if (checked.ok && checked.value !== undefined) answers[question.id] = checked.value;
  }
  return answers as PartialBrandAnswers;
}

/** Server field errors (paths like "answers.expertise.0") keyed by question id. */
export function answerErrorsFrom(problems: readonly FieldProblem[]): AnswerErrors {
  const errors: AnswerErrors = {};
  for (const { path, message } of problems) {
    const [root, id] = path.split('.');
    const key = root === 'answers' && id ? id : (root ?? path);
    if (!(key in errors)) errors[key] = message;
  }
  return errors;
}

export function stepIndexOf(questionnaire: Questionnaire, questionId: string | undefined): number {
  const stepId = questionnaire.questions.find((q) => q.id === questionId)?.step;
  const index = questionnaire.steps.findIndex((step) => step.id === stepId);
  return Math.max(0, index);
}

/** Resume at the first step with a missing required answer; with none missing, at the last step. */
export function resumeStepIndex(questionnaire: Questionnaire, saved: SavedAnswers): number {
  if (saved.missing.length > 0) return stepIndexOf(questionnaire, saved.missing[0]);
  return saved.updatedAt === null ? 0 : questionnaire.steps.length - 1;
}
