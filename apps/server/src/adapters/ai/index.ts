// Public surface of the AI adapter: the ports, their types and schemas, AiError and the factory.
// Modules import only from here.
export { AiError } from './errors.js';
export { type Ai, type AiConfig, type AiOptions, createAi, OFFLINE_DIMENSIONS } from './factory.js';
export { OFFLINE_EMBEDDING_MODEL } from './offline/embedder.js';
export { OFFLINE_MODEL } from './offline/generator.js';
export {
  type AuthorFacts,
  DEFAULT_VOICE,
  type Embedder,
  type EmbeddingResult,
  type PostFormat,
  type PostsEvent,
  type PostsInput,
  type PostsResult,
  type PostTemplate,
  type PostVariant,
  type ProfileFacts,
  type RewriteInput,
  type RewriteInstruction,
  type RewriteResult,
  type StrategyInput,
  type StrategyResult,
  type TemplateHint,
  type TextGenerator,
  type VoiceCheck,
  type VoiceStyle,
  voiceStyleSchema,
} from './port.js';
export {
  type InsightsSummaryInput,
  type InsightsSummaryResult,
  type InsightsWriter,
  insightsSummaryOutputSchema,
} from './summary-port.js';
export { templateShape } from './template-hint.js';
