import type { Handlers } from './router.ts';
import type { Services } from './services.ts';

type PlanHandlers = Pick<Handlers, 'plans.group'>;

/** The group's plans for the sidebar (see plan-sharing.ts). */
export function planHandlers(services: Services): PlanHandlers {
  return {
    async 'plans.group'() {
      return { plans: (await services.plans?.groupPlans()) ?? [] };
    },
  };
}
