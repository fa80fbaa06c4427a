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
 * The export file: a JSON array of the collection (first page embedded) followed by the other pages, so
 * one file holds everything and each object in it stands alone for a W3C client.
 */
export function toW3CExportDocument(
  records: readonly Annotation[],
  options: CollectionOptions,
): Array<W3CAnnotationCollection | W3CAnnotationPage> {
  const { collection, pages } = toAnnotationCollection(records, options);
  return [collection, ...pages.slice(1)];
}

export interface StreamOptions extends CollectionOptions {
  /** The collection states its total before any item, so the caller says how many records will come. */
  total: number;
  /**
   * What a different number of records does: `throw` (the default, a RangeError rather than a wrong
   * total), or `truncate`, for a source that may change while it is read (a server's group): records
   * past the total are left out, and a short source ends the last page early.
   */
  onMismatch?: 'throw' | 'truncate';
}

/** The export document as a push encoder (see chunk-encoder.ts), holding one page in memory. */
export function w3cExportEncoder(options: StreamOptions): ChunkEncoder {
  const size = pageSizeOf(options);
  const { total } = options;
  const strict = options.onMismatch !== 'truncate';
  let index = 0;
  let seen = 0;
  let items: W3CAnnotation[] = [];
  const flush = (): string => {
    const page = pageOf(options, total, index, items);
    const text = index === 0 ? JSON.stringify(collectionOf(options, total, page)) : JSON.stringify(page);
    const chunk = (index === 0 ? '[' : ',\n') + text;
    index += 1;
    items = [];
    return chunk;
  };
  return {
    head: () => '',
    push(record) {
      seen += 1;
      if (seen > total) {
        if (strict) throw new RangeError(`more records than the stated total ${total}`);
        return '';
      }
      items.push(itemOf(record, options));
      return items.length === size ? flush() : '';
    },
    end() {
      if (seen < total && strict) throw new RangeError(`${seen} records where ${total} were stated`);
      const last = items.length > 0 || (index === 0 && total > 0) ? flush() : '';
      return last + (index === 0 ? `[${JSON.stringify(collectionOf(options, 0, undefined))}]\n` : ']\n');
    },
  };
}

/**
 * The same document as `toW3CExportDocument`, as text chunks, holding one page in memory at a time. The
 * collection states its total before any item, so the caller says how many records will come (a COUNT
 * first); a different number is an error rather than a wrong `total`.
 */
export function w3cExportChunks(records: Iterable<Annotation>, options: StreamOptions): Generator<string> {
  return encodeChunks(w3cExportEncoder(options), records);
}
