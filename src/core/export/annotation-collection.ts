import type { Annotation } from '../model/annotation.ts';
import { encodeChunks, type ChunkEncoder } from './chunk-encoder.ts';
import type { MetaOf } from './export-meta.ts';
import { EXPORT_CONTEXT } from './plan-context.ts';
import { toW3CAnnotation } from './to-w3c.ts';
import type {
  W3CAnnotation,
  W3CAnnotationCollection,
  W3CAnnotationPage,
  W3CCollectionRef,
} from './w3c-types.ts';

export const DEFAULT_PAGE_SIZE = 100;

export interface CollectionOptions {
  /** The collection's IRI; pages are `<id>?page=N`, N from 0. */
  id: string;
  label?: string;
  pageSize?: number;
  /** Annotation ids become `<baseUrl><id>`; without it `urn:uuid:<id>`. */
  baseUrl?: string;
  metaOf?: MetaOf;
}

/** Every page standalone (with its `@context`), and the collection with the first page embedded in it. */
export interface CollectionExport {
  collection: W3CAnnotationCollection;
  pages: W3CAnnotationPage[];
}

export function pageIri(collectionId: string, index: number): string {
  return `${collectionId}?page=${index}`;
}

function pageSizeOf(options: CollectionOptions): number {
  const size = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`pageSize must be a positive integer`);
  return size;
}

function collectionRef(options: CollectionOptions, total: number): W3CCollectionRef {
  // An object, not the bare IRI: REC 5.2 allows both, and the object also tells a reader the total.
  return {
    id: options.id,
    type: 'AnnotationCollection',
    ...(options.label ? { label: options.label } : {}),
    total,
  };
}

function pageOf(
  options: CollectionOptions,
  total: number,
  index: number,
  items: W3CAnnotation[],
): W3CAnnotationPage {
  const pageCount = Math.ceil(total / pageSizeOf(options));
  return {
    '@context': EXPORT_CONTEXT,
    id: pageIri(options.id, index),
    type: 'AnnotationPage',
    partOf: collectionRef(options, total),
    startIndex: index * pageSizeOf(options),
    ...(index + 1 < pageCount ? { next: pageIri(options.id, index + 1) } : {}),
    ...(index > 0 ? { prev: pageIri(options.id, index - 1) } : {}),
    items,
  };
}

function collectionOf(
  options: CollectionOptions,
  total: number,
  first: W3CAnnotationPage | undefined,
): W3CAnnotationCollection {
  const pageCount = Math.ceil(total / pageSizeOf(options));
  const collection: W3CAnnotationCollection = {
    '@context': EXPORT_CONTEXT,
    id: options.id,
    type: 'AnnotationCollection',
    ...(options.label ? { label: options.label } : {}),
    total,
  };
  if (first && pageCount > 0) {
    // The embedded page inherits the collection's context.
    const { '@context': _inherited, ...embedded } = first;
    collection.first = embedded;
    collection.last = pageIri(options.id, pageCount - 1);
  }
  return collection;
}

function itemOf(record: Annotation, options: CollectionOptions): W3CAnnotation {
  return toW3CAnnotation(record, { baseUrl: options.baseUrl, metaOf: options.metaOf, embedded: true });
}

export function toAnnotationCollection(
  records: readonly Annotation[],
  options: CollectionOptions,
): CollectionExport {
  const size = pageSizeOf(options);
  const pages: W3CAnnotationPage[] = [];
  for (let start = 0; start < records.length; start += size) {
    const items = records.slice(start, start + size).map((r) => itemOf(r, options));
    pages.push(pageOf(options, records.length, pages.length, items));
  }
  return { collection: collectionOf(options, records.length, pages[0]), pages };
}

/**
 * The export file: one AnnotationCollection, the document itself (not an array), with every annotation
 * in its one embedded page (`first`, which is also `last`), so a W3C client reads the whole export from
 * the file alone. `pageSize` does not split the file; the streaming encoder writes that many items a chunk.
 */
export function toW3CExportDocument(
  records: readonly Annotation[],
  options: CollectionOptions,
): W3CAnnotationCollection {
  const whole = { ...options, pageSize: Math.max(1, records.length) };
  const { collection } = toAnnotationCollection(records, whole);
  return collection;
}

export interface StreamOptions extends CollectionOptions {
  /** The collection states its total before any item, so the caller says how many records will come. */
  total: number;
  /**
   * What a different number of records does: `throw` (the default, a RangeError rather than a wrong
   * total), or `truncate`, for a source that may change while it is read (a server's group): records
   * past the total are left out, and a short source ends the page early.
   */
  onMismatch?: 'throw' | 'truncate';
}

/** Where the items go in the collection's text: its one page's empty list, `"items":[]`. */
const ITEMS = '"items":[]';

/**
 * The export document as a push encoder (see chunk-encoder.ts): the collection's text up to its page's
 * items, then the items a chunk of `pageSize` at a time, then the rest; one chunk of items in memory.
 */
export function w3cExportEncoder(options: StreamOptions): ChunkEncoder {
  const size = pageSizeOf(options);
  const { total } = options;
  const strict = options.onMismatch !== 'truncate';
  const whole = { ...options, pageSize: Math.max(1, total) };
  // The collection with an empty page, cut where the items go. A label cannot hold ITEMS: its quotes
  // would be escaped.
  const shell =
    total > 0
      ? JSON.stringify(collectionOf(whole, total, pageOf(whole, total, 0, [])))
      : JSON.stringify(collectionOf(whole, 0, undefined));
  const cut = total > 0 ? shell.indexOf(ITEMS) + ITEMS.length - 1 : shell.length;
  let seen = 0;
  let written = 0;
  let items: string[] = [];
  const flush = (): string => {
    const text = (written === 0 ? shell.slice(0, cut) : ',') + items.join(',');
    written += items.length;
    items = [];
    return text;
  };
  return {
    head: () => '',
    push(record) {
      seen += 1;
      if (seen > total) {
        if (strict) throw new RangeError(`more records than the stated total ${total}`);
        return '';
      }
      items.push(JSON.stringify(itemOf(record, options)));
      return items.length === size ? flush() : '';
    },
    end() {
      if (seen < total && strict) throw new RangeError(`${seen} records where ${total} were stated`);
      const head = written === 0 ? shell.slice(0, cut) : '';
      const rest = items.length > 0 ? flush() : head;
      return `${rest}${shell.slice(cut)}\n`;
    },
  };
}

/**
 * The same document as `toW3CExportDocument`, as text chunks, holding one chunk of items in memory at a
 * time. The collection states its total before any item, so the caller says how many records will come
 * (a COUNT first); a different number is an error rather than a wrong `total`.
 */
export function w3cExportChunks(records: Iterable<Annotation>, options: StreamOptions): Generator<string> {
  return encodeChunks(w3cExportEncoder(options), records);
}
