// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TAG_LENGTH, type AnnotationBody } from '../../../src/core/model/annotation.ts';
import { AnnotationEditor } from '../../../src/ui/annotation-editor.tsx';

let root: HTMLDivElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

function byTestId<E extends Element = HTMLElement>(id: string): E {
  const found = root.querySelector<E>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no element with data-testid="${id}"`);
  return found;
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(target: Element, key: string, init: KeyboardEventInit = {}): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

function mount(initial?: AnnotationBody) {
  const onSave = vi.fn<(body: AnnotationBody) => void>();
  const onCancel = vi.fn<() => void>();
  act(() => render(<AnnotationEditor initial={initial} onSave={onSave} onCancel={onCancel} />, root));
  return { onSave, onCancel };
}

const tagChips = () => [...root.querySelectorAll('.tag')].map((li) => li.firstChild?.textContent);

describe('AnnotationEditor', () => {
  it('shows the schema message beside the tag field for an oversized tag, and does not save', () => {
    const { onSave } = mount();
    const tags = byTestId<HTMLInputElement>('editor-tags');
    type(tags, 'x'.repeat(MAX_TAG_LENGTH + 1));
    act(() => byTestId<HTMLButtonElement>('editor-save').click());

    expect(onSave).not.toHaveBeenCalled();
    const alert = tags.closest('form')?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(`a tag is longer than ${MAX_TAG_LENGTH} characters`);
    expect(tags.getAttribute('aria-invalid')).toBe('true');
    expect(tags.getAttribute('aria-describedby')).toContain(alert?.id);
  });

  it('refuses an oversized tag as soon as Enter tries to add it, keeping the text', () => {
    mount();
    const tags = byTestId<HTMLInputElement>('editor-tags');
    type(tags, 'y'.repeat(MAX_TAG_LENGTH + 5));
    press(tags, 'Enter');
    expect(tagChips()).toEqual([]);
    expect(tags.value).toHaveLength(MAX_TAG_LENGTH + 5);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('a tag is longer than');
  });

  it('adds tags with comma and Enter, removes with Backspace, and saves the body', () => {
    const { onSave } = mount({ comment: 'old', tags: [] });
    const tags = byTestId<HTMLInputElement>('editor-tags');
    type(tags, 'budget');
    press(tags, 'Enter');
    type(tags, 'health, water, ');
    expect(tagChips()).toEqual(['budget', 'health', 'water']);
    press(tags, 'Backspace');
    expect(tagChips()).toEqual(['budget', 'health']);

    type(byTestId<HTMLTextAreaElement>('editor-comment'), 'Needs **evidence**');
    type(tags, 'pending');
    press(byTestId('editor-comment'), 'Enter', { ctrlKey: true });
    expect(onSave).toHaveBeenCalledWith({
      comment: 'Needs **evidence**',
      tags: ['budget', 'health', 'pending'],
    });
  });

  it('removes a chip with its button', () => {
    mount({ comment: '', tags: ['a', 'b'] });
    act(() => root.querySelector<HTMLButtonElement>('[aria-label="Remove tag a"]')?.click());
    expect(tagChips()).toEqual(['b']);
  });

  it('cancels on Escape and on the Cancel button', () => {
    const { onCancel } = mount();
    press(byTestId('editor-comment'), 'Escape');
    act(() => byTestId<HTMLButtonElement>('editor-cancel').click());
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});
