import { describe, expect, it } from 'vitest';
import { annotationLink, linkedAnnotationId } from '../../../src/core/document/annotation-link.ts';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('annotation links', () => {
  it('are the server origin, /a/ and the id in lower case', () => {
    expect(annotationLink('http://127.0.0.1:8787', ID)).toBe(`http://127.0.0.1:8787/a/${ID}`);
    expect(annotationLink('https://sync.example.org/', ID.toUpperCase())).toBe(
      `https://sync.example.org/a/${ID}`,
    );
    expect(() => annotationLink('javascript:alert(1)', ID)).toThrow();
  });

  it('are recognised on the same origin only, port included', () => {
    const server = 'http://127.0.0.1:8787';
    expect(linkedAnnotationId(`${server}/a/${ID}`, server)).toBe(ID);
    expect(linkedAnnotationId(`${server}/a/${ID.toUpperCase()}/?utm=x#top`, server)).toBe(ID);
    expect(linkedAnnotationId(`http://127.0.0.1:9999/a/${ID}`, server)).toBeNull();
    expect(linkedAnnotationId(`https://127.0.0.1:8787/a/${ID}`, server)).toBeNull();
    expect(linkedAnnotationId(`http://evil.example/a/${ID}`, server)).toBeNull();
  });

  it('are nothing else on the server: other paths, a malformed id, a non-web address', () => {
    const server = 'https://sync.example.org';
    for (const address of [
      `${server}/api/annotations/${ID}`,
      `${server}/a/${ID}/more`,
      `${server}/a/not-an-id`,
      `${server}/x/a/${ID}`,
      `${server}/a/${ID.slice(1)}`,
      'not a url',
      `javascript:"${server}/a/${ID}"`,
    ]) {
      expect(linkedAnnotationId(address, server), address).toBeNull();
    }
    expect(linkedAnnotationId(`${server}/a/${ID}`, 'not a server')).toBeNull();
  });
});
