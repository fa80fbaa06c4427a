// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { contentWalker } from '../../../src/dom/content-walk.ts';
import { skipNonContent } from '../../../src/dom/text-model.ts';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html')
    .body;
}

/** What the walk returns, as tag names and text. */
function walked(root: Node, skip: (element: Element) => boolean = skipNonContent): string[] {
  const next = contentWalker(root, skip);
  const seen: string[] = [];
  for (let node = next(); node; node = next())
    seen.push(node.nodeType === 3 ? `"${(node as Text).data}"` : (node as Element).tagName);
  return seen;
}

describe('contentWalker', () => {
  it('returns elements and text in document order, leaving out skipped subtrees whole', () => {
    const root = body(
      '<div><p>a<script>x()</script></p><style>p{}</style></div><noscript><b>n</b></noscript><p>b<i>c</i></p>',
    );
    expect(walked(root)).toEqual(['DIV', 'P', '"a"', 'P', '"b"', 'I', '"c"']);
  });

  it('goes on after a skipped element that ends several levels of nesting', () => {
    const root = body('<section><div><p>a<textarea>t</textarea></p></div></section>d');
    expect(walked(root)).toEqual(['SECTION', 'DIV', 'P', '"a"', '"d"']);
  });

  it('skips one skipped element after another, and never leaves the root', () => {
    const outer = body('<div id="root"><script>1</script><style>2</style>x</div><p>after</p>');
    const root = outer.querySelector('#root') as Element;
    expect(walked(root)).toEqual(['"x"']);
    expect(walked(root.firstChild as Node)).toEqual(['"1"']);
  });

  it('gives nothing for a root with nothing in it or only skipped content', () => {
    expect(walked(body(''))).toEqual([]);
    expect(walked(body('<script>1</script>'))).toEqual([]);
  });
});
