/**
 * One dispatcher for every request to the background: who sent it, is the envelope sound, may this
 * sender ask for this, is the payload valid; then the typed handler of that request runs. Nothing is
 * stored before all checks pass, so a refused request changes nothing.
 */
import { parseWith, type FieldError } from '../core/model/validation.ts';
import { fieldErrorText } from '../i18n/field-errors.ts';
import { t, type MessageKey } from '../i18n/messages.ts';
import {
  BackgroundRequests,
  type ErrorReply,
  type Replies,
  type RequestMessage,
  type RequestPayload,
  type RequestType,
  type Result,
  type SenderKind,
  VIEWER_PATH,
} from '../messaging/protocol.ts';
import { RequestError } from './request-error.ts';

/** The fields of `chrome.runtime.MessageSender` that decide who is talking. */
export type Sender = Pick<chrome.runtime.MessageSender, 'id' | 'url' | 'tab' | 'frameId'>;

export interface RequestContext {
  sender: Sender;
  kind: SenderKind;
}

export type Handlers = {
  [K in RequestType]: (payload: RequestPayload<K>, ctx: RequestContext) => Promise<Replies[K]>;
};

/** A checked request, with its type and payload still tied to each other. */
export type CheckedRequest = { [K in RequestType]: RequestMessage<K> }[RequestType];

/**
 * Who sent a message: our own page (popup, sidebar frame, viewer), a content script we injected, or
 * nobody we answer (null): another extension, or a sender the browser did not describe.
 */
export function senderKindOf(sender: Sender, extension: { id: string; origin: string }): SenderKind | null {
  if (sender.id !== extension.id) return null;
  if (sender.url?.startsWith(extension.origin)) {
    // The viewer is told by its path, which only our own pages can have; its sidebar frame stays a page.
    return new URL(sender.url).pathname === `/${VIEWER_PATH}` ? 'viewer' : 'page';
  }
  if (sender.tab) return 'content';
  return null;
}

/**
 * Requests whose refusal names the record rather than the request, with field paths taken relative
 * to that record: "The annotation was refused: body.tags.0: a tag is empty". `message` takes the
 * field errors as `$1`.
 */
const RECORD_REFUSALS: Partial<Record<RequestType, { message: MessageKey; key: string }>> = {
  'annotations.save': { message: 'bg_annotationRefused', key: 'annotation' },
};

/**
 * The refusals below that name senders, types or a malformed envelope only ever reach a sender that is
 * not ours or a bug of ours, so they stay in English, for developers.
 */
const SENDER_WORDS: Record<SenderKind, string> = {
  content: 'the annotator inside a web page',
  page: "Plan Annotator's own pages",
  viewer: "Plan Annotator's PDF viewer",
};

/** Every check of a request that needs no browser: envelope, type, sender, payload. */
export function checkRequest(message: unknown, kind: SenderKind | null): Result<CheckedRequest> {
  if (kind === null) {
    return refuse('forbidden', 'Plan Annotator only answers its own pages and scripts.');
  }
  if (!isRecord(message) || typeof message.type !== 'string' || !isRecord(message.payload)) {
    return refuse('invalid', 'The request was malformed: it needs a type and a payload object.');
  }
  const type = message.type;
  if (!isRequestType(type)) {
    return refuse('invalid', `Plan Annotator does not know the request "${type}".`);
  }
  const spec = BackgroundRequests[type];
  if (!(spec.from as readonly SenderKind[]).includes(kind)) {
    const allowed = spec.from.map((from) => SENDER_WORDS[from]).join(' or ');
    return refuse('forbidden', `The request "${type}" was refused: only ${allowed} may send it.`);
  }
  const parsed = parseWith(spec.payload, message.payload);
  if (!parsed.ok) {
    const refusal = RECORD_REFUSALS[type];
    const fields = refusal ? parsed.errors.map((e) => relativeTo(refusal.key, e)) : parsed.errors;
    const details = describeFields(fields);
    const message = refusal ? t(refusal.message, details) : t('bg_requestRefused', type, details);
    return { ok: false, error: { code: 'invalid', message, fields } };
  }
  // The payload was parsed by the schema of this very type, so the pair is consistent.
  return { ok: true, value: { type, payload: parsed.value } as CheckedRequest };
}

export interface RouterOptions {
  handlers: Handlers;
  /** Settles when the background can serve (its database is open). */
  ready: Promise<unknown>;
  extension: { id: string; origin: string };
}

/** The `onMessage` body: always answers with a `Result`, never throws. */
export function createRouter({ handlers, ready, extension }: RouterOptions) {
  return async function route(message: unknown, sender: Sender): Promise<Result<unknown>> {
    const kind = senderKindOf(sender, extension);
    const checked = checkRequest(message, kind);
    if (!checked.ok) return checked;
    try {
      await ready;
    } catch (error) {
      console.error('Plan Annotator: storage did not open', error);
      return refuse('unavailable', t('bg_storageClosed'));
    }
    try {
      // `kind` is not null here: checkRequest refuses unknown senders.
      const value = await dispatch(handlers, checked.value, { sender, kind: kind as SenderKind });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof RequestError) return refuse(error.code, error.message);
      // IndexedDB refuses a write past the origin's quota (or on a full disk); nothing of it was stored.
      if (error instanceof DOMException && error.name === 'QuotaExceededError') {
        return refuse('unavailable', t('bg_storageFull'));
      }
      console.error(`Plan Annotator: "${checked.value.type}" failed`, error);
      return refuse('internal', t('bg_internalError'));
    }
  };
}

function dispatch<K extends RequestType>(
  handlers: Handlers,
  request: RequestMessage<K>,
  ctx: RequestContext,
): Promise<Replies[K]> {
  const handler: Handlers[K] = handlers[request.type];
  return handler(request.payload, ctx);
}

function refuse(code: ErrorReply['code'], message: string): { ok: false; error: ErrorReply } {
  return { ok: false, error: { code, message } };
}

/**
 * The faulty fields for a person: each field's path as the schema names it (`body.tags.0`), then what is
 * wrong with it in the browser's language, as `describeErrors` writes them in English.
 */
function describeFields(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field}: ${fieldErrorText(e)}`).join('; ');
}

function relativeTo(key: string, error: FieldError): FieldError {
  return error.field.startsWith(`${key}.`) ? { ...error, field: error.field.slice(key.length + 1) } : error;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRequestType(type: string): type is RequestType {
  // `hasOwn`, so names like "toString" or "__proto__" are unknown rather than inherited.
  return Object.hasOwn(BackgroundRequests, type);
}
