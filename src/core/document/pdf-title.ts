/**
 * The title a PDF goes by (the viewer's tab, evidence cited from it): the title its metadata gives, when
 * that is a title and not the name of the file it was made from; else its first heading, the largest
 * text on its first page; else its file name.
 */
import { detectDocument } from '../detect/detect-document.ts';
import type { EvidenceKind } from '../model/assessment.ts';

/** A text item of the first page, as pdf.js gives it. */
export interface TitleItem {
  str: string;
  /** pdf.js's text matrix: `[2]`, `[3]` give the font's height, `[4]`, `[5]` where the text starts. */
  transform: readonly number[];
  /** How far the text runs, in the page's units. */
  width?: number;
}

export interface PdfTitleSources {
  /** The Title of the PDF's document information, if any. */
  metadataTitle?: unknown;
  /** The text items of page 1. */
  firstPage?: readonly TitleItem[];
  /** The last part of its address or its file name. */
  fileName?: string;
}

/** Longest title taken from a page: a cover's heading, not its first paragraph. */
const MAX_HEADING = 200;
/** Text within this share of the largest size is part of the heading. */
const SAME_SIZE = 0.9;
/** A heading of fewer words than this is read with the next size, if that is at least this share of it. */
const SHORT_HEADING_WORDS = 6;
const NEXT_SIZE = 0.6;
/** A heading says something: a page number or a drop capital set large is not one. */
const MIN_LETTERS = 3;

/** What authoring tools put where a title should be: the source file's name, or a placeholder. */
const NOT_A_TITLE =
  /^(?:untitled|sans titre|sin título|sem título|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|pptx?|xlsx?|odt|indd|rtf|txt))$/iu;

export function pdfTitle({ metadataTitle, firstPage = [], fileName = '' }: PdfTitleSources): string {
  const fromMetadata = typeof metadataTitle === 'string' ? tidy(metadataTitle) : '';
  if (fromMetadata !== '' && /\p{L}/u.test(fromMetadata) && !NOT_A_TITLE.test(fromMetadata)) {
    return fromMetadata;
  }
  return firstHeading(firstPage) || tidy(fileName) || 'PDF';
}

/**
 * The largest text of a page, read top to bottom and left to right; '' when the page has no words. A
 * short one ("THE OPEN GOVERNMENT PARTNERSHIP" over the plan's own name) takes the next size in too.
 */
export function firstHeading(items: readonly TitleItem[]): string {
  const sized = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => ({ item, size: Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) }))
    .filter(({ size }) => size > 0);
  let rest = sized;
  while (rest.length > 0) {
    const largest = Math.max(...rest.map(({ size }) => size));
    let group = rest.filter(({ size }) => size >= largest * SAME_SIZE);
    rest = rest.filter(({ size }) => size < largest * SAME_SIZE);
    if (words(readLines(group)) < SHORT_HEADING_WORDS && rest.length > 0) {
      const next = Math.max(...rest.map(({ size }) => size));
      if (next >= largest * NEXT_SIZE)
        group = [...group, ...rest.filter(({ size }) => size >= next * SAME_SIZE)];
    }
    const heading = readLines(group);
    if ((heading.match(/\p{L}/gu) ?? []).length >= MIN_LETTERS) {
      return [...heading].slice(0, MAX_HEADING).join('').trim();
    }
  }
  return '';
}

function words(text: string): number {
  return text.split(' ').filter((word) => /\p{L}/u.test(word)).length;
}

/** Items as text in reading order: lines top to bottom, a space where a line or a gap separates words. */
function readLines(items: { item: TitleItem; size: number }[]): string {
  const at = (item: TitleItem) => ({ x: item.transform[4] ?? 0, y: item.transform[5] ?? 0 });
  const ordered = [...items].sort((a, b) => at(b.item).y - at(a.item).y || at(a.item).x - at(b.item).x);
  let text = '';
  let previous: { item: TitleItem; size: number } | null = null;
  for (const current of ordered) {
    if (previous) {
      const sameLine = Math.abs(at(current.item).y - at(previous.item).y) < previous.size / 2;
      const gap = at(current.item).x - (at(previous.item).x + (previous.item.width ?? 0));
      if (!sameLine || previous.item.width === undefined || gap > current.size * 0.15) text += ' ';
    }
    text += current.item.str;
    previous = current;
  }
  return tidy(text);
}

function tidy(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/**
 * The kind of evidence a PDF is when cited: a self-assessment or an IRM report when it reads as one, else
 * an official document (a plan, a report, a decree as published).
 */
export function pdfEvidenceKind(sample: { text: string; title: string; url?: string | null }): EvidenceKind {
  const { kind } = detectDocument({
    text: sample.text,
    title: sample.title,
    ...(sample.url ? { url: sample.url } : {}),
  });
  if (kind === 'self-assessment' || kind === 'irm-report') return kind;
  return 'official-document';
}
