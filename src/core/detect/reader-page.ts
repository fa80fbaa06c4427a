/**
 * A page written to be read and answered: a blog post or an article, with a reading time, a comments
 * section and share links. A plan, or the official page that publishes one, carries none of these, even
 * when it is a web page; a post that summarises a draft plan may still print its commitments as headings
 * ("Commitment 1: …") and mention their milestones, so these cues are weighed before its headings are.
 * Lower-cased text, as every detector cue.
 */

/** Words that a reading time or a comments section cannot do without. */
const FURNITURE_WORDS =
  /min(?:ute)?s?\.?\s+(?:read|de le)|reading time|de lectura|de leitura|de lecture|comm?ent/;

/** "5 min read", and a reading time's label. The minutes' words come first, so a scan looks for "min". */
const READING_MINUTES = /min(?:ute)?s?\.?\s+(?:read|de lecture|de lectura|de leitura)\b/;
const READING_MINUTES_COUNTED =
  /\b\d{1,2}\s*-?\s*min(?:ute)?s?\.?\s+(?:read|de lecture|de lectura|de leitura)\b/;
const READING_TIME_LABEL = /\b(?:reading time|tiempo de lectura|tempo de leitura|temps de lecture)\s*:/;

/** A count of comments heading a section on a line of its own ("3 comments"): "148 comments were
 * received" is a consultation's figure. */
const COMMENT_COUNT = /^[\t ]*\d{1,4}[\t ]+(?:comments?|comentarios?|coment[aá]rios?|commentaires?)[\t ]*$/m;
/** A comment form. */
const COMMENT_FORM =
  /\b(?:leave a (?:comment|reply)|post (?:a )?comment|add a comment|deja (?:un|tu) comentario|publicar comentario|deixe (?:um|seu|o seu) coment[aá]rio|laisser un commentaire|publier (?:le|un) commentaire)\b/;

const SHARE =
  /\b(?:share (?:this|on)(?: (?:post|article|story|page))?|compartir (?:en|esta|este)|compartilh(?:e|ar) (?:no|na|esta|este)|partager (?:sur|cet article|ce billet))\b/;

/**
 * Whether the page carries two kinds of reader furniture or more, one of them a reading time or a
 * comments section (a government page may well offer to share itself).
 */
export function isReaderPage(text: string): boolean {
  // Each pattern scans the whole sample of a plan-like page: one scan first for words every cue needs.
  if (!FURNITURE_WORDS.test(text)) return false;
  const reading =
    (READING_MINUTES.test(text) && READING_MINUTES_COUNTED.test(text)) || READING_TIME_LABEL.test(text);
  const comments = COMMENT_COUNT.test(text) || COMMENT_FORM.test(text);
  if (!reading && !comments) return false;
  return Number(reading) + Number(comments) + Number(SHARE.test(text)) >= 2;
}
