import { AnnotationSchema, type Annotation } from '../model/annotation.ts';
import {
  PDF_FRAGMENT_SPEC,
  SelectorSchema,
  type Selector,
  type TextQuoteSelector,
} from '../model/selectors.ts';
import { describeErrors, parseWith } from '../model/validation.ts';
import { documentTitle } from '../model/new-annotation.ts';
import {
  asArray,
  isObject,
  type ImportProblem,
  type ImportResult,
  type JsonObject,
} from './import-result.ts';
import { toUtcIso } from './utc-date.ts';
import { uuidV5 } from './uuid-v5.ts';

/**
 * Hypothesis ids (22 URL-safe characters) are not UUIDs. Each becomes the version-5 UUID of the
 * annotation's canonical address `https://hypothes.is/a/<id>` in the URL namespace: stable (a second
 * import updates, not duplicates) and reproducible by anyone from the Hypothesis id alone.
 */
export function recordIdOfHypothesis(hypothesisId: string): string {
  return uuidV5(`https://hypothes.is/a/${hypothesisId}`);
}

/** The rows of an API search result (`{rows}`), of the web app's export (`{annotations}`), or a bare array. */
function rowsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (isObject(json)) {
    if (Array.isArray(json.rows)) return json.rows;
    if (Array.isArray(json.annotations)) return json.annotations;
    if (typeof json.id === 'string' && 'target' in json) return [json];
  }
  return [];
}

function quoteIn(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

/**
 * Hypothesis's selectors as ours. Its `PageSelector` (0-based `index`) becomes our PDF page fragment,
 * refined by the quote; its RangeSelector (XPath) is dropped, as we anchor by quote and position.
 */
function selectorsOf(target: JsonObject): Selector[] {
  const raw = asArray(target.selector).filter(isObject);
  const ours = raw.flatMap((s) => {
    const parsed = SelectorSchema.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
  const page = raw.find((s) => s.type === 'PageSelector');
  if (page && typeof page.index === 'number' && Number.isSafeInteger(page.index) && page.index >= 0) {
    const quote = quoteIn(ours);
    ours.push({
      type: 'FragmentSelector',
      conformsTo: PDF_FRAGMENT_SPEC,
      value: `page=${page.index + 1}`,
      ...(quote ? { refinedBy: { ...quote } } : {}),
    });
  }
  return ours;
}

/** `read: ["group:__world__"]` is public; a group's readers make it a group note; the user alone, private. */
function visibilityOf(row: JsonObject): Annotation['visibility'] {
  const read = isObject(row.permissions) ? asArray(row.permissions.read) : [];
  if (read.includes('group:__world__')) return 'public';
  if (read.some((r) => typeof r === 'string' && r.startsWith('group:'))) return 'group';
  return 'private';
}

function titleOf(row: JsonObject): string {
  // The API gives `document.title` as an array of the titles the page declared.
  const title = isObject(row.document)
    ? asArray(row.document.title).find((t) => typeof t === 'string')
    : null;
  return typeof title === 'string' ? documentTitle(title) : '';
}

function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' ? (toUtcIso(value) ?? value) : undefined;
}

function candidateOf(row: JsonObject): unknown {
  const target = asArray(row.target).find(isObject) ?? {};
  const comment = typeof row.text === 'string' ? row.text : '';
  const created = dateOf(row.created);
  return {
    id: typeof row.id === 'string' ? recordIdOfHypothesis(row.id) : row.id,
    motivation: comment === '' ? 'highlighting' : 'commenting',
    target: { source: target.source ?? row.uri, selector: selectorsOf(target) },
    body: { comment, tags: asArray(row.tags) },
    document: { title: titleOf(row) },
    visibility: visibilityOf(row),
    created,
    modified: dateOf(row.updated) ?? created,
  };
}

/**
 * Records from a Hypothesis JSON export. Text positions are kept as given: Hypothesis counts UTF-16
 * units where we count code points, so outside the BMP they may be off, and anchoring falls back to
 * the quote. A reply (a row with `references`, the thread's root first) carries no selectors: it
 * becomes our reply to that root, on the root's passage, when the root is in the same file.
 */
export function fromHypothesis(json: unknown): ImportResult {
  const rows = rowsOf(json);
  const records: Annotation[] = [];
  const problems: ImportProblem[] = [];
  const roots = new Map<string, Annotation>();
  const unreadable = new Set<string>();
  const replies: { row: JsonObject; index: number; root: unknown }[] = [];
  rows.forEach((row, index) => {
    if (!isObject(row)) {
      problems.push({ index, message: 'not a Hypothesis annotation object' });
      return;
    }
    const references = asArray(row.references);
    if (references.length > 0) {
      replies.push({ row, index, root: references[0] });
      return;
    }
    const parsed = parseWith(AnnotationSchema, candidateOf(row));
    if (!parsed.ok) {
      problems.push({ index, message: describeErrors(parsed.errors) });
      if (typeof row.id === 'string') unreadable.add(row.id);
      return;
    }
    records.push(parsed.value);
    if (typeof row.id === 'string') roots.set(row.id, parsed.value);
  });
  for (const { row, index, root: rootId } of replies) {
    const root = typeof rootId === 'string' ? roots.get(rootId) : undefined;
    if (!root) {
      const message =
        typeof rootId === 'string' && unreadable.has(rootId)
          ? 'a reply to an annotation of this file that could not be read'
          : 'a reply to an annotation that is not in this file';
      problems.push({ index, message });
      continue;
    }
    const candidate = candidateOf(row) as Record<string, unknown>;
    const parsed = parseWith(AnnotationSchema, {
      ...candidate,
      motivation: 'replying',
      replyTo: root.id,
      target: root.target,
    });
    if (parsed.ok) records.push(parsed.value);
    else problems.push({ index, message: describeErrors(parsed.errors) });
  }
  problems.sort((a, b) => a.index - b.index);
  return { records, problems };
}
