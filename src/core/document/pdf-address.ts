/**
 * Whether an address names a PDF by its path. Chrome's own PDF viewer keeps the PDF's address in the tab,
 * so this is what the popup and the automatic opening can see without reading the response.
 */
export function looksLikePdf(address: string): boolean {
  try {
    return new URL(address).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

/**
 * Words in a PDF's address that mark an open-government action plan (English, Spanish, Portuguese,
 * French): only these open in the viewer by themselves, so other PDFs keep the browser's viewer.
 */
const PLAN_WORDS =
  /action[\s_-]*plan|national[\s_-]*action|\bnap[\s_-]?\d|open[\s_-]*gov|plan[\s_-]*de[\s_-]*acci[oó]n|plano[\s_-]*de[\s_-]*a[cç][aã]o|plan[\s_-]*d[\s_-]*action|gobierno[\s_-]*abierto|governo[\s_-]*aberto|gouvernement[\s_-]*ouvert/i;

/**
 * The viewer's link back to the original address carries this fragment, so that the automatic opening
 * of plan PDFs lets the reader leave the viewer instead of bringing them straight back.
 */
export const STAY_OUT_MARK = 'plan-annotator=off';

/** The page named in an address's fragment (`#page=N`, as PDF readers write it), if any. */
export function pageInFragment(address: string): number | undefined {
  try {
    const match = /(?:^#|&)page=(\d+)/.exec(new URL(address).hash);
    return match?.[1] ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export function looksLikePlanPdf(address: string): boolean {
  if (!looksLikePdf(address) || address.includes(`#${STAY_OUT_MARK}`)) return false;
  try {
    return PLAN_WORDS.test(decodeURIComponent(new URL(address).pathname));
  } catch {
    return PLAN_WORDS.test(address);
  }
}
