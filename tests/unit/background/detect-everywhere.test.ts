import { describe, expect, it } from 'vitest';
import {
  EVERYWHERE_SCRIPT_ID,
  everywhereStep,
  manifestDetector,
} from '../../../src/background/detect-everywhere.ts';

const detector = { js: ['assets/detect.js'], matches: ['*://*.gov/*', '*://*.gob.mx/*'] };

describe('registering the detector on every site', () => {
  it('registers when granted and not yet registered, leaving out the hosts the manifest covers', () => {
    const step = everywhereStep(true, false, detector);
    expect(step.action).toBe('register');
    if (step.action !== 'register') return;
    expect(step.script).toMatchObject({
      id: EVERYWHERE_SCRIPT_ID,
      js: ['assets/detect.js'],
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: detector.matches,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('unregisters when the permission is gone, and otherwise does nothing', () => {
    expect(everywhereStep(false, true, detector).action).toBe('unregister');
    expect(everywhereStep(true, true, detector).action).toBe('none');
    expect(everywhereStep(false, false, detector).action).toBe('none');
    // A build without a detector entry has nothing to register.
    expect(everywhereStep(true, false, null).action).toBe('none');
  });

  it('finds the detector among the manifest content scripts', () => {
    const manifest = {
      manifest_version: 3,
      name: 'x',
      version: '1',
      content_scripts: [{ matches: ['*://*.gov/*'], js: ['assets/content-scripts-detect-index.ts-X.js'] }],
    } as chrome.runtime.Manifest;
    expect(manifestDetector(manifest)).toEqual({
      js: ['assets/content-scripts-detect-index.ts-X.js'],
      matches: ['*://*.gov/*'],
    });
    expect(manifestDetector({ manifest_version: 3, name: 'x', version: '1' })).toBeNull();
  });
});
