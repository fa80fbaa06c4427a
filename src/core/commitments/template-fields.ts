/**
 * The fields of the OGP commitment template, in English, Spanish, Portuguese and French, as plans print
 * them: `Lead implementing agency: …`, `Institución responsable` in a table cell, `Quel est le problème
 * public ?`. A block of lines that carries these is a commitment.
 */
export type FieldKind =
  | 'title'
  | 'id'
  | 'lead'
  | 'supporting'
  | 'start'
  | 'end'
  | 'period'
  | 'problem'
  | 'objective'
  | 'values'
  | 'milestones'
  | 'status';

const LABELS: Array<[FieldKind, string]> = [
  [
    'title',
    "(?:commitment (?:title|name)|(?:title|name) of (?:the )?commitment|nombre del compromiso|t[ií]tulo del compromiso|designa[cç][aã]o do compromisso|t[ií]tulo do compromisso|nome do compromisso|intitul[eé] de l['’]engagement|titre de l['’]engagement|nom de l['’]engagement)",
  ],
  [
    'id',
    "(?:commitment (?:id|number|no\\.?|code)|n[uú]mero del compromiso|c[oó]digo del compromiso|identificador(?: do compromisso)?|n[uú]mero do compromisso|num[eé]ro de l['’]engagement|identifiant de l['’]engagement)",
  ],
  [
    'lead',
    "(?:lead(?: implementing)? (?:agency|agencies|institution|organi[sz]ation|entity|ministry)|responsible (?:agency|institution|entity|body)|implementing agency|instituci[oó]n(?:es)? responsable|entidad(?:es)? responsable|[oó]rgano responsable|dependencia responsable|institui[cç][aã]o respons[aá]vel|entidade(?:s)? respons[aá]ve(?:l|is)|[oó]rg[aã]o respons[aá]vel|institution responsable|organisme responsable|minist[eè]re responsable|entit[eé] responsable|porteur(?:s)?(?: de l[’']engagement| du projet)?|(?:(?:institution|administration|minist[eè]re|organisme|entit[eé]|direction|service) )?pilote)",
  ],
  [
    'supporting',
    '(?:supporting (?:stakeholders|actors|agencies|institutions|organi[sz]ations)|other (?:actors|stakeholders)(?: involved)?|otros actores(?: involucrados)?|actores de apoyo|instituciones de apoyo|outr[ao]s (?:entidades|atores|actores)(?: envolvid[ao]s)?|entidades parceiras|partenaires(?: associ[eé]s)?|autres acteurs(?: impliqu[eé]s)?|parties prenantes)',
  ],
  ['start', '(?:start(?:ing)? date|fecha de inicio|data de in[ií]cio|date de d[eé]but)'],
  [
    'end',
    "(?:end date|completion date|fecha de (?:t[eé]rmino|finalizaci[oó]n|fin|cierre)|data de (?:t[eé]rmino|conclus[aã]o|fim)|date de fin|date d['’]ach[eè]vement)",
  ],
  [
    'period',
    '(?:duration|implementation period|(?:commitment )?start and end dates?|timeline|timeframe|per[ií]odo de (?:implementaci[oó]n|implementa[cç][aã]o|execu[cç][aã]o)|plazo|duraci[oó]n|cronograma|vig[eê]ncia|calendariza[cç][aã]o|dura[cç][aã]o|dur[eé]e|calendrier|p[eé]riode de mise en [oœ]uvre|dates? de d[eé]but et de fin)',
  ],
  [
    'problem',
    '(?:(?:what is the )?(?:public )?problem(?: addressed)?|(?:¿\\s*)?cu[aá]l es el problema(?: que el compromiso aborda)?|problema (?:p[uú]blico|a resolver)|qual (?:[eé] )?o problema(?: que o compromisso procura resolver)?|quel est le probl[eè]me(?: public)?|probl[eè]me (?:public|[aà] r[eé]soudre)|status quo)',
  ],
  [
    'objective',
    "(?:(?:main )?objective|commitment description|description of (?:the )?commitment|objetivo(?: general| geral| principal)?|descripci[oó]n del compromiso|descri[cç][aã]o do compromisso|objectif(?: g[eé]n[eé]ral| principal)?|description de l['’]engagement)",
  ],
  [
    'values',
    '(?:(?:relevance to )?ogp values|valores (?:de la aga|da ogp|ogp|del gobierno abierto)|valeurs (?:du pgo|ogp|du gouvernement ouvert)|relevancia|relev[aâ]ncia|pertinence)',
  ],
  [
    'milestones',
    '(?:(?:key |verifiable )?milestones?|activities|hitos|actividades|marcos|atividades|jalons|activit[eé]s|[eé]tapes)',
  ],
  [
    'status',
    "(?:(?:level of )?completion|status|progress|nivel de (?:cumplimiento|avance)|avance|estado(?: de avance| de (?:execu|implementa)[cç][aã]o)?|n[ií]vel de (?:cumprimento|execu[cç][aã]o)|grau de (?:cumprimento|execu[cç][aã]o)|[eé]tat d['’]avancement|niveau (?:de r[eé]alisation|d['’]ach[eè]vement)|statut|(?:conclus[aã]o|ach[eè]vement|cumplimiento)(?=\\s*:))",
  ],
];

/** Label, then a colon, a tab, a question mark, the line's end, or (for a label of two words or more, a
 * table's cells run together) a capitalised value. */
const FIELDS: Array<[FieldKind, RegExp]> = LABELS.map(([kind, label]) => [
  kind,
  new RegExp(
    `^${label}(?:\\s*\\([^)]{0,40}\\))?\\s*(?:[:：|]\\s*(.*)|\\t\\s*(.*)|\\?\\s*(.*)|$|\\s+((?:\\p{Lu}|\\d).*))`,
    'iu',
  ),
]);

export interface FieldLine {
  kind: FieldKind;
  /** What the line prints after the label; '' when the value is on the next line. */
  value: string;
}

/** The template field a line begins with, or null. */
export function fieldOf(line: string): FieldLine | null {
  if (line.length > 400) return null;
  for (const [kind, re] of FIELDS) {
    const m = re.exec(line);
    if (!m) continue;
    const value = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    // A label of one word followed by a capitalised word is a sentence ("Porteur Ministère…" is ambiguous
    // and left out); followed by a date or a number it is a table cell ("Duration 2024–2026").
    const label = line.slice(0, line.length - (m[4] ?? '').length).trim();
    if (m[4] !== undefined && !/\s/u.test(label) && !/^\d/u.test(m[4])) continue;
    return { kind, value };
  }
  return null;
}

/** How many lines carry each kind of field. */
export function fieldCounts(fields: ReadonlyArray<FieldLine | null>): Map<FieldKind, number> {
  const counts = new Map<FieldKind, number>();
  for (const f of fields) if (f) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return counts;
}

/** Kinds printed once per commitment; milestones and status may be once per milestone in some plans. */
export interface TemplateBlock {
  /** Line index of the block's first and last field. */
  first: number;
  last: number;
  /** The lines of the `title` and `id` fields in the block, when printed. */
  titleLine: number | null;
  idLine: number | null;
}

/**
 * The template blocks of a document: how many commitments its fields say it has (the count most field
 * kinds share), and where each block starts: a kind seen again starts the next block.
 */
export function templateBlocks(fields: ReadonlyArray<FieldLine | null>): TemplateBlock[] {
  const counts = fieldCounts(fields);
  const tally = new Map<number, number>();
  for (const n of counts.values()) if (n >= 2) tally.set(n, (tally.get(n) ?? 0) + 1);
  // The count most kinds share; ties to the larger count (a template that prints a field only sometimes).
  const best = [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  // At least two kinds must agree: one repeated label alone ("Milestones") is not a template.
  if (!best || best[1] < 2) return [];
  const each = new Set([...counts.entries()].filter(([, n]) => n === best[0]).map(([k]) => k));
  const blocks: TemplateBlock[] = [];
  let seen = new Set<FieldKind>();
  fields.forEach((f, i) => {
    if (!f || !each.has(f.kind)) return;
    let block = blocks[blocks.length - 1];
    if (!block || seen.has(f.kind)) {
      block = { first: i, last: i, titleLine: null, idLine: null };
      blocks.push(block);
      seen = new Set();
    }
    seen.add(f.kind);
    block.last = i;
    if (f.kind === 'title') block.titleLine = i;
    if (f.kind === 'id') block.idLine = i;
  });
  return blocks;
}
