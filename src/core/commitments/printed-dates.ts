const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

/** A date as plans print them: `June 2023`, `30 de junio de 2022`, `1er mars 2021`, `06/2023`, `2023-06`, `Q2 2023`. */
const DATE = new RegExp(
  `(?:(?:\\d{1,2}(?:st|nd|rd|th|er|º)?\\s+(?:de\\s+)?)?(?:${MONTH})\\.?(?:\\s+\\d{1,2},)?(?:\\s+de|,)?\\s+(?:19|20)\\d{2})` +
    `|(?:\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)?\\d{2})|(?:\\d{1,2}/(?:19|20)\\d{2})|(?:(?:19|20)\\d{2}-\\d{2}(?:-\\d{2})?)` +
    `|(?:[QT][1-4]\\s*(?:19|20)\\d{2})|(?:(?<!\\d)(?:19|20)\\d{2}(?!\\d))`,
  'giu',
);

/** The dates printed in a piece of text, in order. */
export function printedDates(text: string): string[] {
  return [...text.matchAll(DATE)].map((m) => m[0].replace(/\s+/g, ' ').trim());
}
