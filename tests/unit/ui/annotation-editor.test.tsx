// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TAG_LENGTH, type AnnotationBody } from '../../../src/core/model/annotation.ts';
import { AnnotationEditor } from '../../../src/ui/annotation-editor.tsx';
import { AssessmentView } from '../../../src/ui/assessment-view.tsx';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { setTestLanguage } from '../../support/chrome-i18n.ts';

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

describe('AnnotationEditor in Portuguese', () => {
  beforeEach(() => setTestLanguage('pt-PT'));
  afterEach(() => setTestLanguage('en-US'));

  it('labels the assessment form and shows the schema refusals in Portuguese', () => {
    const onSave = vi.fn<(body: AnnotationBody) => void>();
    act(() =>
      render(<AnnotationEditor assess subject="Compromisso 1" onSave={onSave} onCancel={() => {}} />, root),
    );
    const form = byTestId('assessment-form');
    expect(form.getAttribute('aria-label')).toBe('Avaliar Compromisso 1');
    expect(byTestId('assessment-subject').textContent).toBe('A avaliar Compromisso 1');
    expect(byTestId('assessment-completion').textContent).toContain('Substancial');
    expect(byTestId('editor-save').textContent).toBe('Guardar');
    expect(byTestId('editor-cancel').textContent).toBe('Cancelar');
    expect(byTestId('evidence-add').textContent).toBe('Adicionar uma fonte');

    type(byTestId<HTMLInputElement>('editor-tags'), 'x'.repeat(MAX_TAG_LENGTH + 1));
    act(() => byTestId<HTMLButtonElement>('editor-save').click());
    expect(onSave).not.toHaveBeenCalled();
    // The completion level is missing: the refusal names the allowed values, which stay as stored.
    expect(byTestId('completion-error').textContent).toBe(
      'tem de ser um dos níveis de conclusão: no-evidence, not-started, limited, substantial, complete',
    );
    const tagAlert = byTestId<HTMLInputElement>('editor-tags').closest('form')?.querySelector('.field-error');
    expect(root.textContent).toContain(`uma etiqueta tem mais de ${MAX_TAG_LENGTH} caracteres`);
    expect(tagAlert).not.toBeNull();
  });

  it('shows an assessment with its vocabulary and dates in Portuguese', () => {
    const annotation: Annotation = {
      id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      motivation: 'assessing',
      target: {
        source: 'https://open.gov.example/plan',
        selector: [{ type: 'TextQuoteSelector', exact: 'x' }],
      },
      body: {
        comment: '',
        tags: [],
        assessment: {
          completion: 'limited',
          values: ['civic-participation'],
          impact: 'minor',
          verifiable: true,
        },
        evidence: [
          {
            url: 'https://budget.example.gov/',
            title: 'Lei do orçamento',
            kind: 'law-or-decree',
            published: '2025-01-15',
            accessed: '2026-11-23',
            excerpt: '',
          },
        ],
      },
      document: { title: 'Plano' },
      visibility: 'group',
      created: '2026-11-23T10:00:00.000Z',
      modified: '2026-11-23T10:00:00.000Z',
    };
    act(() => render(<AssessmentView annotation={annotation} />, root));
    expect(byTestId('card-completion').textContent).toBe('Limitado');
    const fields = byTestId('card-assessment').textContent;
    expect(fields).toContain('Participação cívica');
    expect(fields).toContain('Menor');
    expect(fields).toContain('Sim');
    const day = (iso: string) =>
      new Intl.DateTimeFormat('pt-PT', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    expect(byTestId('card-evidence-item').textContent).toBe(
      `Lei do orçamento · Lei ou decreto · publicada em ${day('2025-01-15')} · consultada em ${day('2026-11-23')}`,
    );
  });
});
