import { describe, expect, it } from 'vitest';
import { invitationLink, linkedInvitation } from '../../../src/core/document/invitation-link.ts';

const group = '2c0b8f0e-9d7a-4f7e-8a55-3e6f2b1d4c00';
const invitation = `${group}.Ab_9-x`;

describe('invitation links', () => {
  it('puts the invitation in the fragment, where no request carries it', () => {
    const link = invitationLink('https://annotate.example.org/', invitation);
    expect(link).toBe(`https://annotate.example.org/join#${invitation}`);
    expect(new URL(link).pathname).toBe('/join');
  });

  it('reads back the server and invitation of a link', () => {
    expect(linkedInvitation(invitationLink('http://127.0.0.1:8787', invitation))).toEqual({
      server: 'http://127.0.0.1:8787',
      invitation,
    });
    expect(linkedInvitation(`http://127.0.0.1:8787/join/#${encodeURIComponent(invitation)}`)).toEqual({
      server: 'http://127.0.0.1:8787',
      invitation,
    });
  });

  it.each([
    `http://127.0.0.1:8787/join`,
    `http://127.0.0.1:8787/join#`,
    `http://127.0.0.1:8787/join#${group}`,
    `http://127.0.0.1:8787/join#${group}.code with space`,
    `http://127.0.0.1:8787/join#%E0%A4%A`,
    `http://127.0.0.1:8787/joined#${invitation}`,
    `http://127.0.0.1:8787/a/join#${invitation}`,
    `http://127.0.0.1:8787/join?x=1#${invitation}`,
    `ftp://127.0.0.1/join#${invitation}`,
    `javascript:alert(1)//join#${invitation}`,
    'not an address',
  ])('is not fooled by %j', (address) => {
    expect(linkedInvitation(address)).toBeNull();
  });

  it('refuses to make a link of anything but an invitation on an http(s) server', () => {
    expect(() => invitationLink('ftp://example.org', invitation)).toThrow();
    expect(() => invitationLink('https://example.org', `${invitation}<script>`)).toThrow();
  });
});
