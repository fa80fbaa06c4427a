import type { TextStyle } from '../text/page-text.ts';
import type { TextSpan } from '../anchoring/span.ts';

/** A dated step of a commitment, as printed in its milestone list or table. */
export interface Milestone {
  title: string;
  startDate: string | null;
  endDate: string | null;
}

/** A commitment as printed in a plan; every string is as printed, dates too (no parsing into a calendar). */
export interface Commitment {
  /** `3`, `2.1`, `US0113`, `C01`; null for plans that print none. */
  label: string | null;
  title: string;
  /** Span of the commitment in the text, heading included, in code points. */
  start: number;
  end: number;
  /** 1-based page of the heading; null for a text with no pages (HTML). */
  page: number | null;
  /** The theme, pillar or section the plan files it under. */
  theme: string | null;
  leadAgency: string | null;
  startDate: string | null;
  endDate: string | null;
  milestones: Milestone[];
  /** In a self-assessment or IRM report, the completion or status it reports ("Substantial"); else null. */
  reportedStatus?: string | null;
}

/** A document's text and, for a PDF, each page's span in it (code points). */
export interface CommitmentSource {
  text: string;
  pages?: readonly TextSpan[];
  /** How runs of the text are printed (size, font, weight), when known: PDFs through pdf.js, HTML headings. */
  styles?: readonly TextStyle[];
}
