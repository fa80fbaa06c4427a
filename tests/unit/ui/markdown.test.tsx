// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Markdown, safeHref } from '../../../src/ui/markdown.tsx';

let root: HTMLDivElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function show(source: string): HTMLDivElement {
  render(<Markdown source={source} />, root);
  return root;
}

const ALLOWED = /^(https?|mailto):/;

/** Nothing that can run or load: no active elements, no event handlers, only safe hrefs. */
function expectInert(container: HTMLElement): void {
  expect(container.querySelectorAll('script, img, iframe, object, embed, svg, style, form')).toHaveLength(0);
  for (const element of container.querySelectorAll('*')) {
    for (const { name } of element.attributes) expect(name.startsWith('on')).toBe(false);
    expect(element.hasAttribute('src')).toBe(false);
  }
  for (const link of container.querySelectorAll('a')) {
    expect(link.getAttribute('href')).toMatch(ALLOWED);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  }
}

describe('Markdown stays inert', () => {
  const payloads: [string, string][] = [
    ['script tag', '<script>alert(1)</script>'],
    ['img onerror', '<img src=x onerror="alert(1)">'],
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
    ['javascript link', '[x](javascript:alert(1))'],
    ['upper-case javascript link', '[x](JAVASCRIPT:alert(1))'],
    ['javascript link with a tab', '[x](java\tscript:alert(1))'],
    ['entity-encoded javascript link', '[x](&#106;avascript:alert(1))'],
    ['data link', '[x](data:text/html,<script>alert(1)</script>)'],
    ['vbscript link', '[x](vbscript:msgbox(1))'],
    ['javascript autolink', '<javascript:alert(1)>'],
    ['data autolink', '<data:text/html,hi>'],
    ['reference link', '[x][1]\n\n[1]: javascript:alert(1)'],
    ['image', '![pixel](https://tracker.example/p.gif)'],
    ['image with javascript', '![x](javascript:alert(1))'],
    ['html block', '<div onclick="alert(1)">hi</div>'],
    ['relative link', '[x](/options.html)'],
    ['protocol-relative bare link', 'see //evil.example/x'],
    ['ftp bare link', 'see ftp://files.example/x'],
    ['extension link', '[x](chrome-extension://abc/options.html)'],
  ];

  it.each(payloads)('%s', (_name, source) => {
    const container = show(source);
    expectInert(container);
  });

  it('shows raw HTML as text', () => {
    const container = show('<script>alert(1)</script>');
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('keeps a refused link as its literal text', () => {
    const container = show('[x](javascript:alert(1))');
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('[x](javascript:alert(1))');
  });

  it('turns an image into a link named by its alt text', () => {
    const container = show('![the chart](https://example.org/chart.png)');
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/chart.png');
    expect(link?.textContent).toBe('the chart');
  });

  it('does not nest a link inside a link for a linked image', () => {
    const container = show('[![alt](https://example.org/a.png)](https://example.org/)');
    expect(container.querySelectorAll('a a')).toHaveLength(0);
    expectInert(container);
  });
});

describe('Markdown renders', () => {
  it('emphasis, strong and inline code', () => {
    const container = show('some *soft* and **strong** and `code`');
    expect(container.querySelector('em')?.textContent).toBe('soft');
    expect(container.querySelector('strong')?.textContent).toBe('strong');
    expect(container.querySelector('code')?.textContent).toBe('code');
  });

  it('lists', () => {
    const container = show('- one\n- two\n\n3. three\n4. four');
    expect([...container.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(container.querySelectorAll('ol > li')).toHaveLength(2);
  });

  it('links, autolinks, bare addresses and mail addresses', () => {
    const container = show(
      '[plan](https://example.gov/plan) <https://a.example/> http://b.example.org/x mail@example.org',
    );
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://example.gov/plan',
      'https://a.example/',
      'http://b.example.org/x',
      'mailto:mail@example.org',
    ]);
    expectInert(container);
  });

  it('code blocks, quotes, rules and line breaks', () => {
    const container = show('```\nlet a = "<b>";\n```\n\n> quoted\n\n---\n\nline one  \nline two');
    expect(container.querySelector('pre > code')?.textContent).toBe('let a = "<b>";\n');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('blockquote')?.textContent).toBe('quoted');
    expect(container.querySelector('hr')).not.toBeNull();
    expect(container.querySelector('br')).not.toBeNull();
  });

  it('headings no larger than h4', () => {
    const container = show('# one\n\n## two\n\n### three');
    expect(container.querySelector('h1, h2, h3')).toBeNull();
    expect([...container.querySelectorAll('h4, h5, h6')].map((h) => h.tagName)).toEqual(['H4', 'H5', 'H6']);
  });
});

describe('safeHref', () => {
  it('allows only http, https and mailto', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('mailto:a@example.org')).toBe('mailto:a@example.org');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('chrome-extension://abc/sidebar.html')).toBeNull();
  });
});
