/**
 * The address annotations are stored under: the page's URL without its fragment, so `#section-2`
 * links and the bare page share annotations. Returns null for addresses we never annotate.
 */
export function documentUri(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}

/** The origin pattern an optional host permission is asked for, e.g. `https://www.gov.br/*`. */
export function originPattern(address: string): string | null {
  try {
    const url = new URL(address);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}
