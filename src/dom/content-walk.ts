import { DOCUMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './node-constants.ts';

/**
 * The elements and text nodes under `root` in document order, leaving out whole the subtree of every
 * element `skip` names (it is not returned either); null once past the last. `root` itself is never
 * returned.
 *
 * This is what a TreeWalker with a NodeFilter that rejects those elements does, but the walker here has
 * no filter and the skipping is done in our own code. Chromium calls a filter from native code for each
 * node, and from a content script each call crosses into its world and back: on a 1 MB plan page
 * (about 10,000 nodes) reading the text with a filter took about 600 ms on a busy machine, where one
 * `textContent` read plus a plain walk of the same page took 25–40 ms (bench/annotator-start.bench.ts).
 */
export function contentWalker(root: Node, skip: (element: Element) => boolean): () => Node | null {
  const owner = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!owner) return () => null;
  const walker = owner.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  return () => {
    let node = walker.nextNode();
    while (node && node.nodeType !== TEXT_NODE && skip(node as Element)) node = pastSubtree(walker);
    return node;
  };
}

/** Moves the walker to the node after its current node's subtree: a sibling, or an ancestor's sibling. */
function pastSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    // Null once back at the root: the walker never leaves it.
    if (!walker.parentNode()) return null;
  }
}
