import type { FragmentSelector, TextPositionSelector, TextQuoteSelector } from '../model/selectors.ts';
import type { EXPORT_CONTEXT } from './plan-context.ts';

/** The JSON-LD shapes we write; our selectors are already W3C-shaped and go out as they are. */
export type W3CContext = typeof EXPORT_CONTEXT;

export type W3CSelector = TextQuoteSelector | TextPositionSelector | FragmentSelector;

/** A comment, tag, commitment or assessment; the last two carry our terms beside the W3C ones. */
export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  format?: string;
  purpose: string;
  [planTerm: string]: unknown;
}

/** An evidence link: the cited address as `source`, a W3C purpose, and our terms for the rest. */
export interface W3CSpecificResourceBody {
  type: 'SpecificResource';
  source: string;
  purpose: string;
  [planTerm: string]: unknown;
}

export type W3CBody = W3CTextualBody | W3CSpecificResourceBody;

/** The annotated passage: the document and our selectors. */
export interface W3CSpecificTarget {
  source: string;
  selector: W3CSelector[];
}

/** A passage, or a whole document given by its IRI alone. */
export type W3CTarget = W3CSpecificTarget | string;

export interface W3CAgent {
  id: string;
  type: 'Person';
  name?: string;
}

export interface W3CAnnotation {
  '@context'?: W3CContext;
  id: string;
  /** The IRI its author gave it, kept as it came (W3C model: `canonical`). */
  canonical?: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  creator?: W3CAgent;
  /**
   * The passage, or the document's IRI for a note on the whole document; a reply also targets the IRI
   * of the annotation it answers (W3C model: a reply is an annotation whose target is another
   * annotation), after the target it shares with its thread.
   */
  target: W3CTarget | [W3CTarget, string];
  body?: W3CBody[];
  documentTitle?: string;
  visibility: string;
  group?: string;
}

export interface W3CCollectionRef {
  id: string;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
}

export interface W3CAnnotationPage {
  '@context'?: W3CContext;
  id: string;
  type: 'AnnotationPage';
  partOf: W3CCollectionRef;
  startIndex: number;
  next?: string;
  prev?: string;
  items: W3CAnnotation[];
}

export interface W3CAnnotationCollection {
  '@context': W3CContext;
  id: string;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
  first?: W3CAnnotationPage;
  last?: string;
}
