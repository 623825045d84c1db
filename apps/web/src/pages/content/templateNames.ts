// Template names in words wherever a draft or variant names its template: the user's and the
// built-in templates by id from the templates list, else the id made readable ("builtin:story"
// → "Story", "hook-story" → "Hook story") so no raw id reaches the page.
import { useCallback } from 'react';
import { useTemplates } from '../../queries/content';

/** "builtin:step-by-step" → "Step by step"; used until (or when) the templates list lacks the id. */
export function readableTemplateId(id: string): string {
  const words = id
    .replace(/^builtin:/, '')
    .replace(/[-_:]+/g, ' ')
    .trim();
  return words ? words[0]?.toUpperCase() + words.slice(1) : 'Custom template';
}

export function useTemplateName(): (id: string) => string {
  const templates = useTemplates().data;
  return useCallback(
    (id: string) => templates?.find((t) => t.id === id)?.name ?? readableTemplateId(id),
    [templates],
  );
}
