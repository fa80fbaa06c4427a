import { AnnotationSchema, type Annotation, type AnnotationBody } from '../model/annotation.ts';
import { SelectorSchema, type Selector } from '../model/selectors.ts';
import { describeErrors, parseWith } from '../model/validation.ts';
import { bodyFrom, type ImportedBody } from './body-mapping.ts';
import {
  asArray,
  isObject,
  type ImportProblem,
  type ImportResult,
  type JsonObject,
} from './import-result.ts';
import { toUtcIso } from './utc-date.ts';
import { uuidV5 } from './uuid-v5.ts';

export interface W3CImportOptions {
  /** Visibility of imported annotations that do not state ours (foreign ones): private unless told. */
  visibility?: Annotation['visibility'];
  /** When an annotation has no `created`/`modified`, this instant (UTC ISO) is used. */
  now?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Our id back from an annotation IRI: `urn:uuid:<id>`, or a URL ending in a UUID (a server base URL).
 * Anyone else's IRI gets a name-based UUID, so importing it again finds the same record.
 */
export function recordIdOf(iri: string): string {
  const tail = iri.startsWith('urn:uuid:') ? iri.slice('urn:uuid:'.length) : (iri.split(/[/#]/).pop() ?? '');
  return UUID.test(tail) ? tail.toLowerCase() : uuidV5(iri);
}

/** What a walk through the input found: annotations in reading order, and the pages seen and linked. */
interface Walk {
  items: unknown[];
  pagesRead: Set<string>;
  pagesLinked: string[];
}

function readPage(page: JsonObject, walk: Walk): void {
  // Our export file holds the first page both embedded and linked; read each page once.
  if (typeof page.id === 'string') {
    if (walk.pagesRead.has(page.id)) return;
    walk.pagesRead.add(page.id);
  }
  walk.items.push(...asArray(page.items));
}

/** Collects the annotations of any W3C shape, following pages embedded through `first` and `next`. */
function walkInput(json: unknown, walk: Walk): void {
  if (Array.isArray(json)) {
    for (const part of json) walkInput(part, walk);
    return;
  }
  if (!isObject(json)) {
    walk.items.push(json);
    return;
  }
  const types = asArray(json.type);
  if (!types.includes('AnnotationCollection') && !types.includes('AnnotationPage')) {
    walk.items.push(json);
    return;
  }
  let page: unknown = types.includes('AnnotationPage') ? json : json.first;
  const visited = new Set<unknown>();
  while (isObject(page) && !visited.has(page)) {
    visited.add(page);
    readPage(page, walk);
    page = page.next;
  }
  // A page given only by its IRI may still come later in the same file (our export does that).
  if (typeof page === 'string') walk.pagesLinked.push(page);
}

function firstSpecificTarget(target: unknown): JsonObject | null {
  for (const t of asArray(target)) {
    if (isObject(t) && ('source' in t || 'selector' in t)) return t;
  }
  return null;
}

function sourceOf(target: JsonObject | null, annotation: JsonObject): unknown {
  if (target) return isObject(target.source) ? target.source.id : target.source;
  // A target given as a bare IRI, or as a resource with an id and nothing to select in it
  // (`{"id": "https://…", "type": "Text"}`), annotates the whole document (it gets no selectors). One
  // that is not an address we keep is still handed on, so that the problem names it.
  for (const t of asArray(annotation.target)) {
    if (typeof t === 'string') return t;
    if (isObject(t) && typeof t.id === 'string') return t.id;
  }
  return undefined;
}

/**
 * The types of a passage's selectors when it has some and we can use none of them (CSS, XPath, Range
 * alone): then it is a passage we cannot find, not a note on the whole document. Null otherwise.
 */
function unusableSelectors(annotation: JsonObject): string[] | null {
  const target = firstSpecificTarget(annotation.target);
  const given = target ? asArray(target.selector) : [];
  if (given.length === 0 || selectorsOf(target).length > 0) return null;
  return given.map((s) => (isObject(s) && typeof s.type === 'string' ? s.type : typeof s));
}

/** Selectors we store; others (CSS, XPath, Range) are dropped, as we cannot anchor with them. */
function selectorsOf(target: JsonObject | null): Selector[] {
  if (!target) return [];
  return asArray(target.selector).flatMap((s) => {
    const parsed = SelectorSchema.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The schema ties the motivation to the body: an assessment is `assessing`, a reply `replying`; otherwise
 * a W3C `highlighting` or `commenting` is kept, and anything else is read from whether there is a comment.
 */
function motivationOf(
  value: unknown,
  body: AnnotationBody,
  replyTo: string | undefined,
): Annotation['motivation'] {
  if (body.assessment !== undefined) return 'assessing';
  if (replyTo !== undefined) return 'replying';
  const known = asArray(value).find((m) => m === 'highlighting' || m === 'commenting');
  if (known === 'highlighting' || known === 'commenting') return known;
  return body.comment === '' ? 'highlighting' : 'commenting';
}

/**
 * The annotation a reply answers: its target besides the passage (or besides the document's IRI, for a
 * reply in a thread on the whole document), given as the parent's IRI (how we write replies, and the W3C
 * way of annotating an annotation). Only a reply or an assessment is read this way, so another client's
 * second target (say, the whole document) is not taken for a parent.
 */
function replyToOf(annotation: JsonObject, passage: JsonObject | null): string | undefined {
  const motivations = asArray(annotation.motivation);
  if (!(motivations.includes('replying') || motivations.includes('assessing'))) return undefined;
  const source = sourceOf(passage, annotation);
  const parent = asArray(annotation.target).find((t): t is string => typeof t === 'string' && t !== source);
  return parent === undefined ? undefined : recordIdOf(parent);
}

function bodiesIn(annotation: JsonObject): ImportedBody[] {
  const bodies = asArray(annotation.body).filter(isObject);
  // `bodyValue` is the W3C shorthand for one plain-text comment.
  if (typeof annotation.bodyValue === 'string')
    bodies.push({ type: 'TextualBody', value: annotation.bodyValue });
  return bodies;
}

function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' ? (toUtcIso(value) ?? value) : undefined;
}

/** A candidate record from one W3C annotation; the core schema decides whether it is one. */
export function recordCandidate(annotation: JsonObject, options: W3CImportOptions = {}): unknown {
  const target = firstSpecificTarget(annotation.target);
  const body = bodyFrom(bodiesIn(annotation));
  const replyTo = replyToOf(annotation, target);
  const created = dateOf(annotation.created) ?? dateOf(annotation.modified) ?? options.now;
  return {
    id: typeof annotation.id === 'string' ? recordIdOf(annotation.id) : annotation.id,
    // Its author's IRI for it, kept as it came (the schema checks it is one).
    ...(annotation.canonical === undefined ? {} : { canonical: annotation.canonical }),
    motivation: motivationOf(annotation.motivation, body, replyTo),
    ...(replyTo === undefined ? {} : { replyTo }),
    target: { source: sourceOf(target, annotation), selector: selectorsOf(target) },
    body,
    document: { title: typeof annotation.documentTitle === 'string' ? annotation.documentTitle : '' },
    visibility:
      typeof annotation.visibility === 'string' ? annotation.visibility : (options.visibility ?? 'private'),
    created,
    modified: dateOf(annotation.modified) ?? created,
  };
}

/**
 * Records from W3C JSON-LD: one Annotation, an array, an AnnotationPage, an AnnotationCollection with its
 * pages embedded, or our export file (the collection followed by its pages). Every record passes the core
 * schema; the rest are reported by position, never dropped silently.
 */
export function fromW3C(json: unknown, options: W3CImportOptions = {}): ImportResult {
  const records: Annotation[] = [];
  const problems: ImportProblem[] = [];
  const walk: Walk = { items: [], pagesRead: new Set(), pagesLinked: [] };
  walkInput(json, walk);
  walk.items.forEach((item, index) => {
    if (!isObject(item)) {
      problems.push({ index, message: 'not an annotation object (an IRI alone cannot be imported)' });
      return;
    }
    const unusable = unusableSelectors(item);
    if (unusable) {
      problems.push({
        index,
        message: `target.selector: none of its selectors can find the passage here (${unusable.join(', ')}); text quote, text position and PDF page selectors can`,
      });
      return;
    }
    const parsed = parseWith(AnnotationSchema, recordCandidate(item, options));
    if (parsed.ok) records.push(parsed.value);
    else problems.push({ index, message: describeErrors(parsed.errors) });
  });
  // Pages we would have to fetch: said, not skipped silently; the index is where their items would go.
  for (const iri of new Set(walk.pagesLinked)) {
    if (!walk.pagesRead.has(iri)) {
      problems.push({
        index: walk.items.length,
        message: `page ${iri} is not in the input; fetch it and import it too`,
      });
    }
  }
  return { records, problems };
}
