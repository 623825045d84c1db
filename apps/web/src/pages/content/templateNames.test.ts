// Template ids shown in words when the templates list does not name them.
import { describe, expect, it } from 'vitest';
import { readableTemplateId } from './templateNames';

describe('readableTemplateId', () => {
  it('drops the built-in prefix and joins the slug as words', () => {
    expect(readableTemplateId('builtin:step-by-step')).toBe('Step by step');
    expect(readableTemplateId('hook_story')).toBe('Hook story');
  });

  it('never returns an empty name', () => {
    expect(readableTemplateId('builtin:')).toBe('Custom template');
  });
});
