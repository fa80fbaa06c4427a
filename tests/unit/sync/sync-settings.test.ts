import { describe, expect, it } from 'vitest';
import { invitationOf, parseInvitation, serverOrigin } from '../../../src/background/sync/sync-settings.ts';

describe('serverOrigin', () => {
  it('keeps the origin of an http or https address', () => {
    expect(serverOrigin(' http://127.0.0.1:8787/ ')).toBe('http://127.0.0.1:8787');
    expect(serverOrigin('https://annotate.example.org/api?x=1')).toBe('https://annotate.example.org');
  });

  it.each([
    '',
    'not an address',
    'ftp://example.org',
    'javascript:alert(1)',
    'https://me:secret@example.org',
  ])('refuses %j', (address) => {
    expect(serverOrigin(address)).toBeNull();
  });
});

describe('invitations', () => {
  const group = '2c0b8f0e-9d7a-4f7e-8a55-3e6f2b1d4c00';

  it('reads back what it writes, with stray spaces around', () => {
    expect(parseInvitation(`  ${invitationOf(group, 'Ab_9-x')}\n`)).toEqual({
      groupId: group,
      inviteCode: 'Ab_9-x',
    });
  });

  it.each(['', group, `${group}.`, `not-a-group.code`, `${group}.code with space`, `.${group}`])(
    'refuses %j',
    (text) => {
      expect(parseInvitation(text)).toBeNull();
    },
  );
});
