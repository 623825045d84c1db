// Stores a generation result as a draft content item, so generating leaves something the user can
// open, edit and schedule: the first variant becomes the body (author 'ai'); the response still
// carries every variant with its scores for the user to choose from.
import type { ContentService } from './content.service.js';
import type { DraftSink } from './generation/index.js';

export function contentDraftSink(content: ContentService): DraftSink {
  return {
    async saveDraft(userId, result, platforms) {
      const first = result.variants[0];
      if (!first) return {};
      const draft = await content.createDraft(userId, {
        type: result.type,
        title: first.title,
        // Thread parts are stored as paragraphs: the content module checks limits part by part.
        body: first.parts ? first.parts.join('\n\n') : first.body,
        bodyFormat: result.type === 'article' ? 'markdown' : undefined,
        // The platform written for comes first: it is the one the body fits.
        platforms: [result.platform, ...(platforms ?? []).filter((p) => p !== result.platform)],
        pillar: result.pillar ?? undefined,
        author: 'ai',
        aiMetadata: {
          // An atomised piece names its source by id, so the draft can link back to it.
          generatedFrom: (result.sourceContentId
            ? `content:${result.sourceContentId} (${result.topic})`
            : result.topic
          ).slice(0, 2000),
          modelUsed: result.modelUsed,
          voiceScore: first.scores.voiceMatch,
          template: result.templateId ?? first.template,
        },
      });
      return { id: draft.id };
    },
  };
}
