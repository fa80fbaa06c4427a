import type { FastifyInstance } from 'fastify';
import { INVITATION_LINK_PATH } from '../../src/core/document/invitation-link.ts';
import { joinPage } from '../pages/join-page.ts';
import { sendPage } from './annotation-page.ts';

/** An invitation link's page (server/pages/join-page.ts): the same for everyone, so caches may keep it. */
export function joinPageRoutes(app: FastifyInstance): void {
  app.get(INVITATION_LINK_PATH, async (_request, reply) => sendPage(reply, 200, joinPage(), true));
}
