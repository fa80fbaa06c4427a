import type { FragmentSelector, TextPositionSelector, TextQuoteSelector } from '../model/selectors.ts';
import type { EXPORT_CONTEXT } from './plan-context.ts';

/** The JSON-LD shapes we write; our selectors are already W3C-shaped and go out as they are. */
export type W3CContext = typeof EXPORT_CONTEXT;

export type W3CSelector = TextQuoteSelector | TextPositionSelector | FragmentSelector;

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  format?: string;
  purpose: string;
}

/** An evidence link or a commitment reference: a web resource, with our terms beside the W3C ones. */
export interface W3CWebResourceBody {
  id: string;
  type?: string;
  purpose: string;
  [planTerm: string]: unknown;
}

export type W3CBody = W3CTextualBody | W3CWebResourceBody;

export interface W3CAgent {
  id: string;
  type: 'Person';
  name?: string;
}

export interface W3CAnnotation {
  '@context'?: W3CContext;
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  creator?: W3CAgent;
  target: { source: string; selector: W3CSelector[] };
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
