import { trackerLink } from '../core/document/tracker-link.ts';
import type { Handlers } from './router.ts';
import type { Services } from './services.ts';
import { loadSettings } from './sync/sync-settings.ts';

type PlanHandlers = Pick<Handlers, 'plans.group'>;

/** The group's plans for the sidebar (see plan-sharing.ts). */
export function planHandlers(services: Services): PlanHandlers {
  return {
    async 'plans.group'() {
      const plans = (await services.plans?.groupPlans()) ?? [];
      const settings = await loadSettings();
      const tracker =
        settings.token && settings.user && settings.group
          ? trackerLink(settings.server, settings.group)
          : null;
      return { plans, tracker };
    },
  };
}
