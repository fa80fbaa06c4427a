/**
 * Numbers spelt out, as some plans name their themes ("Thematic Area One", "Eje Dos", "Eixo Três", "Axe
 * Un"), in the four languages, one to twelve: a regular expression source for one whole word.
 */
const WORDS = [
  // English
  'one two three four five six seven eight nine ten eleven twelve',
  // Spanish
  'uno una dos tres cuatro cinco seis siete ocho nueve diez once doce',
  // Portuguese
  'um uma dois duas três quatro cinco seis sete oito nove dez onze doze',
  // French
  'un une deux trois quatre cinq six sept huit neuf dix onze douze',
]
  .join(' ')
  .split(' ');

// Longest first, so that the alternation tries "duas" before "dos" would leave a letter over.
const UNIQUE = [...new Set(WORDS)].sort((a, b) => b.length - a.length);

/** A number word, whole: no letter may follow it ("one" is not the start of "onerous"). */
export const NUMBER_WORD = `(?:${UNIQUE.join('|')})(?!\\p{L})`;
