/**
 * The page-side half of a mouse selection: the phrase's first and last points. Run in the page by both
 * drivers and by the Chromium-only `selectWithMouse`.
 */
export function phraseEnds(text: string): { x1: number; y1: number; x2: number; y2: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const all = nodes.map((n) => n.data).join('');
  // Any whitespace between words, as the phrase is typed in the test.
  const pattern = new RegExp(
    text
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );
  const match = pattern.exec(all);
  if (!match) throw new Error(`phrase not on page: ${text}`);
  const locate = (offset: number) => {
    let seen = 0;
    for (const node of nodes) {
      if (offset <= seen + node.data.length) return { node, offset: offset - seen };
      seen += node.data.length;
    }
    throw new Error('offset outside the text');
  };
  const start = locate(match.index);
  const end = locate(match.index + match[0].length);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rects = range.getClientRects();
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) throw new Error(`the phrase is not displayed: ${text}`);
  return {
    x1: first.left + 1,
    y1: first.top + first.height / 2,
    x2: last.right - 1,
    y2: last.top + last.height / 2,
  };
}
