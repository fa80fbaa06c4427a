/**
 * The project's own JSON-LD terms, for what the W3C vocabulary has no word for (OGP assessments,
 * evidence kinds, commitments, visibility). It is inlined in every export rather than referenced by URL,
 * so a JSON-LD processor can expand an export without fetching anything from us.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export const PLAN_NAMESPACE = 'https://plan-annotator.org/ns/plan#';

export const PLAN_CONTEXT = {
  plan: PLAN_NAMESPACE,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  /** Title of the annotated document as the reader saw it; the W3C model describes no resource titles. */
  documentTitle: 'plan:documentTitle',
  /** `private`, `group` or `public`: who may read the annotation (W3C `audience` names no such levels). */
  visibility: 'plan:visibility',
  group: { '@id': 'plan:group', '@type': '@id' },
  commitment: { '@id': 'plan:commitment', '@type': '@id' },
  /** 1-based position of the commitment among those found in the document. */
  commitmentOrdinal: { '@id': 'plan:commitmentOrdinal', '@type': 'xsd:integer' },
  commitmentLabel: 'plan:commitmentLabel',
  commitmentTitle: 'plan:commitmentTitle',
  /** How the commitment was linked: `auto` (the passage lies in it) or `manual` (chosen by the reviewer). */
  linkedBy: 'plan:linkedBy',
  /** IRM completion: no-evidence | not-started | limited | substantial | complete. */
  completion: 'plan:completion',
  /** OGP values: access-to-information | civic-participation | public-accountability | technology-innovation. */
  ogpValues: { '@id': 'plan:ogpValue', '@container': '@set' },
  /** IRM potential impact: none | minor | moderate | transformative. */
  impact: 'plan:impact',
  verifiable: { '@id': 'plan:verifiable', '@type': 'xsd:boolean' },
  /** IRM "did it open government": worsened | did-not-change | marginal | major | outstanding. */
  openedGovernment: 'plan:openedGovernment',
  /** Whether an assessment cites any evidence; an unsupported one is flagged in every export. */
  supported: { '@id': 'plan:supported', '@type': 'xsd:boolean' },
  /** Evidence kind: official-document, law-or-decree, budget, dataset, news, foi-response, ... */
  evidenceKind: 'plan:evidenceKind',
  evidenceTitle: 'plan:evidenceTitle',
  published: { '@id': 'plan:published', '@type': 'xsd:date' },
  accessed: { '@id': 'plan:accessed', '@type': 'xsd:date' },
  excerpt: 'plan:excerpt',
} as const;

/** The `@context` of every exported annotation, page and collection. */
export const EXPORT_CONTEXT = [ANNO_CONTEXT, PLAN_CONTEXT] as const;
