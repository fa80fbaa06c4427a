import { describe, expect, it, afterEach } from 'vitest';
import enMessages from '../../../_locales/en/messages.json';
import { AnnotationSchema, BodySchema, MAX_TAG_LENGTH } from '../../../src/core/model/annotation.ts';
import { FIELD_MESSAGES, fieldMessage, fieldMessageSource } from '../../../src/core/model/field-messages.ts';
import { parseWith } from '../../../src/core/model/validation.ts';
import { fieldErrorText } from '../../../src/i18n/field-errors.ts';
import { setTestLanguage } from '../../support/chrome-i18n.ts';

afterEach(() => setTestLanguage('en-US'));

function errorsOf(schema: typeof BodySchema, input: unknown) {
  const parsed = parseWith(schema, input);
  return parsed.ok ? [] : parsed.errors;
}

describe('field messages', () => {
  it('keeps the English words the server answers with, and adds the code', () => {
    const errors = errorsOf(BodySchema, {
      comment: '',
      tags: ['', 'x'.repeat(MAX_TAG_LENGTH + 1)],
      colour: 1,
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'tags.0', message: 'a tag is empty', code: 'tagEmpty' },
        {
          field: 'tags.1',
          message: `a tag is longer than ${MAX_TAG_LENGTH} characters`,
          code: 'tagTooLong',
          params: [String(MAX_TAG_LENGTH)],
        },
        { field: 'colour', message: 'is not a known field', code: 'unknownField' },
      ]),
    );
  });

  it('carries the allowed values of a closed list as a parameter', () => {
    const body = {
      comment: '',
      tags: [],
      assessment: { completion: 'done', values: [], impact: null, verifiable: null },
    };
    const [error] = errorsOf(BodySchema, body);
    expect(error).toEqual({
      field: 'assessment.completion',
      message:
        'must be one of the completion levels: no-evidence, not-started, limited, substantial, complete',
      code: 'completionOneOf',
      params: ['no-evidence, not-started, limited, substantial, complete'],
    });
  });

  it('leaves zod’s own messages without a code', () => {
    const parsed = parseWith(AnnotationSchema, { id: 42 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.find((e) => e.field === 'document')?.code).toBeUndefined();
  });

  it('has an English message for every code, the same text as the core', () => {
    const en = enMessages as Record<string, { message: string }>;
    for (const [code, text] of Object.entries(FIELD_MESSAGES)) {
      expect(en[`field_${code}`]?.message, code).toBe(text);
    }
  });

  it('recognises a message that came back as text alone', () => {
    expect(fieldMessageSource(fieldMessage('commentTooLong', 20000))).toEqual({
      code: 'commentTooLong',
      params: ['20000'],
    });
    expect(fieldMessageSource('must be a UUID')).toEqual({ code: 'uuid' });
    expect(fieldMessageSource('something else')).toBeUndefined();
  });
});

describe('fieldErrorText', () => {
  it('is the English message in English', () => {
    expect(fieldErrorText({ message: 'a tag is empty', code: 'tagEmpty' })).toBe('a tag is empty');
  });

  it('translates by code into Portuguese, with numbers written the Portuguese way', () => {
    setTestLanguage('pt-PT');
    expect(fieldErrorText({ message: 'a tag is empty', code: 'tagEmpty' })).toBe('uma etiqueta está vazia');
    const [tooLong] = errorsOf(BodySchema, { comment: 'x'.repeat(20_001), tags: [] });
    expect(tooLong && fieldErrorText(tooLong)).toBe(
      `o comentário tem mais de ${new Intl.NumberFormat('pt-PT').format(20_000)} caracteres`,
    );
    const [completion] = errorsOf(BodySchema, {
      comment: '',
      tags: [],
      assessment: { completion: '', values: [], impact: null, verifiable: null },
    });
    expect(completion && fieldErrorText(completion)).toBe(
      'tem de ser um dos níveis de conclusão: no-evidence, not-started, limited, substantial, complete',
    );
  });

  it('translates a known message without a code (e.g. from the server), and keeps any other one', () => {
    setTestLanguage('pt-PT');
    expect(fieldErrorText({ message: 'must be an http or https address' })).toBe(
      'tem de ser um endereço http ou https',
    );
    expect(fieldErrorText({ message: 'Invalid input: expected string, received number' })).toBe(
      'Invalid input: expected string, received number',
    );
    expect(fieldErrorText({ message: 'x', code: 'notACode' as never })).toBe('x');
  });
});
