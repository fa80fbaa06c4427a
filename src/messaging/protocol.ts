/**
 * Every message between the extension's contexts, one map per direction, each with the schema it is
 * checked against on arrival. Replies are always `Result`s; the receiver, not the caller, picks the type.
 */
import { z } from 'zod';
import {
  AnnotationSchema,
  VisibilitySchema,
  WebUrlSchema,
  type Annotation,
  type Visibility,
} from '../core/model/annotation.ts';
import { type EvidenceKind } from '../core/model/assessment.ts';
import { CredentialsSchema, NewGroupSchema } from '../core/sync/protocol.ts';
import type { FieldError } from '../core/model/validation.ts';
import type { Commitment } from '../core/commitments/index.ts';
import type { PlanRecord } from '../core/model/plan-record.ts';
import { DETECT_REASON_CODES } from '../core/detect/index.ts';
import { SearchQuerySchema } from '../core/search/search-query.ts';
import type { ActivityKind } from '../core/sync/activity.ts';
import { AnnotatorToSidebarSchema, SidebarToAnnotatorSchema } from './port-events.ts';

export * from './port-events.ts';

/**
 * Who may send a request: the injected annotator (a content script), one of our own pages, or our PDF
 * viewer page (an own page that plays the annotator's part for the PDF it shows).
 */
export type SenderKind = 'content' | 'page' | 'viewer';

/** `chrome.storage.local` key of the setting "open PDFs that look like action plans in the viewer". */
export const OPEN_PLAN_PDFS_SETTING = 'openPlanPdfsInViewer';

/**
 * The optional host permission that widens the plan detector from the government hosts listed in the
 * manifest to every web page. The user grants it on the settings page; the background then registers
 * the detector for all pages and unregisters it when the permission is taken back.
 */
export const EVERY_SITE_ORIGINS: readonly string[] = ['http://*/*', 'https://*/*'];

/** How many annotations `tab.annotations` answers with: the popup lists the newest few. */
export const TAB_ANNOTATIONS_LIMIT = 20;

/**
 * The largest group export `export.group` hands to the popup, in bytes of the server's UTF-8 answer: a
 * runtime message holds at most 64 MiB of JSON, where quotes and line breaks take two characters each.
 */
export const GROUP_EXPORT_MAX_BYTES = 32 * 1024 * 1024;

/** How many results `annotations.search` lists (the newest); it says how many matched in all. */
export const SEARCH_RESULTS_LIMIT = 30;

/** One annotation the popup's search found, as the popup shows it: short texts, all shown as text. */
export interface SearchResult {
  id: string;
  documentTitle: string;
  /** The document's address, or its PDF key. */
  source: string;
  /** It is on a PDF, which opens in our viewer. */
  pdf: boolean;
  /** The passage, cut to about 200 code points around the first match. */
  quote: string;
  /** The comment, the same way. */
  comment: string;
  tags: string[];
  modified: string;
}

/** How many of a group's latest changes the popup lists. */
export const GROUP_ACTIVITY_LIMIT = 10;

/** One of a group's latest changes, as the popup shows it: short texts, all shown as text. */
export interface ActivityItem {
  /** The annotation to open: a reply's thread, else the annotation itself. */
  id: string;
  kind: ActivityKind;
  /** Who did it; null when the server did not say. */
  author: string | null;
  /** The change was this account's own. */
  mine: boolean;
  /** The document's title; empty for a deleted annotation, which says nothing of itself. */
  documentTitle: string;
  /** When it was last changed, as the annotation says; null for a deleted one. */
  modified: string | null;
}

/** The settings' group and its latest changes; the reply is null when not signed in or in no group. */
export interface GroupActivity {
  groupName: string;
  items: ActivityItem[];
  /** The group's page on the server's public commitment tracker; null when the server's address is not http(s). */
  tracker: string | null;
}

/** Where the PDF viewer lives inside the extension; the background knows the viewer by this path. */
export const VIEWER_PATH = 'src/viewer/viewer.html';

const Empty = z.strictObject({});
const TabId = z.strictObject({ tabId: z.number().int().nonnegative() });

// ---- requests to the background ----

/** What the popup shows of sync. */
export interface SyncStatusReply {
  signedIn: boolean;
  server: string;
  username: string | null;
  /** Local changes the server has not acknowledged yet. */
  pending: number;
  /** Annotations set aside for other accounts that signed in on this browser before (sync-store.ts `useAccount`). */
  keptAside: number;
  /**
   * Changes the server refused for good (too large, or another permanent 4xx), kept on this browser
   * and not sent again until they change: one per change, with the status and the server's own words.
   */
  refused: Array<{ status: number; error: string | null; at: string }>;
  /** UTC ISO-8601 time of the last round that reached the server, or null. */
  lastSync: string | null;
  /** The last problem, in plain words, or null. */
  lastError: string | null;
  syncing: boolean;
}

/** The sync settings, as the settings page and annotation creators need them. */
export interface SyncPreferences {
  server: string;
  /** The signed-in user, or null. */
  username: string | null;
  groups: { id: string; name: string; role: 'member' | 'moderator' | 'owner' }[];
  /** The group new group and public annotations go to, or null. */
  group: string | null;
  /** The visibility new annotations get. */
  visibility: Visibility;
}

/**
 * Who may read the annotations listed, beside the list: the group each group annotation goes to, and
 * what the editor offers a new one (the settings' default visibility and group). Names of groups come
 * from the signed-in account's memberships; a group this browser does not know has no name here.
 */
export interface Sharing {
  /** By annotation id, the name of the group that reads it (group annotations only). */
  groups: Record<string, string>;
  /** The settings' choice for new annotations, and the name of the group "a group" means (or null). */
  defaults: { visibility: Visibility; groupName: string | null };
}

/** The longest reason the sidebar sends with a hide (the server's limit) and with a flag. */
export const HIDE_REASON_LIMIT = 500;
export const FLAG_REASON_LIMIT = 200;

/**
 * What the sidebar shows of moderation beside the list (src/background/sync/moderation.ts), from what
 * the sync engine knows: the account's role in each annotation's group, what the server said was hidden.
 */
export interface Moderation {
  /** Ids this account may hide and show again: it moderates or owns the annotation's group. */
  moderates: string[];
  /** Ids this account may flag: someone else's `group` or `public` annotation of one of its groups. */
  flaggable: string[];
  /** Ids this account flagged from this browser. */
  flagged: string[];
  /** By id, hidden by a moderator but still shown here (to its author, or a moderator): the reason or null. */
  hidden: Record<string, string | null>;
  /** Annotations of this document a moderator hid from this account: a placeholder card each. */
  placeholders: { id: string; author: string | null }[];
}

export interface TabStatus {
  /** The tab's document address, or null where the extension never annotates (chrome://, file:// ...). */
  documentUri: string | null;
  /** The annotator is running in the tab. */
  annotating: boolean;
  /** Annotations stored for the tab's document. */
  count: number;
  /** The user granted this site, so highlights come back on later visits without a click. */
  siteGranted: boolean;
  /** The reader hid the highlights on this site (or this PDF). */
  highlightsHidden: boolean;
  /** The tab shows a PDF by its address (`.pdf`), so the popup offers to open it in our viewer. */
  pdf?: boolean;
  /** The tab is our PDF viewer: what the PDF reads as comes once the viewer has read its text. */
  viewer?: boolean;
  /**
   * What the always-on detector made of the page, when it ran there (plan-like government hosts), or,
   * in the viewer, what the PDF's whole text reads as.
   */
  detection?: TabDetection;
}

/** What the detect content script reports about its page (see content-scripts/detect). */
export const DetectionReportSchema = z.strictObject({
  kind: z.enum(['action-plan', 'irm-report', 'self-assessment', 'other']),
  score: z.number().min(0).max(1),
  language: z.enum(['en', 'es', 'pt', 'fr', 'und']),
  reasons: z
    .array(
      z.strictObject({
        code: z.enum(DETECT_REASON_CODES),
        count: z.number().int().nonnegative().max(100_000).optional(),
      }),
    )
    .max(10),
  planPdfLinks: z.number().int().nonnegative(),
});
export type DetectionReport = z.infer<typeof DetectionReportSchema>;
export type TabDetection = Pick<DetectionReport, 'kind' | 'score' | 'language' | 'reasons'>;

/**
 * Requests, their payload schema, who may send them, and the reply type. The document a content
 * script or the sidebar talks about is always the sender's tab, never a field the sender fills in.
 */
export const BackgroundRequests = {
  'annotations.list': { from: ['content', 'page', 'viewer'], payload: Empty },
  'annotations.save': {
    from: ['content', 'page', 'viewer'],
    payload: z.strictObject({
      annotation: AnnotationSchema,
      /** From an imported file: it keeps the visibility it was exported with (see annotation-handlers). */
      imported: z.boolean().optional(),
      /**
       * The user chose the new annotation's visibility in the editor: the settings' default does not
       * apply (a `group` one goes to the settings' group).
       */
      visibilityChosen: z.boolean().optional(),
    }),
  },
  'annotations.delete': { from: ['page'], payload: z.strictObject({ id: z.uuid() }) },
  /** The address that opens an annotation for others (see src/core/document/annotation-link.ts). */
  'annotations.link': { from: ['page'], payload: z.strictObject({ id: z.uuid() }) },
  'relay.toSidebar': {
    from: ['content', 'viewer'],
    payload: z.strictObject({ event: AnnotatorToSidebarSchema }),
  },
  'relay.toAnnotator': { from: ['page'], payload: z.strictObject({ event: SidebarToAnnotatorSchema }) },
  'tab.status': { from: ['page'], payload: TabId },
  'tab.annotate': { from: ['page'], payload: TabId },
  /** The popup's "Hide highlights": for the tab's site, remembered (src/background/highlight-visibility.ts). */
  'tab.hideHighlights': {
    from: ['page'],
    payload: z.strictObject({ tabId: z.number().int().nonnegative(), hidden: z.boolean() }),
  },
  /** Whether the reader hid the highlights on the sender's site (its origin, or the PDF's key). */
  'highlights.hidden': { from: ['content', 'viewer'], payload: Empty },
  /** The detect content script's verdict on its page; the page is the sender's tab. */
  'detect.report': { from: ['content'], payload: DetectionReportSchema },
  /** "Annotate" next to a plan PDF link: open that PDF in our viewer, in a new tab. */
  'viewer.open': { from: ['content'], payload: z.strictObject({ url: WebUrlSchema }) },
  /**
   * Whether highlights come back by themselves on a site (`https://www.gov.br/*`), as the user chose it;
   * `chosen` tells the background the user has just allowed it in answer to the sidebar's offer.
   */
  'site.allowed': {
    from: ['page'],
    payload: z.strictObject({
      pattern: z.string().regex(/^https?:\/\/[^/*:]+\/\*$/, 'must be a site pattern like https://host/*'),
      chosen: z.boolean().optional(),
    }),
  },
  /** The settings' "Look for action plans on every site", once the browser granted or took it back. */
  'detector.everywhere': { from: ['page'], payload: Empty },
  /** Sync (src/background/sync): the state the popup shows, and "sync now". */
  'sync.status': { from: ['page'], payload: Empty },
  'sync.now': { from: ['page'], payload: Empty },
  /** "Send again" in the popup: the changes the server refused go out again. */
  'sync.sendRefused': { from: ['page'], payload: Empty },
  /**
   * The sync settings; `visibility` and `group` are the defaults for new annotations, so whatever
   * creates one (sidebar, annotator, viewer) asks here.
   */
  'settings.get': { from: ['page', 'viewer'], payload: Empty },
  'settings.update': {
    from: ['page'],
    payload: z.strictObject({
      server: WebUrlSchema.optional(),
      group: z.uuid({ message: 'must be a group id' }).nullable().optional(),
      visibility: VisibilitySchema.optional(),
    }),
  },
  'account.signUp': { from: ['page'], payload: CredentialsSchema },
  'account.signIn': { from: ['page'], payload: CredentialsSchema },
  'account.signOut': { from: ['page'], payload: Empty },
  'group.create': { from: ['page'], payload: NewGroupSchema },
  /** Joins with an invitation as the group's owner shares it: `<group id>.<invite code>`. */
  'group.join': {
    from: ['page'],
    payload: z.strictObject({ invitation: z.string().trim().min(1, 'the invitation is empty').max(300) }),
  },
  /** The invitation to share, for owners and moderators of the group (null for plain members). */
  'group.invitation': { from: ['page'], payload: z.strictObject({ groupId: z.uuid() }) },
  /**
   * "Use current page as evidence": the web page the user is reading, which is the tab they looked at
   * last before coming back to the sidebar, else the sidebar's own page (see evidence-handlers.ts).
   */
  'evidence.currentPage': { from: ['page'], payload: Empty },
  /** A moderator hides an annotation of their group (with a reason) or shows it again. */
  'moderation.hide': {
    from: ['page'],
    payload: z.strictObject({
      id: z.uuid(),
      hidden: z.boolean(),
      reason: z.string().trim().max(HIDE_REASON_LIMIT).optional(),
    }),
  },
  /** A member flags an annotation of their group for its moderators, or withdraws the flag. */
  'moderation.flag': {
    from: ['page'],
    payload: z.strictObject({
      id: z.uuid(),
      flagged: z.boolean(),
      reason: z.string().trim().max(FLAG_REASON_LIMIT).optional(),
    }),
  },
  /** For moderators: how many members flagged each annotation of the groups they moderate, by id. */
  'moderation.flags': { from: ['page'], payload: Empty },
  /** Tags to suggest in the sidebar's editor: the user's and the group's, from the local store. */
  'tags.suggest': { from: ['page'], payload: Empty },
  /**
   * The commitments of a document whose text the annotator read, found in the background so that a
   * long plan (80 ms a megabyte) never holds up the page; none when the text does not read as a plan.
   */
  'commitments.find': {
    from: ['content', 'viewer'],
    payload: z.strictObject({
      /** The document's text as lines (see src/dom/block-lines.ts), at most 16 million characters. */
      text: z.string().max(16_000_000),
      /** A PDF's page spans in `text`, code points. */
      pages: z
        .array(z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }))
        .max(100_000)
        .optional(),
      /** How runs of a PDF's text are printed (size, font id, ems per character), code points. */
      styles: z
        .array(
          z.strictObject({
            start: z.number().int().nonnegative(),
            end: z.number().int().nonnegative(),
            size: z.number().nonnegative().max(10_000),
            font: z.string().max(200),
            em: z.number().nonnegative().max(100),
            bold: z.boolean(),
            /** Where the run starts across its page (PDF units): a table's columns. */
            x: z.number().min(-100_000).max(100_000).optional(),
          }),
        )
        .max(2_000_000)
        .optional(),
      title: z.string().max(1000),
      url: z.string().max(4096),
      headings: z.array(z.string().max(1000)).max(40),
    }),
  },
  /**
   * The plans members shared with the chosen group (src/background/plan-sharing.ts), for the sidebar to
   * show what a self-assessment or IRM report says of a commitment; none without a group.
   */
  'plans.group': { from: ['page'], payload: Empty },
  /** The popup's list of a tab's annotations, newest first (at most TAB_ANNOTATIONS_LIMIT). */
  'tab.annotations': { from: ['page'], payload: TabId },
  /**
   * The popup's search over every annotation stored here, every document (src/background/search-handlers.ts):
   * comment, quote, tags, evidence titles and document title, with src/core/search.
   */
  'annotations.search': { from: ['page'], payload: z.strictObject({ query: SearchQuerySchema }) },
  /**
   * Opens an annotation's document in a new tab at its passage: a web page with the annotator started,
   * a PDF in our viewer; the annotator then brings the passage into view and shows its card.
   */
  'annotations.open': { from: ['page'], payload: z.strictObject({ id: z.uuid() }) },
  /** The popup's "Group activity": the settings' group's latest changes (src/background/activity-handlers.ts). */
  'group.activity': { from: ['page'], payload: Empty },
  /** The popup's export of everything stored on this machine (src/background/export-handlers.ts). */
  'annotations.all': { from: ['page'], payload: Empty },
  /**
   * The popup's export of one group from the sync server: the background fetches it with the token the
   * popup never sees, and answers with the text (at most GROUP_EXPORT_MAX_BYTES).
   */
  'export.group': {
    from: ['page'],
    payload: z.strictObject({
      groupId: z.uuid({ message: 'must be a group id' }),
      format: z.enum(['jsonld', 'csv', 'md']),
    }),
  },
} as const satisfies Record<string, { from: readonly SenderKind[]; payload: z.ZodType }>;

export type RequestType = keyof typeof BackgroundRequests;
export type RequestPayload<K extends RequestType> = z.infer<(typeof BackgroundRequests)[K]['payload']>;

export interface Replies {
  'annotations.list': {
    documentUri: string;
    annotations: Annotation[];
    /**
     * Who wrote each annotation, by id, where the sync engine knows it (a username from the server);
     * annotations missing here were written on this machine by `me`. Only our pages get it (the
     * sidebar offers Edit and Delete on `me`'s annotations only); content scripts do not.
     */
    authors?: Record<string, string>;
    /** The name of the account signed in here (or last signed in), or null when there was none. */
    me?: string | null;
    /** Only our pages get it, like `authors`. */
    moderation?: Moderation;
  } & Partial<Sharing>;
  'annotations.save': { annotation: Annotation };
  'annotations.delete': { deleted: boolean };
  'annotations.link': { url: string };
  'relay.toSidebar': { delivered: boolean };
  'relay.toAnnotator': { delivered: boolean };
  'tab.status': TabStatus;
  'tab.annotate': { documentUri: string };
  'tab.hideHighlights': { hidden: boolean };
  'group.activity': GroupActivity | null;
  'highlights.hidden': { hidden: boolean };
  'detect.report': { badge: boolean };
  'viewer.open': { tabId: number };
  'site.allowed': { allowed: boolean };
  'detector.everywhere': { everywhere: boolean };
  'sync.status': SyncStatusReply;
  'sync.now': SyncStatusReply;
  'sync.sendRefused': SyncStatusReply;
  'settings.get': SyncPreferences;
  'settings.update': SyncPreferences;
  'account.signUp': SyncPreferences;
  'account.signIn': SyncPreferences;
  'account.signOut': SyncPreferences;
  'group.create': SyncPreferences & { invitation: string };
  'group.join': SyncPreferences;
  'group.invitation': { invitation: string | null };
  /** Null when no web page (http or https) can be offered. */
  'evidence.currentPage': { url: string; title: string; kind: EvidenceKind } | null;
  'tags.suggest': { tags: string[] };
  'moderation.hide': { hidden: boolean };
  'moderation.flag': { flagged: boolean };
  'moderation.flags': { flags: Record<string, number> };
  /** Offsets are code points into the `text` sent. */
  'commitments.find': { commitments: Commitment[] };
  /** `tracker`: the chosen group's page on the server's public tracker, when signed in with a group. */
  'plans.group': { plans: PlanRecord[]; tracker: string | null };
  'tab.annotations': {
    annotations: Annotation[];
    authors?: Record<string, string>;
    me?: string | null;
  } & Partial<Sharing>;
  'annotations.all': { annotations: Annotation[] };
  'annotations.search': { results: SearchResult[]; total: number };
  'annotations.open': { tabId: number };
  'export.group': { text: string };
}

/** The envelope on the wire. */
export interface RequestMessage<K extends RequestType = RequestType> {
  type: K;
  payload: RequestPayload<K>;
}

export interface ErrorReply {
  /** `invalid` (bad input, see `fields`), `forbidden`, `not-found`, `unavailable` or `internal`. */
  code: 'invalid' | 'forbidden' | 'not-found' | 'unavailable' | 'internal';
  /** Plain words a person can read. */
  message: string;
  fields?: FieldError[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorReply };
