import type { Annotation } from '../model/annotation.ts';

/**
 * What the record itself does not hold but the server knows (see sync/protocol.ts): who wrote it and
 * which group reads it. Exports ask for it per record so local exports can simply leave it out.
 */
export interface ExportAgent {
  /** An IRI, e.g. `urn:uuid:<user id>` or a profile address. */
  id: string;
  name?: string;
}

export interface ExportGroup {
  id: string;
  name?: string;
}

export interface RecordMeta {
  creator?: ExportAgent;
  group?: ExportGroup;
}

export type MetaOf = (record: Annotation) => RecordMeta;

export const NO_META: MetaOf = () => ({});
