/**
 * The popup's list of this tab's annotations, newest first: the passage, the comment (Markdown through
 * src/ui/markdown.tsx), tags, the assessment and its evidence. Everything stored is user text and is
 * rendered as text; the only addresses that become links are evidence addresses on http or https.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Evidence } from '../src/core/model/assessment.ts';
import { evidenceOf, isUnsupported, quoteSelectorOf, type Annotation } from '../src/core/model/annotation.ts';
import { formatNumber, t, tn, type MessageKey } from '../src/i18n/messages.ts';
import { call } from '../src/messaging/client.ts';
import { truncateQuote } from '../src/ui/annotation-card.tsx';
import { COMPLETION_KEYS } from '../src/ui/assessment-view.tsx';
import { Byline, bylineOf, type People } from '../src/ui/byline.tsx';
import { EVIDENCE_KIND_KEYS } from '../src/ui/evidence-editor.tsx';
import { HIGHLIGHT_STYLES, highlightStyleOf } from '../src/ui/highlight-style.ts';
import { Markdown } from '../src/ui/markdown.tsx';

/** The popup is narrow: a passage is recognised by its first words. */
const QUOTE_LENGTH = 140;

/** A vocabulary value in the sidebar's words; one outside the list (a record stored before the check) as it is. */
function wordFor<V extends string>(keys: Record<V, MessageKey>, value: V): string {
  return Object.hasOwn(keys, value) ? t(keys[value]) : value.replace(/-/g, ' ');
}

type Phase =
  | { name: 'loading' }
  | { name: 'failed'; message: string }
  | { name: 'ready'; list: Annotation[]; people: People };

export interface AnnotationListProps {
  tabId: number;
  /** How many the tab's document has in all (the list shows the newest TAB_ANNOTATIONS_LIMIT). */
  total: number;
}

export function AnnotationList({ tabId, total }: AnnotationListProps) {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });

  useEffect(() => {
    let current = true;
    void call('tab.annotations', { tabId }).then((result) => {
      if (!current) return;
      setPhase(
        result.ok
          ? {
              name: 'ready',
              list: result.value.annotations,
              people: {
                authors: result.value.authors ?? {},
                me: result.value.me ?? null,
                groups: result.value.groups ?? {},
              },
            }
          : { name: 'failed', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [tabId]);

  if (phase.name === 'loading') return null;
  if (phase.name === 'failed') {
    return (
      <p class="popup__error" data-testid="popup-annotations-error">
        {t('popup_annotationsError', phase.message)}
      </p>
    );
  }
  if (phase.list.length === 0) return null;
  return (
    // Scrolls on its own; focusable so that a keyboard can scroll it even where no item holds a link.
    <section class="popup-list" aria-label={t('popup_listLabel')} tabIndex={0}>
      <h2 class="popup-list__title">
        {total > phase.list.length
          ? tn('popup_listNewest', phase.list.length, formatNumber(total))
          : t('popup_listTitle')}
      </h2>
      <ol class="popup-list__items" data-testid="popup-annotations">
        {phase.list.map((annotation) => (
          <AnnotationItem key={annotation.id} annotation={annotation} people={phase.people} />
        ))}
      </ol>
    </section>
  );
}

function AnnotationItem({ annotation, people }: { annotation: Annotation; people: People }) {
  const quote = quoteSelectorOf(annotation.target)?.exact ?? '';
  const { comment, tags, commitment, assessment } = annotation.body;
  const evidence = evidenceOf(annotation);
  const style = highlightStyleOf(annotation);
  const look = HIGHLIGHT_STYLES[style];
  // An assessment's level and support are said on their own line below; the rest are comments or highlights.
  const kind = assessment ? t('popup_kindAssessment') : look.label;
  return (
    <li class="popup-list__item" data-testid="popup-annotation">
      <p class="popup-list__kind">
        {/* The colour of its highlight in the page; the words beside and below say the same. */}
        <span class="popup-list__swatch" style={{ backgroundColor: look.colour }} aria-hidden="true" />
        {annotation.replyTo === undefined ? kind : t('popup_kindReply', kind)}
      </p>
      <Byline annotation={annotation} facts={bylineOf(annotation, people)} class="popup-list__byline" />
      {commitment && (
        <p class="popup-list__commitment" data-testid="popup-annotation-commitment">
          {commitment.label
            ? t('popup_commitmentLabelled', commitment.label, commitment.title)
            : commitment.title}
        </p>
      )}
      {quote && (
        <blockquote class="popup-list__quote" data-testid="popup-annotation-quote">
          {truncateQuote(quote.replace(/\s+/g, ' ').trim(), QUOTE_LENGTH)}
        </blockquote>
      )}
      {assessment && (
        <p class="popup-list__assessment" data-testid="popup-annotation-assessment">
          {t('popup_completion', wordFor(COMPLETION_KEYS, assessment.completion))}
          {isUnsupported(annotation) && (
            <span class="popup-list__unsupported" data-testid="popup-annotation-unsupported">
              {t('popup_unsupported')}
            </span>
          )}
        </p>
      )}
      {comment.trim() && (
        <div class="popup-list__comment" data-testid="popup-annotation-comment">
          <Markdown source={comment} />
        </div>
      )}
      {tags.length > 0 && (
        <ul class="popup-list__tags" aria-label={t('popup_tagsLabel')}>
          {tags.map((tag) => (
            <li key={tag} class="popup-list__tag" data-testid="popup-annotation-tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {evidence.length > 0 && (
        <ul
          class="popup-list__evidence"
          aria-label={t('popup_evidenceLabel')}
          data-testid="popup-annotation-evidence"
        >
          {evidence.map((item, index) => (
            <EvidenceLink key={`${index}:${item.url}`} evidence={item} />
          ))}
        </ul>
      )}
    </li>
  );
}

function EvidenceLink({ evidence }: { evidence: Evidence }) {
  const href = webHref(evidence.url);
  const kind = wordFor(EVIDENCE_KIND_KEYS, evidence.kind);
  return (
    <li>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {evidence.title}
        </a>
      ) : (
        // Stored records are checked on the way in; this is for one written before the check or by hand.
        <span>{evidence.title}</span>
      )}{' '}
      <span class="popup-list__evidence-kind">{t('popup_evidenceKind', kind)}</span>
    </li>
  );
}

/** The address as a link target, only when it is an absolute http or https address. */
export function webHref(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
