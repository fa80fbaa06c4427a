import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { RequestError } from '../../../src/background/request-error.ts';
import { setTestLanguage } from '../../support/chrome-i18n.ts';
import {
  checkRequest,
  createRouter,
  senderKindOf,
  type Handlers,
  type Sender,
} from '../../../src/background/router.ts';

const extension = { id: 'plan-annotator-id', origin: 'chrome-extension://plan-annotator-id/' };
const page = 'https://www.gov.example/plan';
const tab = { id: 7, url: page } as chrome.tabs.Tab;
const contentSender: Sender = { id: extension.id, url: page, tab, frameId: 0 };
const sidebarSender: Sender = {
  id: extension.id,
  url: `${extension.origin}src/sidebar/sidebar.html`,
  tab,
  frameId: 3,
};
const popupSender: Sender = { id: extension.id, url: `${extension.origin}popup/popup.html` };

function annotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: '0b6f1c7e-3c1a-4d2b-9f4e-5a6b7c8d9e0f',
    motivation: 'commenting',
    target: { source: page, selector: [{ type: 'TextQuoteSelector', exact: 'open data portal' }] },
    body: { comment: 'Launched in 2025?', tags: ['data'] },
    document: { title: 'National Action Plan' },
    visibility: 'private',
    created: '2026-01-31T12:00:00.000Z',
    modified: '2026-01-31T12:00:00.000Z',
    ...overrides,
  };
}

describe('senderKindOf', () => {
  it('tells our pages, content scripts and strangers apart', () => {
    expect(senderKindOf(contentSender, extension)).toBe('content');
    expect(senderKindOf(sidebarSender, extension)).toBe('page');
    expect(senderKindOf(popupSender, extension)).toBe('page');
    expect(senderKindOf({ ...contentSender, id: 'another-extension' }, extension)).toBeNull();
    expect(senderKindOf({ id: extension.id, url: page }, extension)).toBeNull();
  });
});

describe('checkRequest', () => {
  it('accepts a valid request and returns its parsed payload', () => {
    const result = checkRequest(
      { type: 'annotations.save', payload: { annotation: annotation() } },
      'content',
    );
    expect(result).toEqual({
      ok: true,
      value: { type: 'annotations.save', payload: { annotation: annotation() } },
    });
  });

  it.each([
    null,
    'annotations.list',
    [],
    { payload: {} },
    { type: 3, payload: {} },
    { type: 'annotations.list' },
  ])('refuses the malformed envelope %j', (message) => {
    const result = checkRequest(message, 'content');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid');
  });

  it('names an unknown type, including inherited property names', () => {
    for (const type of ['annotations.purge', 'toString', '__proto__']) {
      const result = checkRequest({ type, payload: {} }, 'page');
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
      if (!result.ok) expect(result.error.message).toContain(`"${type}"`);
    }
  });

  it('refuses a request from a sender it is not meant for', () => {
    const fromContent = checkRequest(
      { type: 'annotations.delete', payload: { id: annotation().id } },
      'content',
    );
    expect(fromContent).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const fromPage = checkRequest(
      { type: 'relay.toSidebar', payload: { event: { type: 'anchors.changed', states: {} } } },
      'page',
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const popupStatus = checkRequest({ type: 'tab.status', payload: { tabId: 7 } }, 'content');
    expect(popupStatus).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses every request from an unknown sender', () => {
    expect(checkRequest({ type: 'annotations.list', payload: {} }, null)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('names the field at fault in an annotation, relative to the annotation', () => {
    const bad = annotation({ body: { comment: '', tags: ['   '] } });
    const result = checkRequest({ type: 'annotations.save', payload: { annotation: bad } }, 'page');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: 'The annotation was refused: body.tags.0: a tag is empty',
        fields: [{ field: 'body.tags.0', message: 'a tag is empty', code: 'tagEmpty' }],
      },
    });
  });

  it('lists every faulty field, unknown ones included', () => {
    const bad = { ...annotation(), id: 'not-a-uuid', colour: 'red' };
    const result = checkRequest({ type: 'annotations.save', payload: { annotation: bad } }, 'content');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'id', message: 'must be a UUID', code: 'uuid' },
        { field: 'colour', message: 'is not a known field', code: 'unknownField' },
      ]),
    );
  });

  it('refuses in the browser’s language, the field paths as the schema names them', () => {
    setTestLanguage('pt-PT');
    try {
      const bad = annotation({ body: { comment: '', tags: ['   '] } });
      const result = checkRequest({ type: 'annotations.save', payload: { annotation: bad } }, 'page');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.message).toMatch(/^A anotação foi recusada: body\.tags\.0: /);
      expect(result.error.message).not.toContain('a tag is empty');
      // The fields keep the English the server also answers, for whoever reads them as data.
      expect(result.error.fields).toMatchObject([{ field: 'body.tags.0', message: 'a tag is empty' }]);
    } finally {
      setTestLanguage('en-US');
    }
  });

  it('names payload fields of other requests from the payload', () => {
    const result = checkRequest({ type: 'tab.status', payload: { tabId: -1, extra: true } }, 'page');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.map((f) => f.field).sort()).toEqual(['extra', 'tabId']);
    expect(result.error.message).toMatch(/^The request "tab.status" was refused: /);
  });
});

describe('the detect content script requests', () => {
  const report = {
    kind: 'action-plan',
    score: 0.9,
    language: 'en',
    reasons: [{ code: 'planInTitle' }],
    planPdfLinks: 1,
  };

  it('accepts a report and a viewer address from a content script only', () => {
    expect(checkRequest({ type: 'detect.report', payload: report }, 'content')).toEqual({
      ok: true,
      value: { type: 'detect.report', payload: report },
    });
    const open = { type: 'viewer.open', payload: { url: 'https://data.gov.uk/plan.pdf' } };
    expect(checkRequest(open, 'content')).toMatchObject({ ok: true });
    expect(checkRequest({ type: 'detect.report', payload: report }, 'page')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(checkRequest(open, 'viewer')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('names every faulty field of a malformed report', () => {
    const bad = {
      kind: 'press-release',
      score: 1.5,
      language: 'de',
      reasons: [...Array.from({ length: 10 }, () => ({ code: 'noCue' })), { code: 'x'.repeat(201) }],
      planPdfLinks: -1,
      html: '<b>',
    };
    const result = checkRequest({ type: 'detect.report', payload: bad }, 'content');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.error.message).toMatch(/^The request "detect.report" was refused: /);
    const fields = result.error.fields?.map((f) => f.field) ?? [];
    for (const field of ['kind', 'score', 'language', 'reasons', 'planPdfLinks', 'html']) {
      expect(fields).toContain(field);
    }
    const long = checkRequest(
      { type: 'detect.report', payload: { ...report, reasons: ['x'.repeat(201)] } },
      'content',
    );
    expect(long).toMatchObject({ ok: false, error: { fields: [{ field: 'reasons.0' }] } });
    const missing = checkRequest({ type: 'detect.report', payload: { kind: 'other' } }, 'content');
    expect(missing.ok).toBe(false);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'chrome://settings', 'not a url', ''])(
    'refuses to open %j in the viewer',
    (url) => {
      const result = checkRequest({ type: 'viewer.open', payload: { url } }, 'content');
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid', fields: [{ field: 'url', message: 'must be an http or https address' }] },
      });
    },
  );

  it('refuses extra fields in viewer.open', () => {
    const result = checkRequest(
      { type: 'viewer.open', payload: { url: 'https://gov.br/plano.pdf', tabId: 3 } },
      'content',
    );
    expect(result).toMatchObject({ ok: false, error: { fields: [{ field: 'tabId' }] } });
  });
});

describe('createRouter', () => {
  afterEach(() => void vi.restoreAllMocks());

  function handlers(overrides: Partial<Handlers> = {}): Handlers {
    const unused = async (): Promise<never> => {
      throw new Error('not expected in this test');
    };
    return {
      'annotations.list': vi.fn(async () => ({ documentUri: page, annotations: [], authors: {}, me: null })),
      'annotations.save': vi.fn(async ({ annotation: saved }) => ({ annotation: saved })),
      'annotations.delete': vi.fn(unused),
      'annotations.link': vi.fn(unused),
      'moderation.hide': vi.fn(unused),
      'moderation.flag': vi.fn(unused),
      'moderation.flags': vi.fn(unused),
      'relay.toSidebar': vi.fn(unused),
      'relay.toAnnotator': vi.fn(unused),
      'tab.status': vi.fn(unused),
      'tab.annotate': vi.fn(unused),
      'tab.hideHighlights': vi.fn(unused),
      'highlights.hidden': vi.fn(unused),
      'group.activity': vi.fn(unused),
      'detect.report': vi.fn(async ({ kind }) => ({ badge: kind === 'action-plan' })),
      'site.allowed': vi.fn(unused),
      'detector.everywhere': vi.fn(unused),
      'viewer.open': vi.fn(unused),
      'evidence.currentPage': vi.fn(unused),
      'tags.suggest': vi.fn(unused),
      'commitments.find': vi.fn(unused),
      'plans.group': vi.fn(unused),
      'tab.annotations': vi.fn(unused),
      'annotations.all': vi.fn(unused),
      'annotations.search': vi.fn(unused),
      'annotations.open': vi.fn(unused),
      'export.group': vi.fn(unused),
      'sync.status': vi.fn(unused),
      'sync.now': vi.fn(unused),
      'sync.sendRefused': vi.fn(unused),
      'settings.get': vi.fn(unused),
      'settings.update': vi.fn(unused),
      'account.signUp': vi.fn(unused),
      'account.signIn': vi.fn(unused),
      'account.signOut': vi.fn(unused),
      'group.create': vi.fn(unused),
      'group.join': vi.fn(unused),
      'group.invitation': vi.fn(unused),
      ...overrides,
    };
  }

  it('hands the parsed payload and the sender kind to the handler of that type', async () => {
    const map = handlers();
    const route = createRouter({ handlers: map, ready: Promise.resolve(), extension });
    const reply = await route({ type: 'annotations.list', payload: {} }, sidebarSender);
    expect(reply).toEqual({ ok: true, value: { documentUri: page, annotations: [], authors: {}, me: null } });
    expect(map['annotations.list']).toHaveBeenCalledWith({}, { sender: sidebarSender, kind: 'page' });
  });

  it("routes a content script's detection report to its handler", async () => {
    const map = handlers();
    const route = createRouter({ handlers: map, ready: Promise.resolve(), extension });
    const payload = {
      kind: 'other',
      score: 1,
      language: 'und',
      reasons: [{ code: 'noCue' }],
      planPdfLinks: 0,
    };
    expect(await route({ type: 'detect.report', payload }, contentSender)).toEqual({
      ok: true,
      value: { badge: false },
    });
    expect(map['detect.report']).toHaveBeenCalledWith(payload, { sender: contentSender, kind: 'content' });
  });

  it('calls no handler for a refused request', async () => {
    const map = handlers();
    const route = createRouter({ handlers: map, ready: Promise.resolve(), extension });
    const bad = annotation({ body: { comment: '', tags: [''] } });
    const reply = await route({ type: 'annotations.save', payload: { annotation: bad } }, contentSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(map['annotations.save']).not.toHaveBeenCalled();
  });

  it('passes a handler refusal through and hides other failures behind plain words', async () => {
    const route = createRouter({
      handlers: handlers({
        'annotations.save': async () => {
          throw new RequestError('forbidden', 'This annotation belongs to another page.');
        },
        'annotations.list': async () => {
          throw new TypeError('cursor.value is undefined');
        },
      }),
      ready: Promise.resolve(),
      extension,
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(
      await route({ type: 'annotations.save', payload: { annotation: annotation() } }, contentSender),
    ).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This annotation belongs to another page.' },
    });
    const failed = await route({ type: 'annotations.list', payload: {} }, contentSender);
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!failed.ok) expect(failed.error.message).not.toContain('cursor');
  });

  it('says so when the browser has no room to store a change', async () => {
    const route = createRouter({
      handlers: handlers({
        'annotations.save': async () => {
          // What IndexedDB rejects a transaction with past the origin's quota.
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      }),
      ready: Promise.resolve(),
      extension,
    });
    expect(
      await route({ type: 'annotations.save', payload: { annotation: annotation() } }, contentSender),
    ).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message:
          'The browser has no room left to store Plan Annotator’s data; nothing was changed. Free some disk space and try again.',
      },
    });
  });

  it('says what went wrong inside in the browser’s language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const route = createRouter({
      handlers: handlers({
        'annotations.list': async () => {
          throw new TypeError('cursor.value is undefined');
        },
      }),
      ready: Promise.resolve(),
      extension,
    });
    setTestLanguage('pt-PT');
    try {
      expect(await route({ type: 'annotations.list', payload: {} }, contentSender)).toEqual({
        ok: false,
        error: {
          code: 'internal',
          message: 'Algo correu mal no Plan Annotator; nada foi alterado. Tente novamente.',
        },
      });
    } finally {
      setTestLanguage('en-US');
    }
  });

  it('answers unavailable when storage did not open', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const route = createRouter({
      handlers: handlers(),
      ready: Promise.reject(new Error('quota')),
      extension,
    });
    expect(await route({ type: 'annotations.list', payload: {} }, contentSender)).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});
