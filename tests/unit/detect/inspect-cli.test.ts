import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../cli/inspect.ts';
import { COMMITMENT_FIXTURES } from '../commitments/fixture-text.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function capture(): { out: () => string; err: () => string } {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return { out: () => log.mock.calls.flat().join('\n'), err: () => error.mock.calls.flat().join('\n') };
}

describe('plan-annotator inspect', () => {
  afterEach(() => vi.restoreAllMocks());
  const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
  const html = join(dir, 'plan.html');
  writeFileSync(
    html,
    `<html><head><title>Plan d'action national pour un gouvernement ouvert</title></head><body>
     <h1>Partenariat pour un gouvernement ouvert</h1>
     <h2>Engagement 1 : Ouvrir les données</h2><p>Institution responsable : Etalab</p>
     <h2>Engagement 2 : Publier les avis</h2><p>Institution responsable : SGG</p></body></html>`,
  );

  it('prints exactly the promised keys with --json, page null for HTML', async () => {
    const io = capture();
    expect(await run(['--json', html])).toBe(0);
    const result = JSON.parse(io.out()) as { commitments: Array<Record<string, unknown>> } & Record<
      string,
      unknown
    >;
    expect(Object.keys(result)).toEqual(['kind', 'score', 'language', 'reasons', 'commitments']);
    expect(result).toMatchObject({ kind: 'action-plan', language: 'fr' });
    expect(Object.keys(result.commitments[0] ?? {})).toEqual([
      'label',
      'title',
      'page',
      'start',
      'end',
      'theme',
      'leadAgency',
      'startDate',
      'endDate',
      'milestones',
      'reportedStatus',
    ]);
    expect(result.commitments.map((c) => [c.label, c.title, c.page, c.leadAgency])).toEqual([
      ['1', 'Ouvrir les données', null, 'Etalab'],
      ['2', 'Publier les avis', null, 'SGG'],
    ]);
  });

  it('prints a readable summary', async () => {
    const io = capture();
    expect(await run([html])).toBe(0);
    expect(io.out()).toContain('kind:     action-plan');
    expect(io.out()).toContain('1  Ouvrir les données');
  });

  it.each([
    [['/no/such/file.pdf'], 'no such file'],
    [[COMMITMENT_FIXTURES + 'plan-en.expected.json'], 'neither a PDF nor an HTML page'],
    [['ftp://example.org/plan.pdf'], 'only http and https'],
  ])('fails in plain words for %s', async (args, message) => {
    const io = capture();
    expect(await run(args)).toBe(1);
    expect(io.err()).toContain(message);
  });

  it('fails in plain words for a PDF with no text layer', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, await pdf.save());
    const io = capture();
    expect(await run([scan])).toBe(1);
    expect(io.err()).toContain('has no text layer');
  });

  it('says how to use it when given nothing', async () => {
    const io = capture();
    expect(await run([])).toBe(2);
    expect(io.err()).toContain('Usage: plan-annotator inspect');
  });
});
