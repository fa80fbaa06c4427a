import type { Annotation } from '../model/annotation.ts';

/** What an import gives back: the records that passed the schema, and why each other item did not. */
export interface ImportProblem {
  /** Position of the item in the input, counting annotations in reading order from 0. */
  index: number;
  message: string;
}

export interface ImportResult {
  records: Annotation[];
  problems: ImportProblem[];
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON-LD lets any property be one value or an array of them. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
