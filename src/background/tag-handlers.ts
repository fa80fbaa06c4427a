/** Tag suggestions for the sidebar's editor, from every annotation in the local store. */
import type { Handlers } from './router.ts';
import type { Services } from './services.ts';

type TagHandlers = Pick<Handlers, 'tags.suggest'>;

export function tagHandlers(services: Pick<Services, 'store'>): TagHandlers {
  return {
    async 'tags.suggest'() {
      return { tags: await services.store.allTags() };
    },
  };
}
