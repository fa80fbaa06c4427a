/**
 * What the sidebar's Import makes of a file, before anything is saved: which format it is, the records
 * it holds moved onto this document, and which of them are already here. No DOM, no messaging.
 */
import { fromHypothesis, fromW3C, uuidV5, type ImportProblem } from '../core/export/index.ts';
import { quoteSelectorOf, type Annotation } from '../core/model/annotation.ts';
import { formatNumber, t } from '../i18n/messages.ts';

/** Larger files are refused before they are read: an export of a whole group is far smaller. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

export type ImportFormat = 'w3c' | 'hypothesis';

export type ReadFile =
  | { ok: true; format: ImportFormat; records: Annotation[]; problems: ImportProblem[] }
  | { ok: false; message: string };

export interface ImportPlan {
  /** Moved onto this document, parents before their replies, in the order to save them. */
  toSave: Annotation[];
  /** Already stored here (same id, or the same quote and body). */
  duplicates: number;
}

const W3C_TYPES = new Set(['Annotation', 'AnnotationCollection', 'AnnotationPage']);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isW3C(value: unknown): boolean {
  if (!isObject(value)) return false;
  const types = Array.isArray(value.type) ? value.type : [value.type];
  return '@context' in value || types.some((t) => typeof t === 'string' && W3C_TYPES.has(t));
}

/** A Hypothesis annotation: its own short id, the page's `uri` or the `user`, and no W3C `type`. */
function isHypothesisRow(value: unknown): boolean {
  return (
    isObject(value) &&
    !('type' in value) &&
    typeof value.id === 'string' &&
    (typeof value.uri === 'string' || typeof value.user === 'string')
  );
}

/** Which importer reads this JSON, or null when it looks like neither export. */
export function formatOf(json: unknown): ImportFormat | null {
  if (Array.isArray(json)) {
    if (json.length === 0) return null;
    if (json.every(isW3C)) return 'w3c';
    if (json.every(isHypothesisRow)) return 'hypothesis';
    return null;
  }
  if (isW3C(json)) return 'w3c';
  if (isObject(json) && (Array.isArray(json.rows) || Array.isArray(json.annotations))) return 'hypothesis';
  return isHypothesisRow(json) ? 'hypothesis' : null;
}

/** A file's text as records, or the plain reason it cannot be imported at all. */
export function readImportText(text: string, now: string): ReadFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: t('sidebar_importNotJson') };
  }
  const format = formatOf(json);
  if (format === null) {
    return { ok: false, message: t('sidebar_importNotExport') };
  }
  const result = format === 'w3c' ? fromW3C(json, { now }) : fromHypothesis(json);
  if (result.records.length === 0 && result.problems.length === 0) {
    return { ok: false, message: t('sidebar_importEmpty') };
  }
  if (result.records.length === 0) {
    return { ok: false, message: t('sidebar_importNoneReadable', describeProblems(result.problems)) };
  }
  return { ok: true, format, records: result.records, problems: result.problems };
}

/** The first few reasons, each with the item's place in the file counted from 1. */
export function describeProblems(problems: readonly ImportProblem[], limit = 3): string {
  const shown = problems
    .slice(0, limit)
    .map((p) => t('sidebar_importProblem', formatNumber(p.index + 1), p.message))
    .join('; ');
  return problems.length > limit
    ? t('sidebar_importProblemsMore', shown, formatNumber(problems.length - limit))
    : shown;
}

/**
 * The id a record takes here when its own id belongs to an annotation on another page (the background
 * never moves an annotation between pages): derived from both, so importing the file again finds it.
 */
export function copyIdOf(id: string, documentUri: string): string {
  return uuidV5(`${documentUri}#plan-annotator-copy:${id}`);
}

/** JSON with object keys in order, so two bodies built in different orders compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Two annotations say the same thing about the same passage: same quote, same body (and same parent). */
export function contentKey(record: Annotation): string {
  const quote = quoteSelectorOf(record.target)?.exact ?? '';
  return `${quote}\u0000${record.replyTo ?? ''}\u0000${canonical(record.body)}`;
}

/**
 * The records to save: moved onto `documentUri`, without those already stored (same id, its copy's id,
 * or same quote and body) or repeated in the file. A reply whose parent was skipped as the same content
 * answers the stored one instead.
 */
export function planImport(
  records: readonly Annotation[],
  documentUri: string,
  existing: readonly Annotation[],
): ImportPlan {
  const ids = new Set(existing.map((a) => a.id));
  const contents = new Map(existing.map((a) => [contentKey(a), a.id]));
  const sameAs = new Map<string, string>();
  const toSave: Annotation[] = [];
  let duplicates = 0;
  // Parents first, so a reply never reaches the store before the annotation it answers.
  const ordered = [...records].sort(
    (a, b) => Number(a.replyTo !== undefined) - Number(b.replyTo !== undefined),
  );
  for (const record of ordered) {
    const parent = record.replyTo === undefined ? undefined : (sameAs.get(record.replyTo) ?? record.replyTo);
    const moved: Annotation = {
      ...record,
      ...(parent === undefined ? {} : { replyTo: parent }),
      target: { ...record.target, source: documentUri },
    };
    const key = contentKey(moved);
    const stored = contents.get(key);
    if (ids.has(moved.id)) {
      duplicates += 1;
      continue;
    }
    const copy = copyIdOf(moved.id, documentUri);
    if (ids.has(copy)) {
      sameAs.set(moved.id, copy);
      duplicates += 1;
      continue;
    }
    if (stored !== undefined) {
      sameAs.set(moved.id, stored);
      duplicates += 1;
      continue;
    }
    ids.add(moved.id);
    contents.set(key, moved.id);
    toSave.push(moved);
  }
  return { toSave, duplicates };
}
