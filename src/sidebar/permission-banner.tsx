/** The one-time offer to reopen the sidebar by itself on this site, with the site's permission. */
import { t } from '../i18n/messages.ts';
import type { Banner } from './sidebar-state.ts';
import type { SitePermission } from './site-permission.ts';

export interface PermissionBannerProps {
  banner: Banner;
  permission: SitePermission;
  /** Either answer closes the banner for good. */
  onClose: () => void;
  onRefused: (message: string) => void;
}

export function PermissionBanner({ banner, permission, onClose, onRefused }: PermissionBannerProps) {
  return (
    <div
      class="permission-banner"
      data-testid="permission-banner"
      role="region"
      aria-label={t('sidebar_permissionLabel')}
    >
      <p>{t('sidebar_permissionQuestion')}</p>
      <div class="banner-actions">
        <button
          type="button"
          class="button primary"
          onClick={() => {
            // request() first, synchronously inside the click: the gesture does not survive an await.
            const asked = permission.request(banner.pattern);
            void permission.markAsked(banner.pattern).catch(() => {});
            onClose();
            asked.catch((reason: unknown) => onRefused(t('sidebar_permissionRefused', String(reason))));
          }}
        >
          {t('sidebar_permissionAllow', banner.host)}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            void permission.markAsked(banner.pattern).catch(() => {});
            onClose();
          }}
        >
          {t('sidebar_permissionNotNow')}
        </button>
      </div>
    </div>
  );
}
