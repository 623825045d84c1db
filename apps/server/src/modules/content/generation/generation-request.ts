// Turns a generate request into what the generator needs: the content type, the topic and pillar,
// the template to follow and the source piece to atomise. Templates and sources are looked up
// through ports the content module fills (generation sits inside it and cannot import its index).
import { randomInt } from 'node:crypto';
import type {
  Content,
  ContentTemplate,
  GeneratedType,
  GenerateRequest,
  Platform,
  Strategy,
} from '@brandwright/contracts';
import type { TemplateHint } from '../../../adapters/ai/index.js';
import { DomainError } from '../../../platform/errors/index.js';
import { keyPhrases } from '../../../platform/nlp/index.js';
import { GenerationError } from './generation.errors.js';

/** Built-in or own templates by id; throws a not_found DomainError for anything else. */
export interface TemplateLookup {
  get(userId: string, id: string): Promise<ContentTemplate>;
}
/** The caller's own pieces by id; throws a not_found DomainError for anything else. */
export interface SourceLookup {
  get(userId: string, id: string): Promise<Content>;
}

export interface Source {
  id: string;
  /** Plain text of the piece, headings and markup left out. */
  text: string;
  /** Its title, or its most salient phrase: the topic when the request names none. */
  topic: string;
}

const THREAD_PLATFORMS: Platform[] = ['x', 'bluesky', 'mastodon'];

const allowedOn = (platform: Platform, type: GeneratedType) =>
  platform === 'medium'
    ? type === 'article'
    : type === 'post' || (type === 'thread' && THREAD_PLATFORMS.includes(platform));

/** The requested type, else the template's format when the platform takes it, else the default. */
export function resolveType(
  platform: Platform,
  type: GeneratedType | undefined,
  template?: ContentTemplate,
): GeneratedType {
  const preferred = template?.format;
  const fromTemplate =
    preferred === 'post' || preferred === 'thread' || preferred === 'article' ? preferred : undefined;
  const resolved =
    type ??
    (fromTemplate && allowedOn(platform, fromTemplate) ? fromTemplate : undefined) ??
    (platform === 'medium' ? 'article' : 'post');
  if (!allowedOn(platform, resolved))
    throw new GenerationError('UNSUPPORTED_TYPE', `A ${resolved} is not available on ${platform}.`, {
      fields: [
        {
          path: 'type',
          message: platform === 'medium' ? 'Medium takes articles only' : `Not available on ${platform}`,
        },
      ],
    });
  return resolved;
}

/** A pillar drawn by its share of posts, then one of its example topics. */
export function pickTopic(strategy: Strategy, pillarName: string | undefined) {
  const pillars = strategy.contentPillars;
  let pillar = pillars.find((p) => p.name.toLowerCase() === pillarName?.toLowerCase());
  if (!pillar) {
    const ticket = randomInt(100);
    let cumulative = 0;
    pillar = pillars.find((p) => {
      cumulative += p.share;
      return ticket < cumulative;
    });
  }
  if (!pillar) throw new Error('a validated strategy has at least three pillars');
  return {
    pillar: pillar.name,
    topic: pillar.exampleTopics[randomInt(pillar.exampleTopics.length)] ?? pillar.name,
  };
}

/** A lookup's not_found becomes a not_found naming the request field, so the client knows which id. */
async function lookup<T>(field: 'templateId' | 'sourceContentId', find: () => Promise<T>): Promise<T> {
  try {
    return await find();
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== 'not_found') throw error;
    const code = field === 'templateId' ? 'TEMPLATE_NOT_FOUND' : 'SOURCE_NOT_FOUND';
    throw new GenerationError(code, undefined, {
      fields: [{ path: field, message: 'Not found among yours' }],
    });
  }
}

export function templateOf(templates: TemplateLookup, userId: string, request: GenerateRequest) {
  const id = request.templateId;
  return id ? lookup('templateId', () => templates.get(userId, id)) : Promise.resolve(undefined);
}

export const hintOf = (template: ContentTemplate): TemplateHint => ({
  name: template.name,
  structure: template.structure,
});

/** Markdown to plain sentences: headings, list markers, emphasis, images and link targets dropped. */
export function plainTextOf(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line))
    .map((line) => line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/^\s*>\s?/, ''))
    .join('\n')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

export async function sourceOf(
  sources: SourceLookup,
  userId: string,
  request: GenerateRequest,
): Promise<Source | undefined> {
  const id = request.sourceContentId;
  if (!id) return undefined;
  const piece = await lookup('sourceContentId', () => sources.get(userId, id));
  const text = plainTextOf(piece.bodyMarkdown);
  const topic = piece.title?.trim() || keyPhrases(text, 1)[0]?.phrase || text.slice(0, 80);
  return { id: piece.id, text, topic: topic.slice(0, 200) };
}
