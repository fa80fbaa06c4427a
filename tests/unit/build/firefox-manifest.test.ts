import { describe, expect, it } from 'vitest';
import { firefoxManifest, GECKO_ID } from '../../../scripts/firefox-manifest.mjs';
import source from '../../../manifest.json' with { type: 'json' };

/** What crxjs writes for Chrome, in the parts the Firefox manifest changes. */
const built = {
  ...source,
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
  web_accessible_resources: [
    {
      resources: ['src/sidebar/sidebar.html'],
      matches: ['http://*/*', 'https://*/*'],
      use_dynamic_url: true,
    },
  ],
};

describe('the Firefox manifest, derived from the Chrome build', () => {
  const firefox = firefoxManifest(built);

  it('runs the same background bundle as an event page script', () => {
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });

  it('has an add-on id, minimum versions and no Chrome-only keys', () => {
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(firefox.browser_specific_settings.gecko.strict_min_version).toMatch(/^\d+\.0$/);
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.web_accessible_resources[0]).not.toHaveProperty('use_dynamic_url');
    expect(firefox.web_accessible_resources[0].resources).toEqual(['src/sidebar/sidebar.html']);
  });

  it("writes out Chrome's page policy, so plans on plain http are not upgraded to https and lost", () => {
    expect(firefox.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
  });

  it('keeps everything else as built, and leaves the Chrome manifest alone', () => {
    expect(firefox.permissions).toEqual(built.permissions);
    expect(firefox.content_scripts).toEqual(built.content_scripts);
    expect(firefox.commands).toEqual(built.commands);
    expect(built.background).toHaveProperty('service_worker');
    expect(built.web_accessible_resources[0]).toHaveProperty('use_dynamic_url', true);
  });

  it('asks for the default sync server without its port, which Firefox patterns cannot name', () => {
    expect(built.host_permissions).toEqual(['http://127.0.0.1:8787/*']);
    expect(firefox.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(firefox.optional_host_permissions).toEqual(built.optional_host_permissions);
  });

  it('refuses a manifest without a service worker', () => {
    expect(() => firefoxManifest({ ...built, background: {} })).toThrow(/service worker/);
  });
});
