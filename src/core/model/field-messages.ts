/**
 * The words of every refusal the core schemas make, under a stable code. The English text is what the
 * server answers to API clients (and what its tests assert), so it never changes here; the extension
 * shows a translation chosen by the code (src/i18n/field-errors.ts). Pure: no chrome.*, no DOM.
 *
 * `$1`…`$9` stand for the parameters of a message (a limit, a list of allowed values), written in
 * order by `fieldMessage`.
 */
export const FIELD_MESSAGES = {
  unknownField: 'is not a known field',
  utcDate: 'must be a UTC date like 2026-01-31T12:00:00.000Z',
  calendarDate: 'must be a date like 2026-01-31',
  webUrl: 'must be an http or https address',
  documentSource: 'must be an http or https address or a PDF document key (urn:x-pdf:<fingerprint>)',
  pdfDocumentKey: 'must be urn:x-pdf: followed by a fingerprint',
  iri: 'must be an IRI: a scheme, a colon, then no spaces',
  uuid: 'must be a UUID',
  replyToUuid: 'must be the id (UUID) of the annotation answered',
  groupIdUuid: 'must be a group id (UUID)',
  annotationIdUuid: 'must be an annotation id (UUID)',
  tagEmpty: 'a tag is empty',
  tagTooLong: 'a tag is longer than $1 characters',
  tagControlCharacter: 'a tag holds a control character',
  tooManyTags: 'more than $1 tags',
  commentTooLong: 'the comment is longer than $1 characters',
  tooManyEvidence: 'more than $1 evidence items',
  assessmentNeedsAssessing: 'an annotation with an assessment is "assessing"',
  assessingNeedsAssessment: '"assessing" needs an assessment',
  replyNeedsReplying: 'a reply is "replying"',
  replyingNeedsReplyTo: '"replying" needs replyTo',
  replyToItself: 'an annotation cannot answer itself',
  completionOneOf: 'must be one of the completion levels: $1',
  ogpValueOneOf: 'must be one of the OGP values: $1',
  impactOneOf: 'must be one of the impact levels: $1',
  openedGovernmentOneOf: 'must be one of the "did it open government" levels: $1',
  evidenceKindOneOf: 'must be one of the evidence kinds: $1',
  valueTwice: 'names a value twice',
  trueOrFalse: 'must be true or false',
  titleEmpty: 'the title is empty',
  titleTooLong: 'the title is longer than $1 characters',
  excerptTooLong: 'the excerpt is longer than $1 characters',
  quoteEmpty: 'the quoted text is empty',
  quoteTooLong: 'the quoted text is longer than $1 characters',
  endAfterStart: 'end must be after start',
  pdfPage: 'must be page=N with N from 1',
  usernameFormat: 'must be 3 to 32 letters, digits, dots, dashes or underscores',
  passwordTooShort: 'must be at least $1 characters',
  passwordTooLong: 'must be at most $1 characters',
} as const;

export type FieldMessageCode = keyof typeof FIELD_MESSAGES;

/** What a message was made of: its code and, for the dynamic ones, the values written into it. */
export interface FieldMessageSource {
  code: FieldMessageCode;
  params?: string[];
}

// Every message made so far, by its English text: the schemas are built when their modules load, so
// a refusal's text leads back to its code (parseWith, and messages that crossed the network as text).
const made = new Map<string, FieldMessageSource>();
for (const [code, text] of Object.entries(FIELD_MESSAGES)) {
  if (!text.includes('$')) made.set(text, { code: code as FieldMessageCode });
}

/** The English text of `code`, `$1`… replaced by `params` in order. */
export function fieldMessage(code: FieldMessageCode, ...params: Array<string | number>): string {
  const written = params.map(String);
  const text = FIELD_MESSAGES[code].replace(/\$([1-9])/g, (_, n: string) => written[Number(n) - 1] ?? '');
  if (!made.has(text)) made.set(text, written.length > 0 ? { code, params: written } : { code });
  return text;
}

/** The code (and parameters) a core message was made from; undefined for any other text. */
export function fieldMessageSource(message: string): FieldMessageSource | undefined {
  return made.get(message);
}
