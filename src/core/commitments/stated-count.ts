/**
 * The number of commitments a plan says it has: "this plan contains 15 commitments", "el presente plan
 * contiene doce compromisos", "integra 8 compromissos", "comporte 21 engagements". Used to check the
 * finder's result and to choose the level at which commitments sit.
 */
const WORD_NUMBERS: Record<string, number> = {};
const NUMBER_WORDS: Array<[number, string[]]> = [
  [2, ['two', 'dos', 'dois', 'duas', 'deux']],
  [3, ['three', 'tres', 'três', 'trois']],
  [4, ['four', 'cuatro', 'quatro', 'quatre']],
  [5, ['five', 'cinco', 'cinq']],
  [6, ['six', 'seis']],
  [7, ['seven', 'siete', 'sete', 'sept']],
  [8, ['eight', 'ocho', 'oito', 'huit']],
  [9, ['nine', 'nueve', 'nove', 'neuf']],
  [10, ['ten', 'diez', 'dez', 'dix']],
  [11, ['eleven', 'once', 'onze']],
  [12, ['twelve', 'doce', 'doze', 'douze']],
  [13, ['thirteen', 'trece', 'treze', 'treize']],
  [14, ['fourteen', 'catorce', 'catorze', 'quatorze']],
  [15, ['fifteen', 'quince', 'quinze']],
  [16, ['sixteen', 'dieciséis', 'dezasseis', 'dezesseis', 'seize']],
  [17, ['seventeen', 'diecisiete', 'dezassete', 'dezessete', 'dix-sept']],
  [18, ['eighteen', 'dieciocho', 'dezoito', 'dix-huit']],
  [19, ['nineteen', 'diecinueve', 'dezanove', 'dezenove', 'dix-neuf']],
  [20, ['twenty', 'veinte', 'vinte', 'vingt']],
];
for (const [n, words] of NUMBER_WORDS) for (const w of words) WORD_NUMBERS[w] = n;

const NUMBER = `(\\d{1,3}|${Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const VERB =
  '(?:contains?|includes?|comprises?|consists of|is made up of|has|sets out|presents?|brings together|contiene|incluye|comprende|consta de|cuenta con|se compone de|presenta|re[uú]ne|establece|integra|cont[eé]m|inclui|conta com|apresenta|[eé] composto por|comporte|contient|comprend|compte|regroupe|est compos[eé] de|pr[eé]sente|rassemble|propose)';
const NOUN = '(?:commitments|compromisos|compromissos|engagements)';
const STATED = new RegExp(
  `\\b${VERB}\\s+(?:a total of\\s+|un total de\\s+|um total de\\s+|au total\\s+)?${NUMBER}\\s+(?:\\(\\d{1,3}\\)\\s+)?(?:\\p{L}+\\s+){0,2}?${NOUN}\\b`,
  'iu',
);
const STATED_SUBJECT = new RegExp(
  `\\b(?:the|los|las|os|as|les)\\s+${NUMBER}\\s+${NOUN}\\s+(?:of this plan|del presente plan|de este plan|deste plano|do presente plano|de ce plan|du pr[eé]sent plan)`,
  'iu',
);

/** The count of commitments the text states, or null when it states none. */
export function statedCount(text: string): number | null {
  const m = STATED.exec(text) ?? STATED_SUBJECT.exec(text);
  if (!m) return null;
  const raw = (m[1] as string).toLowerCase();
  const n = /^\d+$/u.test(raw) ? Number(raw) : (WORD_NUMBERS[raw] ?? null);
  return n !== null && n >= 2 && n <= 200 ? n : null;
}
