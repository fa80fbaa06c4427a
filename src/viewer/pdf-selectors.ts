import { describeSpan } from '../core/anchoring/describe.ts';
import type { TextSpan } from '../core/anchoring/span.ts';
import { PDF_FRAGMENT_SPEC, type Selector } from '../core/model/selectors.ts';
import type { PdfDocumentText } from './pdf-document-text.ts';

const LEADING_SPACE = /^\s+/u;
const TRAILING_SPACE = /\s+$/u;

/**
 * The selectors stored for a passage of a PDF: quote, position in the whole document's text, and the
 * page it starts on (`page=N`, refined by the same quote). Whitespace at the edges is left out, as for
 * HTML; null when only whitespace is selected.
 */
export function describePdfSpan(text: PdfDocumentText, span: TextSpan): Selector[] | null {
  const selected = text.doc.slice(span.start, span.end);
  const leading = LEADING_SPACE.exec(selected)?.[0] ?? '';
  const trailing = TRAILING_SPACE.exec(selected)?.[0] ?? '';
  if (leading.length === selected.length) return null;
  // Whitespace is never astral, so UTF-16 lengths are code-point counts here.
  const trimmed = { start: span.start + leading.length, end: span.end - trailing.length };
  const [quote, position] = describeSpan(text.doc, trimmed);
  return [
    quote,
    position,
    {
      type: 'FragmentSelector',
      conformsTo: PDF_FRAGMENT_SPEC,
      value: `page=${text.pageAt(trimmed.start)}`,
      refinedBy: quote,
    },
  ];
}
