/**
 * A web card prints a tag beside its number badge, above its title: "Fiscal openness1", "Justice · 9". When
 * the tags repeat from card to card (several cards share one), they file the commitments under themes.
 */

/** What may join a tag and its badge: a middle dot, a bar, a dash, spaces. */
const JOINER = /[\s·•|–—-]+$/u;
/** A label's own word before its number ("Commitment 3", "N.º 4") is no theme. */
const LABEL_WORD =
  /^(?:commitment|compromiso|compromisso|engagement|no|n\.?\s?[º°o]|nº|#|item|card|step|paso|etapa|étape)\.?$/iu;

/**
 * The theme each card's tag names, from the lines above the titles with their badge number cut off
 * (`tags[k]` is what came before card k's number, maybe empty): null for all when any card has no tag,
 * when a tag is a label's own word, or when no two cards share a tag.
 */
export function cardThemes(tags: readonly string[]): string[] | null {
  if (tags.length < 2) return null;
  const themes = tags.map((t) => t.replace(JOINER, '').trim());
  if (themes.some((t) => !/\p{L}{3}/u.test(t) || LABEL_WORD.test(t))) return null;
  if (new Set(themes.map((t) => t.toLowerCase())).size === themes.length) return null;
  return themes;
}
