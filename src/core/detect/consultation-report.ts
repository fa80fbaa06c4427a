/**
 * A report on the consultations held to make a plan ("What we heard", "Summary of responses") is about a
 * plan that does not exist yet: it names itself so where a page names itself (its title, its cover), and it
 * tells its readers that the plan is still to be drafted or published. Lower-cased text, as every cue of
 * the detector.
 */
export const CONSULTATION_REPORT =
  /\b(?:what we heard|summary of (?:the )?(?:responses|feedback|submissions|comments)|(?:public )?consultation report|report on the (?:public )?consultations?|lo que (?:escuchamos|nos dijeron)|informe (?:de|sobre) (?:la |las )?(?:consultas?|aportaciones)(?: p[uú]blicas?)?|ce que nous avons entendu|(?:rapport|bilan|synth[eè]se) (?:de|sur) (?:la )?consultation|o que ouvimos|relat[oó]rio (?:da|de|sobre a) consulta)\b/u;

/**
 * The plan still to come: "the draft plan is published for comment", "the next plan will be developed",
 * "el próximo plan se publicará", "le projet de plan sera publié", "o novo plano será publicado". A plan
 * reports how it was drafted and published, in the past.
 */
export const PLAN_TO_COME =
  /\b(?:draft|next|final|new) (?:[\p{L}-]+ ){0,5}?plan\b(?: [\p{L}-]+){0,4}? (?:will be|is|is to be) (?:published|developed|drafted|released)\b|\b(?:borrador del|pr[oó]ximo|nuevo) plan\b(?: [\p{L}-]+){0,4}? (?:se publicar[aá]|ser[aá] publicado|se elaborar[aá])\b|\b(?:projet de|prochain|nouveau) plan\b(?: [\p{L}'’-]+){0,4}? (?:sera (?:publi[eé]|[eé]labor[eé]))\b|\b(?:proposta de|pr[oó]ximo|novo) plano\b(?: [\p{L}-]+){0,4}? (?:ser[aá] (?:publicado|elaborado))\b/u;
