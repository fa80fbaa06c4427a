/** A stretch of a document's text, `start` inclusive and `end` exclusive, counted in Unicode code points. */
export interface TextSpan {
  start: number;
  end: number;
}
