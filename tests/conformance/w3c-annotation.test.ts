import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toAnnotationCollection, toW3CExportDocument } from '../../src/core/export/annotation-collection.ts';
import { toW3CAnnotation } from '../../src/core/export/to-w3c.ts';
import type { MetaOf } from '../../src/core/export/export-meta.ts';
import {
  ALL_RECORDS,
  ASSESSED,
  COMMITMENT_COMMENT,
  HTML_COMMENT,
  manyRecord,
  PDF_HIGHLIGHT,
  REPLY,
  SAMPLE_RECORDS,
  TAGGED_ONLY,
  UNSUPPORTED,
} from '../unit/export/sample-records.ts';
import { REPLY as WHOLE_PLAN_REPLY, WHOLE_PLAN } from '../unit/export/whole-document-records.ts';
import { conformanceDir, describeIfAvailable } from '../support/require-env.ts';

const run = promisify(execFile);
/** Each check starts a Node process that compiles some 80 JSON schemas: seconds on a busy CI machine. */
const TIMEOUT = 60_000;
const REPO = resolve(import.meta.dirname, '../..');

const META: MetaOf = () => ({
  creator: { id: 'urn:uuid:11111111-2222-4333-8444-555555555555', name: 'Ana' },
  group: { id: 'urn:uuid:66666666-7777-4888-9999-000000000000' },
});

describeIfAvailable('W3C Web Annotation WG MUST assertions', conformanceDir(), (dir) => {
  let work = '';

  beforeAll(() => {
    // validate.mjs imports ajv from an ancestor node_modules, so its copy must live inside the repository.
    mkdirSync(join(REPO, 'test-results'), { recursive: true });
    work = mkdtempSync(join(REPO, 'test-results', 'w3c-annotation-'));
    cpSync(join(dir, 'w3c-annotation'), work, { recursive: true });
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /**
   * The validator's exit code and report: 0 means every MUST passed, for the object and (with --items) each
   * annotation embedded in it. --strict, because none of its documented upstream false failures apply to
   * what we write (our pages' partOf is an object), so none may be excused.
   */
  async function check(name: string, json: unknown): Promise<{ code: number; output: string }> {
    const file = join(work, `${name}.json`);
    writeFileSync(file, JSON.stringify(json, null, 2));
    return run(process.execPath, ['validate.mjs', '--quiet', '--strict', '--items', file], {
      cwd: work,
    }).then(
      () => ({ code: 0, output: '' }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? -1,
        output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );
  }

  async function validate(name: string, json: unknown): Promise<void> {
    const outcome = await check(name, json);
    expect(outcome, outcome.output).toEqual({ code: 0, output: '' });
  }

  it(
    'fails an annotation that breaks a MUST, so a pass above means something',
    { timeout: TIMEOUT },
    async () => {
      const good = toW3CAnnotation(HTML_COMMENT);
      const noTarget: Partial<typeof good> = { ...good };
      delete noTarget.target;
      expect((await check('control-no-target', noTarget)).code).toBe(1);
      expect((await check('control-bad-date', { ...good, created: 'last Tuesday' })).code).toBe(1);
    },
  );

  it(
    'passes for a collection export of many annotations (one collection, every item in its embedded page)',
    { timeout: TIMEOUT },
    async () => {
      const records = Array.from({ length: 23 }, (_, n) => manyRecord(n));
      const exported = toW3CExportDocument(records, {
        id: 'https://sync.example/groups/g1/export',
        label: 'Group export',
        pageSize: 10,
        baseUrl: 'https://sync.example/annotations/',
        metaOf: META,
      });
      expect(exported).toMatchObject({ type: 'AnnotationCollection', total: 23 });
      await validate('collection', exported);
    },
  );

  it('passes for a collection with urn:uuid ids and no base URL', { timeout: TIMEOUT }, async () => {
    await validate(
      'collection-urn',
      toW3CExportDocument(SAMPLE_RECORDS, {
        id: 'urn:uuid:7b0a3d4e-1c2f-4a5b-8c6d-7e8f9a0b1c2d',
        pageSize: 2,
      }),
    );
  });

  it('passes for a single standalone page', { timeout: TIMEOUT }, async () => {
    const { pages } = toAnnotationCollection(SAMPLE_RECORDS, {
      id: 'https://sync.example/export/9',
      pageSize: 2,
    });
    await validate('page', pages[1]);
    await validate('page-first', pages[0]);
  });

  it(
    'passes for a collection of assessments with evidence, commitments and replies (every fourth of 60)',
    { timeout: TIMEOUT },
    async () => {
      const records = [...ALL_RECORDS, ...Array.from({ length: 60 }, (_, n) => manyRecord(n))];
      expect(records.filter((r) => r.body.evidence?.length).length).toBeGreaterThan(5);
      await validate(
        'collection-assessments',
        toW3CExportDocument(records, {
          id: 'https://sync.example/api/groups/g1/export',
          pageSize: 16,
          baseUrl: 'https://sync.example/annotations/',
          metaOf: META,
        }),
      );
    },
  );

  it(
    'fails an evidence body written as a web resource with a purpose, so the check above means something',
    { timeout: TIMEOUT },
    async () => {
      const good = toW3CAnnotation(ASSESSED);
      const body = (good.body ?? []).map((b) =>
        b.type === 'SpecificResource' ? { id: b.source, purpose: b.purpose } : b,
      );
      expect((await check('control-ewr-purpose', { ...good, body })).code).toBe(1);
    },
  );

  it('passes for an empty collection', { timeout: TIMEOUT }, async () => {
    await validate('empty', toW3CExportDocument([], { id: 'https://sync.example/export/empty' }));
  });

  const singles = {
    'comment with quote and position selectors, Markdown comment and tag bodies': HTML_COMMENT,
    'PDF highlight with a page fragment refined by the quote, no body': PDF_HIGHLIGHT,
    'highlight with tag bodies only and a quote selector alone': TAGGED_ONLY,
    'supported assessment with commitment and two evidence resources': ASSESSED,
    'unsupported assessment with null terms': UNSUPPORTED,
    'reply targeting its passage and its parent annotation': REPLY,
    'comment on a PDF commitment citing evidence': COMMITMENT_COMMENT,
  };
  for (const [what, record] of Object.entries(singles)) {
    it(`passes for a single annotation: ${what}`, { timeout: TIMEOUT }, async () => {
      await validate(`single-${record.id}`, toW3CAnnotation(record));
      await validate(
        `single-meta-${record.id}`,
        toW3CAnnotation(record, { baseUrl: 'https://sync.example/annotations/', metaOf: META }),
      );
    });
  }
  it(
    'passes for notes on the whole document (target a bare IRI) with a canonical IRI, and a reply to one',
    { timeout: TIMEOUT },
    async () => {
      await validate('whole-document', toW3CAnnotation(WHOLE_PLAN, { metaOf: META }));
      await validate(
        'whole-document-collection',
        toW3CExportDocument([WHOLE_PLAN, WHOLE_PLAN_REPLY, HTML_COMMENT], {
          id: 'https://sync.example/api/groups/g1/export',
          baseUrl: 'https://sync.example/annotations/',
          metaOf: META,
        }),
      );
    },
  );
});
