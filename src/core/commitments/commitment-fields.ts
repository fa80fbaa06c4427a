import type { Milestone } from './commitment.ts';
import { sentenceNotField } from './field-sentence.ts';
import { printedDates } from './printed-dates.ts';
import { joinWrappedLabels } from './wrapped-labels.ts';

export interface CommitmentFields {
  leadAgency: string | null;
  startDate: string | null;
  endDate: string | null;
  milestones: Milestone[];
}

const LEAD =
  /^(?:lead(?: implementing)? (?:agency|agencies|institution|organi[sz]ation|entity)|responsible (?:agency|institution|entity)|implementing agency|instituci[oó]n responsable|entidad responsable|[oó]rgano responsable|dependencia responsable|institui[cç][aã]o respons[aá]vel|entidade respons[aá]vel|[oó]rg[aã]o respons[aá]vel|institution responsable|organisme responsable|minist[eè]re responsable|porteur(?: du projet)?|entit[eé] responsable)(?:\s*\/\s*\p{L}+)?(?:\s*\([^)]*\))?(\s*[:|–—-]?\s*)(.*)$/iu;
const START =
  /^(?:start(?:ing)? date|fecha de inicio|data de in[ií]cio|date de d[eé]but)\s*[:|–—-]?\s*(.*)$/iu;
const END =
  /^(?:end date|completion date|fecha de (?:t[eé]rmino|finalizaci[oó]n|fin|cierre)|data de (?:t[eé]rmino|conclus[aã]o|fim)|date de fin|date d['’]ach[eè]vement)\s*[:|–—-]?\s*(.*)$/iu;
// The OGP template prints one line for both dates: "Commitment start and end date: January 2021 – June 2023".
const PERIOD =
  /^(?:duration|period|implementation period|(?:commitment )?start and end dates?|per[ií]odo(?: de implementaci[oó]n| de implementa[cç][aã]o)?|plazo|vig[eê]ncia|fecha de inicio y (?:t[eé]rmino|fin)|data de in[ií]cio e (?:t[eé]rmino|fim)|dur[eé]e|p[eé]riode|dates? de d[eé]but et de fin)\s*[:|–—-]?\s*(.*)$/iu;
const MILESTONES =
  /^(?:(?:key )?milestones?|activities|deliverables|hitos|actividades|marcos|atividades|entregas|jalons|activit[eé]s|[eé]tapes)\b/iu;
const ITEM = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[•●▪◦‣–—-]|[a-z]\))\s+(\S.*)$/u;
/** Labels of the template that end a milestone list. */
const FIELD =
  /^(?:[\p{L} ]{3,40})\s*:\s*$|^(?:status|problem|objective|ambition|relevance|stakeholders|other actors|contact|status quo|problema|objetivo|ambici[oó]n|relevancia|otros actores|estado|objectif|probl[eè]me|ambition|pertinence|autres acteurs)\b/iu;

/** A line that is one of the fields' labels and nothing else: no value printed after it. */
function labelAlone(text: string): boolean {
  const lead = LEAD.exec(text);
  if (lead) return (lead[2] ?? '') === '';
  const m = START.exec(text) ?? END.exec(text) ?? PERIOD.exec(text);
  return m !== null && (m[1] ?? '') === '';
}

/** The template fields printed inside a commitment's lines, when the plan prints them. */
export function commitmentFields(printed: readonly string[]): CommitmentFields {
  const lines = joinWrappedLabels(printed, labelAlone);
  let leadAgency: string | null = null;
  let startDate: string | null = null;
  let endDate: string | null = null;
  const milestones: Milestone[] = [];
  let inMilestones = false;
  let current: string[] | null = null;
  const closeMilestone = (): void => {
    if (!current) return;
    const joined = current.join(' ');
    const dates = printedDates(joined);
    let title = joined;
    for (const d of dates) title = title.replace(d, ' ');
    // What is left of "(June 2024)" or "| March 2022 |" once the dates are out.
    title = title
      .replace(/\(\s*[-–—,]?\s*\)/gu, ' ')
      .replace(/\s*[|–—-]\s*$|^\s*[|–—-]\s*/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
    if (title !== '') {
      milestones.push({
        title,
        startDate: dates.length >= 2 ? (dates[0] as string) : null,
        endDate: dates.length >= 1 ? (dates[dates.length - 1] as string) : null,
      });
    }
    current = null;
  };
  const valueAt = (i: number, inline: string): string =>
    inline.trim() !== '' ? inline.trim() : (lines[i + 1] ?? '').trim();

  lines.forEach((line, i) => {
    if (line === '') return;
    const lead = LEAD.exec(line);
    if (lead && leadAgency === null && !sentenceNotField(lead[1] ?? '', lead[2] ?? '')) {
      closeMilestone();
      inMilestones = false;
      leadAgency = valueAt(i, lead[2] ?? '') || null;
      return;
    }
    let m = START.exec(line);
    if (m) {
      startDate = printedDates(valueAt(i, m[1] ?? ''))[0] ?? startDate;
      return;
    }
    m = END.exec(line);
    if (m) {
      endDate = printedDates(valueAt(i, m[1] ?? ''))[0] ?? endDate;
      return;
    }
    m = PERIOD.exec(line);
    if (m && startDate === null) {
      const dates = printedDates(valueAt(i, m[1] ?? ''));
      if (dates.length >= 2) [startDate, endDate] = [dates[0] as string, dates[1] as string];
      return;
    }
    if (MILESTONES.test(line) && line.length < 80) {
      closeMilestone();
      inMilestones = true;
      return;
    }
    if (!inMilestones) return;
    if (FIELD.test(line)) {
      closeMilestone();
      inMilestones = false;
      return;
    }
    const item = ITEM.exec(line);
    if (item) {
      closeMilestone();
      current = [item[1] as string];
    } else if (current && printedDates(current.join(' ')).length === 0) {
      current.push(line);
    } else {
      // A table row with no bullet: a milestone that already has its dates ends with its line.
      closeMilestone();
      current = [line];
    }
  });
  closeMilestone();
  return { leadAgency, startDate, endDate, milestones };
}
