/**
 * Markdown for comments, built as Preact elements straight from markdown-it's token stream. Raw HTML is
 * off and we never hand markup to the DOM: every element comes from the allowlist below, and the only
 * attribute taken from user text is a link's href, checked twice (by markdown-it and again here).
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { createElement, Fragment, type ComponentChild, type ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address to put in an href, or null when it is not an absolute http, https or mailto address.
 * Parsing with URL (not a regex on the text) means `JAVASCRIPT:`, `java\tscript:` and friends are judged
 * exactly as the browser would judge them.
 */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    // Relative addresses land here too: in an extension page they would point into the extension.
    return null;
  }
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
// A link markdown-it refuses stays literal text, so the reader sees what was written.
md.validateLink = (url) => safeHref(url) !== null;

/** Cards stay small: the largest heading a comment can have is an h4. */
function headingTag(tag: string): 'h4' | 'h5' | 'h6' {
  if (tag === 'h1') return 'h4';
  if (tag === 'h2') return 'h5';
  return 'h6';
}

const SIMPLE_CONTAINERS: Record<string, string> = {
  blockquote_open: 'blockquote',
  bullet_list_open: 'ul',
  list_item_open: 'li',
  em_open: 'em',
  strong_open: 'strong',
  s_open: 's',
  table_open: 'table',
  thead_open: 'thead',
  tbody_open: 'tbody',
  tr_open: 'tr',
  th_open: 'th',
  td_open: 'td',
};

function attr(token: Token, name: string): string | null {
  const value = token.attrGet(name);
  return value === null ? null : String(value);
}

/** Plain text of inline tokens, for an image's alt text. */
function textOf(tokens: readonly Token[] | null): string {
  if (!tokens) return '';
  return tokens.map((t) => (t.children ? textOf(t.children) : t.content)).join('');
}

function linkElement(href: string | null, title: string | null, children: ComponentChildren): ComponentChild {
  const safe = href === null ? null : safeHref(href);
  if (safe === null) return createElement(Fragment, null, children);
  return createElement(
    'a',
    { href: safe, title: title ?? undefined, target: '_blank', rel: 'noopener noreferrer' },
    children,
  );
}

/** An element for a container token, or a fragment (children only) for anything not on the list. */
function containerElement(open: Token, children: ComponentChild[]): ComponentChild {
  switch (open.type) {
    case 'paragraph_open':
      // Tight lists hide their paragraphs; render the text without a <p> as markdown-it would.
      return open.hidden ? createElement(Fragment, null, ...children) : createElement('p', null, ...children);
    case 'heading_open':
      return createElement(headingTag(open.tag), null, ...children);
    case 'ordered_list_open': {
      const start = Number(attr(open, 'start') ?? '1');
      return createElement('ol', Number.isSafeInteger(start) && start !== 1 ? { start } : null, ...children);
    }
    case 'link_open':
      return linkElement(attr(open, 'href'), attr(open, 'title'), children);
    default: {
      const tag = SIMPLE_CONTAINERS[open.type];
      return tag ? createElement(tag, null, ...children) : createElement(Fragment, null, ...children);
    }
  }
}

function leafElement(token: Token, insideLink: boolean): ComponentChild {
  switch (token.type) {
    case 'text':
      return token.content;
    case 'inline':
      return createElement(Fragment, null, ...buildTree(token.children ?? [], insideLink));
    case 'code_inline':
      return createElement('code', null, token.content);
    case 'fence':
    case 'code_block':
      return createElement('pre', null, createElement('code', null, token.content));
    case 'softbreak':
      return '\n';
    case 'hardbreak':
      return createElement('br', null);
    case 'hr':
      return createElement('hr', null);
    case 'image': {
      // A link to the picture, never an <img>: loading it would tell a third party who read the comment.
      const alt = textOf(token.children) || 'image';
      return insideLink ? alt : linkElement(attr(token, 'src'), attr(token, 'title'), alt);
    }
    default:
      // html_inline / html_block cannot occur with html off; anything else new shows as its text.
      return token.children ? textOf(token.children) : token.content;
  }
}

interface Open {
  token: Token;
  children: ComponentChild[];
}

/** Folds the flat open/close token stream into a tree of elements. */
function buildTree(tokens: readonly Token[], insideLink = false): ComponentChild[] {
  const root: ComponentChild[] = [];
  const stack: Open[] = [];
  const linkDepth = () => stack.filter((o) => o.token.type === 'link_open').length;
  const current = () => stack[stack.length - 1]?.children ?? root;

  for (const token of tokens) {
    if (token.nesting === 1) {
      stack.push({ token, children: [] });
    } else if (token.nesting === -1) {
      const open = stack.pop();
      if (open) current().push(containerElement(open.token, open.children));
    } else {
      current().push(leafElement(token, insideLink || linkDepth() > 0));
    }
  }
  // markdown-it always balances its tokens; should it not, keep the text rather than lose it.
  while (stack.length > 0) {
    const open = stack.pop() as Open;
    current().push(createElement(Fragment, null, ...open.children));
  }
  return root;
}

export interface MarkdownProps {
  source: string;
  class?: string;
}

export function Markdown({ source, class: className }: MarkdownProps) {
  const nodes = useMemo(() => buildTree(md.parse(source, {})), [source]);
  return <div class={className ? `markdown ${className}` : 'markdown'}>{nodes}</div>;
}
