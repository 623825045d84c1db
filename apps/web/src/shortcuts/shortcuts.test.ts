// The shortcut table's invariants (one id and one meaning per key, single keys never fire while
// typing, every binding parses), the key caps printed on the help sheet, and what counts as typing.
import { parseKeybinding } from 'tinykeys';
import { describe, expect, it } from 'vitest';
import { isTypingTarget, keyCaps, SHORTCUT_GROUPS, SHORTCUTS } from './shortcuts';

/** A stand-in element: tag, input type, contenteditable state and ancestors matching closest(). */
function element(tagName: string, options: { type?: string; editable?: boolean; inEditable?: boolean } = {}) {
  return {
    tagName,
    type: options.type ?? 'text',
    isContentEditable: options.editable ?? false,
    closest: () => (options.inEditable ? {} : null),
  } as unknown as EventTarget;
}

describe('shortcut table', () => {
  it('has unique ids and bindings, each in a listed group and parseable by tinykeys', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    const bindings = SHORTCUTS.flatMap((s) => s.bindings);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(bindings).size).toBe(bindings.length);
    for (const shortcut of SHORTCUTS) {
      expect(SHORTCUT_GROUPS).toContain(shortcut.group);
      for (const binding of shortcut.bindings) expect(parseKeybinding(binding).length).toBeGreaterThan(0);
    }
  });

  it('lets only modifier combos fire while typing', () => {
    for (const shortcut of SHORTCUTS) {
      const usesModifier = shortcut.bindings.every((b) => /\$mod\+/.test(b));
      expect(shortcut.whileTyping).toBe(usesModifier);
    }
  });

  it('has the keys the help sheet promises', () => {
    const byId = Object.fromEntries(SHORTCUTS.map((s) => [s.id, s.bindings[0]]));
    expect(byId).toMatchObject({ help: 'Shift+?', newDraft: 'n', search: '/', save: '$mod+s' });
  });
});

describe('keyCaps', () => {
  it('prints Cmd on a Mac and Ctrl elsewhere, sequences as presses, ? without its Shift', () => {
    expect(keyCaps('$mod+s', true)).toEqual([['⌘', 'S']]);
    expect(keyCaps('$mod+s', false)).toEqual([['Ctrl', 'S']]);
    expect(keyCaps('$mod+Enter', false)).toEqual([['Ctrl', 'Enter']]);
    expect(keyCaps('g c', false)).toEqual([['G'], ['C']]);
    expect(keyCaps('Shift+?', false)).toEqual([['?']]);
    expect(keyCaps('Shift+a', false)).toEqual([['Shift', 'A']]);
  });
});

describe('isTypingTarget', () => {
  it('treats text fields, text areas, selects and rich text as typing', () => {
    expect(isTypingTarget(element('INPUT'))).toBe(true);
    expect(isTypingTarget(element('INPUT', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(element('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(element('SELECT'))).toBe(true);
    expect(isTypingTarget(element('DIV', { editable: true }))).toBe(true);
    expect(isTypingTarget(element('P', { inEditable: true }))).toBe(true);
  });

  it('leaves buttons, links, checkboxes and the page itself to shortcuts', () => {
    expect(isTypingTarget(element('BUTTON'))).toBe(false);
    expect(isTypingTarget(element('A'))).toBe(false);
    expect(isTypingTarget(element('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({} as EventTarget)).toBe(false);
  });
});
