/**
 * The events the extension's contexts push over their ports: annotator and sidebar to each other
 * (relayed by the background), the background to both, and the PDF viewer's announcement of its
 * document. Re-exported by protocol.ts, so importers name protocol.ts for the whole contract.
 */
import { z } from 'zod';
import { TargetSchema, WebUrlSchema } from '../core/model/annotation.ts';
import { EVIDENCE_KINDS, MAX_EVIDENCE_TITLE } from '../core/model/assessment.ts';
import { PdfFingerprintSchema } from '../core/document/pdf-document-key.ts';

// ---- annotator -> sidebar (relayed by the background to the sidebar of the same tab) ----

export const AnchorStateSchema = z.enum(['pending', 'anchored', 'orphan']);
export type AnchorState = z.infer<typeof AnchorStateSchema>;

/** A stretch of the text the annotator's TextPositionSelectors count in, in code points. */
const TextSpanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/**
 * The most `pieces` a commitment carries: a page of two columns drawn line by line splits a commitment at
 * every line, and a commitment that runs over a few dozen such pages stays under it.
 */
export const MAX_OUTLINE_PIECES = 5000;

/**
 * A commitment found in the tab's document (src/core/commitments), as the outline shows it. `start` and
 * `end` are code-point offsets into the same text the annotator's TextPositionSelectors count in, so the
 * sidebar can tell which commitment a passage falls in.
 */
export const CommitmentOutlineSchema = z.strictObject({
  ordinal: z.number().int().positive(),
  label: z.string().max(40).nullable(),
  title: z.string().max(500),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 1-based page for a PDF; null in an HTML page. */
  page: z.number().int().positive().nullable(),
  theme: z.string().max(500).nullable(),
  /**
   * Only for a commitment found in a text read in another order than this one (a PDF whose table is drawn
   * column by column): the stretches of this text its characters stand in, ascending and apart. Its
   * `[start, end)` then also covers other commitments' rows, and a passage is in it when it starts in one
   * of these. Absent when the commitment is that one stretch.
   */
  pieces: z.array(TextSpanSchema).max(MAX_OUTLINE_PIECES).optional(),
});
export type CommitmentOutline = z.infer<typeof CommitmentOutlineSchema>;

export const AnnotatorToSidebarSchema = z.discriminatedUnion('type', [
  /** Which annotations found their passage in this page, and which are orphans: the whole map, every time. */
  z.strictObject({ type: z.literal('anchors.changed'), states: z.record(z.string(), AnchorStateSchema) }),
  /** The user clicked a highlight. */
  z.strictObject({ type: z.literal('card.focus'), id: z.uuid() }),
  /** The user chose "Comment" on a selection: open the editor for a new annotation on this target. */
  z.strictObject({
    type: z.literal('draft.open'),
    target: TargetSchema,
    title: z.string().max(1000),
    /** The user chose "Assess": the editor opens with the assessment fields. */
    assess: z.boolean().optional(),
  }),
  /** The commitments found in the document, in reading order (sent again on `anchors.request`). */
  z.strictObject({
    type: z.literal('commitments.found'),
    commitments: z.array(CommitmentOutlineSchema).max(2000),
  }),
]);
export type AnnotatorToSidebar = z.infer<typeof AnnotatorToSidebarSchema>;

// ---- sidebar -> annotator (relayed by the background to the annotator of the same tab) ----

export const SidebarToAnnotatorSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('highlight.scrollTo'), id: z.uuid() }),
  z.strictObject({ type: z.literal('highlight.hover'), id: z.uuid().nullable() }),
  z.strictObject({ type: z.literal('sidebar.close') }),
  /** A sidebar (re)connected and may have missed `anchors.changed`: send the states again. */
  z.strictObject({ type: z.literal('anchors.request') }),
  /** The outline's "jump to": bring this commitment's heading into view. */
  z.strictObject({ type: z.literal('commitment.scrollTo'), ordinal: z.number().int().positive() }),
]);
export type SidebarToAnnotator = z.infer<typeof SidebarToAnnotatorSchema>;

// ---- background -> annotator and sidebar (pushed over their port) ----

/**
 * Keyboard shortcuts (the manifest's `commands`, changeable at chrome://extensions/shortcuts): the
 * background passes them to the tab's annotator, starting it first where a shortcut needs it.
 */
export const ANNOTATOR_COMMANDS = [
  'highlight-selection',
  'comment-selection',
  'toggle-sidebar',
  'next-annotation',
  'previous-annotation',
  'toggle-highlights',
] as const;
export const AnnotatorCommandSchema = z.enum(ANNOTATOR_COMMANDS);
export type AnnotatorCommand = z.infer<typeof AnnotatorCommandSchema>;

export const BackgroundEventSchema = z.discriminatedUnion('type', [
  /** Something stored for this tab's document changed: read the list again. */
  z.strictObject({ type: z.literal('annotations.changed') }),
  /** The user asked to annotate this tab (popup or toolbar): show the sidebar. */
  z.strictObject({ type: z.literal('annotator.show') }),
  /**
   * Bring this annotation's passage into view and select its card once it is anchored: the tab was opened
   * from an annotation's link (src/background/link-follow.ts) or from the popup's search.
   */
  z.strictObject({ type: z.literal('annotation.reveal'), id: z.uuid() }),
  /** The reader hid or showed the highlights in this tab (src/background/highlight-visibility.ts). */
  z.strictObject({ type: z.literal('highlights.hidden'), hidden: z.boolean() }),
  /** A keyboard shortcut for this tab (see ANNOTATOR_COMMANDS). */
  z.strictObject({ type: z.literal('command'), command: AnnotatorCommandSchema }),
  z.strictObject({ type: z.literal('relay'), event: AnnotatorToSidebarSchema }),
  z.strictObject({ type: z.literal('relay.annotator'), event: SidebarToAnnotatorSchema }),
  /** To the PDF viewer: the document it announced is now its tab's, with every address it was seen at. */
  z.strictObject({
    type: z.literal('viewer.document'),
    documentUri: z.string(),
    addresses: z.array(z.string()),
  }),
]);
export type BackgroundEvent = z.infer<typeof BackgroundEventSchema>;

/**
 * The PDF viewer to the background, over its annotator port (the port lives as long as the viewer, and a
 * reconnection repeats it): the PDF it shows, by fingerprint, and the address it came from (null when
 * read from disk), with its own title and the kind of evidence it would be, for citing it. Only our
 * viewer page may send it; it becomes the document of the viewer's tab.
 */
export const ViewerAnnouncementSchema = z.strictObject({
  type: z.literal('viewer.document'),
  fingerprint: PdfFingerprintSchema,
  address: WebUrlSchema.nullable(),
  // At most MAX_EVIDENCE_TITLE code points, each up to two UTF-16 units.
  title: z.string().max(2 * MAX_EVIDENCE_TITLE),
  kind: z.enum(EVIDENCE_KINDS),
});
export type ViewerAnnouncement = z.infer<typeof ViewerAnnouncementSchema>;

// The port names live apart, so the annotator's content script can name its port without zod.
export { PORT_ANNOTATOR, PORT_SIDEBAR } from './port-names.ts';
