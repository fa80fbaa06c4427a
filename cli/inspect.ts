import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { findCommitments, type Commitment, type CommitmentSource } from '../src/core/commitments/index.ts';
import { detectDocument, looksLikePlanPdfLink, type Detection } from '../src/core/detect/index.ts';
import { englishReason } from './english-reasons.ts';
import { htmlText } from '../src/core/text/html-text.ts';
import { pdfText } from './pdf-text.ts';

const USAGE = 'Usage: plan-annotator inspect <file.pdf|file.html|url> [--json]';
const FETCH_TIMEOUT_MS = 20_000;
const MAX_BYTES = 50 * 1024 * 1024;

export interface Inspection extends Detection {
  commitments: Commitment[];
}

/** A failure the user can act on: printed as is, without a stack. */
class InspectError extends Error {}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const targets = args.filter((a) => a !== '--json');
  if (targets.length !== 1 || (targets[0] as string).startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const target = targets[0] as string;
  try {
    const { inspection, planLinks } = await inspect(target);
    console.log(json ? JSON.stringify(toJson(inspection), null, 2) : describe(target, inspection, planLinks));
    return 0;
  } catch (error) {
    if (error instanceof InspectError) {
      console.error(`plan-annotator inspect: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

export async function inspect(target: string): Promise<{ inspection: Inspection; planLinks: string[] }> {
  const { bytes, url, contentType } = await load(target);
  if (isPdf(bytes)) {
    const paged = await pdfText(bytes).catch((e: unknown) => {
      throw new InspectError(
        `${target} could not be read as a PDF (${e instanceof Error ? e.message : String(e)}).`,
      );
    });
    if (paged.text.trim() === '')
      throw new InspectError(`${target} has no text layer (a scan?); nothing to inspect.`);
    const detection = detectDocument({ url, text: paged.text });
    return { inspection: withCommitments(detection, paged), planLinks: [] };
  }
  const looksHtml =
    /html/iu.test(contentType) || /\.x?html?$/iu.test(target) || /^\s*</u.test(textOf(bytes, 512));
  if (!looksHtml) throw new InspectError(`${target} is neither a PDF nor an HTML page.`);
  const page = htmlText(textOf(bytes));
  if (page.text.trim() === '') throw new InspectError(`${target} has no text.`);
  const detection = detectDocument({
    url,
    title: page.title,
    headings: page.headings,
    text: page.text,
    links: page.links,
  });
  const inspection = withCommitments(detection, { text: page.text, styles: page.styles });
  const planLinks = page.links
    .filter((l) => looksLikePlanPdfLink(l.href, l.text))
    .map((l) => resolve(l.href, url));
  return { inspection, planLinks };
}

/**
 * The commitments of a plan, and those a self-assessment or IRM report reviews (with the status it
 * reports); none for anything else.
 */
function withCommitments(detection: Detection, source: CommitmentSource): Inspection {
  if (detection.kind === 'other') return { ...detection, commitments: [] };
  const commitments = findCommitments(source);
  const fields = detection.reasons.find((r) => r.code === 'templateFields')?.count ?? 0;
  // Template fields and no commitment is the finder failing, never an answer: say so.
  if (commitments.length === 0 && fields >= 3) {
    return {
      ...detection,
      reasons: [...detection.reasons, { code: 'commitmentsNotFound', count: fields }],
      commitments,
    };
  }
  return { ...detection, commitments };
}

async function load(target: string): Promise<{ bytes: Uint8Array; url: string; contentType: string }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(target)) {
    let address: URL;
    try {
      address = new URL(target);
    } catch {
      throw new InspectError(`${target} is not a valid address.`);
    }
    if (address.protocol !== 'http:' && address.protocol !== 'https:') {
      throw new InspectError(`only http and https addresses can be fetched, not ${address.protocol}`);
    }
    const response = await fetch(address, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) }).catch(
      (e: unknown) => {
        const why =
          e instanceof Error && e.name === 'TimeoutError'
            ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
            : String(e);
        throw new InspectError(`could not fetch ${target}: ${why}.`);
      },
    );
    if (!response.ok) throw new InspectError(`${target} answered ${response.status} ${response.statusText}.`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_BYTES) throw new InspectError(`${target} is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, url: response.url || target, contentType: response.headers.get('content-type') ?? '' };
  }
  try {
    const bytes = new Uint8Array(await readFile(target));
    // The file name is a cue too ("NAP5-fifth-open-government-national-action-plan.pdf").
    return { bytes, url: pathToFileURL(target).href, contentType: '' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InspectError(`${target}: no such file.`);
    if (code === 'EISDIR') throw new InspectError(`${target} is a folder, not a file.`);
    throw new InspectError(`${target} could not be read (${code ?? String(error)}).`);
  }
}

function isPdf(bytes: Uint8Array): boolean {
  return textOf(bytes, 1024).includes('%PDF-');
}

function textOf(bytes: Uint8Array, limit = bytes.length): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, limit));
}

function resolve(href: string, base: string): string {
  try {
    return base ? new URL(href, base).href : href;
  } catch {
    return href;
  }
}

/** Exactly the keys the JSON output promises. */
export function toJson(inspection: Inspection): object {
  return {
    kind: inspection.kind,
    score: inspection.score,
    language: inspection.language,
    reasons: inspection.reasons.map(englishReason),
    commitments: inspection.commitments.map((c) => ({
      label: c.label,
      title: c.title,
      page: c.page,
      start: c.start,
      end: c.end,
      theme: c.theme,
      leadAgency: c.leadAgency,
      startDate: c.startDate,
      endDate: c.endDate,
      milestones: c.milestones,
      reportedStatus: c.reportedStatus ?? null,
    })),
  };
}

function describe(target: string, inspection: Inspection, planLinks: string[]): string {
  const out = [
    `${target}`,
    `  kind:     ${inspection.kind} (score ${inspection.score.toFixed(2)})`,
    `  language: ${inspection.language}`,
    '  why:',
    ...inspection.reasons.map((r) => `    - ${englishReason(r)}`),
  ];
  if (planLinks.length > 0)
    out.push('  plan PDFs linked from this page:', ...planLinks.map((l) => `    ${l}`));
  if (inspection.kind === 'other') return out.join('\n');
  const reviewed = inspection.kind !== 'action-plan';
  out.push(`  ${reviewed ? 'commitments reviewed' : 'commitments'}: ${inspection.commitments.length}`);
  let theme: string | null = null;
  for (const c of inspection.commitments) {
    if (c.theme && c.theme !== theme) {
      theme = c.theme;
      out.push(`    ${theme}`);
    }
    const where = c.page === null ? '' : `p. ${c.page}  `;
    out.push(`      ${where}${c.label ? `${c.label}  ` : ''}${c.title}`);
    const details = [
      c.leadAgency && `lead: ${c.leadAgency}`,
      (c.startDate || c.endDate) && `${c.startDate ?? '?'} – ${c.endDate ?? '?'}`,
      c.milestones.length > 0 && `${c.milestones.length} milestone${c.milestones.length === 1 ? '' : 's'}`,
      c.reportedStatus && `reported: ${c.reportedStatus}`,
    ].filter(Boolean);
    if (details.length > 0) out.push(`          ${details.join(' · ')}`);
  }
  return out.join('\n');
}
