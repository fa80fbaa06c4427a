/** Languages the detector tells apart; `und` when the sample says too little. */
export type Language = 'en' | 'es' | 'pt' | 'fr' | 'und';

// Short function words that are frequent in one language and rare in the other three: cheap and enough
// for a few thousand characters of running text. `\b` is ASCII-only, hence the letter lookarounds; the
// sample is lower-cased once so that the regexes need neither `i` nor `u` (both slow in V8).
const MARKERS: ReadonlyArray<readonly [Exclude<Language, 'und'>, RegExp]> = [
  ['en', /(?<![a-zà-ÿ])(?:the|and|of|to|will|with|this|that|is|are|for)(?![a-zà-ÿ])/g],
  ['es', /(?<![a-zà-ÿ])(?:el|los|las|del|y|con|por|una|para|gobierno|acción|será)(?![a-zà-ÿ])/g],
  ['pt', /(?<![a-zà-ÿ])(?:os|das|dos|do|da|não|em|uma|com|governo|ação|será)(?![a-zà-ÿ])/g],
  ['fr', /(?<![a-zà-ÿ])(?:le|les|des|du|et|pour|une|dans|est|au|aux|sont|gouvernement)(?![a-zà-ÿ])/g],
];

const MIN_HITS = 3;

export function detectLanguage(sample: string): Language {
  const lower = sample.toLowerCase();
  let best: Language = 'und';
  let bestHits = MIN_HITS - 1;
  for (const [language, marker] of MARKERS) {
    let hits = 0;
    for (const _ of lower.matchAll(marker)) hits++;
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
    }
  }
  return best;
}
