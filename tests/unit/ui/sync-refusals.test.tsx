// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusalReasons, SyncRefusals } from '../../../popup/sync-refusals.tsx';
import { setTestLanguage } from '../../support/chrome-i18n.ts';

const AT = '2026-12-07T03:00:00.000Z';
const TOO_LARGE = { status: 413, error: 'request body is larger than 1 MB', at: AT };

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  setTestLanguage('en-US');
});

describe('the popup on changes the server refused', () => {
  it('says nothing when nothing was refused', () => {
    act(() => render(<SyncRefusals refused={[]} onStatus={() => {}} />, root));
    expect(root.querySelector('[data-testid="popup-sync-refused"]')).toBeNull();
  });

  it('says how many are kept and why, each reason once, with the server’s words', () => {
    const refused = [TOO_LARGE, TOO_LARGE, { status: 422, error: null, at: AT }];
    act(() => render(<SyncRefusals refused={refused} onStatus={() => {}} />, root));
    const box = root.querySelector('[data-testid="popup-sync-refused"]');
    expect(box?.getAttribute('role')).toBe('alert');
    expect(box?.querySelector('p')?.textContent).toBe(
      '3 changes were refused by the sync server. They are kept on this browser and are not sent again until you change them.',
    );
    expect([...(box?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'It is too large for the server to take: shorten its comment, quote or evidence. The server said: request body is larger than 1 MB',
      'The server refused it (HTTP 422).',
    ]);
    expect(root.querySelector('[data-testid="popup-sync-send-refused"]')?.textContent).toBe('Send again');
  });

  it('speaks the browser’s language', () => {
    setTestLanguage('pt-PT');
    expect(refusalReasons([{ ...TOO_LARGE, error: null }])).toEqual([
      'É demasiado grande para o servidor: encurte o comentário, a citação ou as evidências.',
    ]);
  });
});
