/**
 * The phrases the detector looks for, in English, Spanish, Portuguese and French. Each is one regex
 * compiled once and run over a bounded, lower-cased sample: without the `i` and `u` flags V8 matches
 * these alternations several times faster, which matters for a script that runs on every page.
 */

/**
 * "National Action Plan" and its equivalents, and the local ones of OGP Local ("Plan de Acción Local de
 * Gobierno Abierto"); alone it also names road and corporate plans. Words parted by `\s`: a line break may
 * fall inside the phrase (no slower than spaces for this regex).
 */
export const PLAN_PHRASE =
  /national\saction\splan|open\sgovernment\s(?:local\s|subnational\s)?action\splan|(?:local|subnational)\saction\splan\s(?:on|for)\sopen\sgovernment|plan(?:es)?\sde\sacci[oó]n\s(?:(?:local|municipal|subnacional|regional|provincial|departamental|estatal)\s)?(?:nacional|de\sgobierno\sabierto|de\sestado\sabierto)|plano(?:s)?\sde\sa[cç][aã]o\snacional|plano\sde\sa[cç][aã]o\s(?:(?:local|municipal|subnacional|estadual|regional)\s)?(?:para\so\s|de\s)?(?:governo|administra[cç][aã]o)\saberto|plan\sd['’]action\snational|plan\sd['’]action\s(?:(?:local|territorial|r[eé]gional)\s)?(?:pour\sun\s|du\s)?gouvernement\souvert|\bnap\s?\d\b|\b(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\s+(?:u\.s\.\s+|uk\s+)?(?:open\sgovernment\s+)?national\saction\splan/;

/**
 * "Action plan" alone, in the four languages: on a cover beside open government it names an OGP plan whose
 * title leaves "national" out ("Plan d'action 2025-2027 de la France – Partenariat pour un gouvernement ouvert").
 */
export const ACTION_PLAN = /action plan|plan(?:es)? de acci[oó]n|planos? de a[cç][aã]o|plans? d['’]action/;

/**
 * The Open Government Partnership or open government itself: what makes a plan an OGP plan. Words parted
 * by plain spaces (`\s` here costs half as much again on every page): the detector also tries the cover
 * with its line breaks made spaces, where a title breaks inside the phrase ("Administração" / "Aberta").
 */
export const OPEN_GOVERNMENT =
  /open government partnership|open government|alianza para (?:el )?gobierno abierto|gobierno abierto|estado abierto|parceria para (?:o )?governo aberto|governo aberto|administra[cç][aã]o aberta|partenariat pour (?:un )?gouvernement ouvert|gouvernement ouvert|action publique ouverte|\bogp\b|\bpgo\b|\baga\b/;

/** A numbered commitment heading, in any of the four languages. */
export const COMMITMENT_HEADING =
  /(?:^|\n)[\t ]*(?:commitment|compromiso|compromisso|engagement)[\t ]+(?:(?:n(?:ro|úm|um)?\.?\s?[º°o]\.?|n(?:ro|úm|um)?\.)\s*)?\d{1,2}(?:\.\d{1,2})?[\t ]*[:.|–—-]/g;

/** Fields of the OGP commitment template. */
export const TEMPLATE_FIELD =
  /lead implementing agency|lead agency|milestones?|start date|end date|instituci[oó]n responsable|hitos|fecha de (?:inicio|t[eé]rmino|finalizaci[oó]n)|institui[cç][aã]o respons[aá]vel|entidade respons[aá]vel|[oó]rg[aã]o respons[aá]vel|marcos|data de (?:in[ií]cio|t[eé]rmino|conclus[aã]o)|institution responsable|organisme responsable|jalons|date de (?:d[eé]but|fin)/g;

/** The Independent Reporting Mechanism and the names of its reports. */
export const IRM =
  /independent reporting mechanism|mecanismo (?:de revisi[oó]n|de reporte|independiente de)[^\n]{0,20}independiente|mecanismo independente de|m[eé]canisme d['’][eé]valuation ind[eé]pendant|\birm\b|\bmri\b|\bmii\b/;

export const IRM_REPORT =
  /(?:progress|end[- ]of[- ]term|mid[- ]term|design|implementation|results)\s+report|action plan review|informe de (?:avance|fin de t[eé]rmino|dise[nñ]o|implementaci[oó]n|resultados)|revisi[oó]n del plan de acci[oó]n|relat[oó]rio (?:de progresso|de fim de mandato|de concep[cç][aã]o|de implementa[cç][aã]o|de resultados)|revis[aã]o do plano de a[cç][aã]o|rapport (?:d['’][eé]tape|de fin de mandat|de conception|de mise en [oœ]uvre|sur les r[eé]sultats)|examen du plan d['’]action/;

export const SELF_ASSESSMENT =
  /self[- ]?assessment|autoevaluaci[oó]n|auto[- ]?avalia[cç][aã]o|auto[- ]?[eé]valuation/;

/** Things plans are not: company reporting, road works, event calendars. */
export const NOT_A_PLAN =
  /\besg\b|sustainability report|shareholders?|net[- ]zero by|informe de sostenibilidad|accionistas|relat[oó]rio de sustentabilidade|acionistas|rapport (?:rse|de durabilit[eé])|actionnaires|manuten[cç][aã]o (?:rodovi[aá]ria|de estradas)|conserva[cç][aã]o rodovi[aá]ria|pavimenta[cç][aã]o|mantenimiento vial|entretien routier|calendario de (?:eventos|actividades)|agenda (?:semanal|cultural)/g;

/**
 * An institution's annual report, which may report on the open government commitments it leads, with their
 * status, beside its budget and its casework. Only a document that names itself so (`namesItself`): a plan
 * may well commit to publishing one ("Commitment 4: An annual report on lobbying").
 */
export const ANNUAL_REPORT =
  /annual report|informe anual|memoria anual|relat[oó]rio anual|rapport annuel|rapport d['’]activit[eé]s?/;

/** An address that names a plan: `.../national-action-plan...`, `nap5`, `plan-de-accion`, ... */
export const PLAN_ADDRESS =
  /national[-_ ]?action[-_ ]?plan|action[-_ ]?plan|\bnap[-_]?\d|plan[-_]de[-_]acci[oó]n|plano[-_]de[-_]a[cç][aã]o|plan[-_]d[-_']?action|opengovpartnership|open[-_]?gov|gobierno[-_]abierto|governo[-_]aberto|administracao[-_]aberta|gouvernement[-_]ouvert/;

/**
 * What a page *about* a plan does and a plan does not: report what someone said or did on a given day,
 * call itself news, a press release or a blog post, or invite comments on a draft. Each entry is one kind
 * of cue; a page about a plan shows two kinds or more (lower-cased text, as every cue here).
 */
export const ABOUT_A_PLAN: readonly RegExp[] = [
  // Someone's words reported: a quote followed by who said it, or words to the press.
  /[”"»],?\s+(?:\p{L}+\s+){0,3}?(?:said|says|told|dijo|afirm[oó]|declar[oó]|señal[oó]|disse|afirmou|declarou|sublinhou|a d[eé]clar[eé]|a affirm[eé]|a soulign[eé])(?!\p{L})|\b(?:told (?:reporters|the press|journalists)|dijo a la prensa|disse aos jornalistas|a d[eé]clar[eé] [aà] la presse)(?!\p{L})/u,
  // An event on a weekday: "presented on Tuesday", "presentó el martes", "apresentou na terça-feira",
  // "lançou nesta quarta-feira", "a présenté ce mardi".
  /\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:el|este) (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)|(?:n[ao]|nest[ae]|ness[ae]) (?:segunda|ter[cç]a|quarta|quinta|sexta)-feira|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:dernier|matin|soir)?|ce (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b|\b(?:pr[eé]sent[eé]|annonc[eé]|d[eé]voil[eé]) (?:lundi|mardi|mercredi|jeudi|vendredi)\b/,
  // A consultation notice: comments or proposals invited ("are invited to submit", "sont invités à
  // proposer": the present tense of an open call; a plan tells how people were invited).
  /\b(?:(?:are|is) (?:now )?invited to (?:submit|propose|send)|sont invit[eé]e?s [aà] (?:proposer|soumettre|d[eé]poser|envoyer)|(?:est[aá]n|son) invitad[oa]s a (?:presentar|proponer|enviar)|(?:s[aã]o|est[aã]o) convidad[oa]s a (?:apresentar|propor|enviar)|have your say|submit (?:your )?(?:comments|proposals?|ideas)|send (?:us )?your (?:comments|proposals?|ideas)|comments? (?:are )?(?:open|welcome) until|consulta p[uú]blica (?:abierta|aberta) (?:hasta|at[eé])|env[ií]e (?:sus|su|tus|tu) (?:comentarios|propuestas?|ideas)|enviar (?:una|su|tu) propuesta|recibir propuestas|envie (?:os seus|as suas|a sua|seus|suas|sua) (?:contributos|propostas?|contribui[cç][oõ]es)|enviar (?:uma|a sua|sua) proposta|receber propostas|donnez votre avis|(?:d[eé]posez|soumettez|envoyez) (?:vos|votre) (?:propositions?|contributions?|id[eé]es)|consultation (?:ouverte|publique) jusqu|(?:submeter|apresentar|enviar) (?:as suas |suas |os seus |seus )?(?:propostas|contributos)|(?:presentar|enviar) (?:sus |tus )?propuestas|(?:d[eé]poser|soumettre|proposer) (?:des|vos) (?:propositions|contributions)|(?:recolha|recogida|collecte) de (?:propostas|propuestas|propositions)|(?:est[aá]|is now|est) (?:aberta|abierta|open|ouverte)(?: at[eé] \d{1,2} de [a-zçã]+| hasta el \d{1,2} de [a-z]+| until \d{1,2} [a-z]+| jusqu['’]au \d{1,2} [a-zéû]+)? (?:a |la |the |une? )?(?:consulta|consultation))\b/,
  // A page that talks with its readers: comments counted, a reading time, a share button.
  /\b(?:comments?|comentarios|coment[aá]rios|commentaires|r[eé]actions)\s*\(\d{1,5}\)|\b\d{1,2}\s*min(?:utes?)?\s+(?:read|de lecture|de lectura|de leitura)\b|\b(?:share this (?:article|story|post|page)|compartir (?:esta noticia|este art[ií]culo)|partager (?:cet article|ce billet)|compartilhar (?:esta not[ií]cia|este artigo))\b/,
  // How to take part: a notice tells its readers how; a plan reports how others took part.
  /(?:\bhow (?:to|can i|can you) (?:take part|participate|get involved)|c[oó]mo participar|\bcomo participar|\bcomment (?:participer|contribuer))\b/,
];

/**
 * A call for proposals (or for commitments) for a plan yet to be written: read on the cover only, where a
 * page names itself. A plan reports the call it held; a call is what its title says it is.
 */
export const CALL_NAME =
  /\b(?:call for (?:proposals|commitments|ideas|contributions)|convocatoria (?:p[uú]blica )?(?:para|a) (?:la )?(?:presentaci[oó]n de |presentar |recibir )?(?:propuestas|ideas|compromisos)|chamada p[uú]blica (?:para|de) (?:(?:a )?apresenta[cç][aã]o de |recolha de |envio de )?(?:propostas|contributos|compromissos)|appel (?:[aà] (?:propositions|contributions|id[eé]es)|public [aà] propositions))/;

/**
 * A page that names itself news, a press release or a blog post: read only where a page names itself (its
 * title or cover opening on "Communiqué" or "Comunicado" is a press office's kicker). A
 * byline that dates its publication to the minute ("Publicado em 12/03/2025 14h20") is a newsroom's: a
 * plan or its landing page gives a date at most.
 */
export const NEWS_NAME =
  /(?:^|\n)[ \t]*(?:communiqu[eé]|comunicado)(?![\p{L}-])|\b(?:press release|news release|newsroom|latest news|blog post|posted (?:on|by)|comunicado de prensa|nota de prensa|sala de prensa|comunicado de imprensa|nota de imprensa|communiqu[eé] de presse|billet de blog|publi[eé] le)\b|\b(?:published|updated|publicad[oa]|actualizad[oa]|atualizad[oa]|publi[eé]e?|mis [aà] jour)(?: (?:on|em|el|le))?:? \d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},? (?:(?:at|[aà]s|a las|[aà]) )?\d{1,2}(?:h|:)\d{2}\b/u;

/**
 * Minutes of a meeting (of the forum that follows a plan, say): read where a page names itself. Minutes go
 * through the commitments one by one and may print them as headings, with their progress; a plan does
 * not call itself minutes.
 */
export const MINUTES_NAME =
  /\b(?:minutes of (?:the )?(?:[a-z-]+ ){0,5}meeting|meeting minutes|acta (?:n(?:ro|úm)?\.?\s?[º°]|n\.|de la (?:\S+ ){0,2}(?:sesi[oó]n|reuni[oó]n))|ata (?:n\.?\s?[º°]|da (?:\S+ ){0,2}reuni[aã]o)|proc[eè]s-verbal (?:de la |du |n)|compte[- ]rendu de (?:la )?r[eé]union)/;

/** What minutes record and a plan does not: the meeting's agenda, its quorum, its opening by the chair. */
export const MEETING_BUSINESS =
  /\b(?:order of business|orden del d[ií]a|ordem (?:do dia|de trabalhos)|ordre du jour|quorum|qu[oó]rum|declared the meeting open|declar[oó] abierta la (?:sesi[oó]n|reuni[oó]n)|declarou aberta a (?:reuni[aã]o|sess[aã]o)|d[eé]clar[eé] (?:la s[eé]ance|la r[eé]union) ouverte)/;
