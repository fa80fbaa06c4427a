/** The PDF viewer announcing, over its annotator port, which PDF its tab shows. */
import { documentUri } from '../core/document/document-uri.ts';
import { pdfDocumentKey } from '../core/document/pdf-document-key.ts';
import { ViewerAnnouncementSchema, type BackgroundEvent } from '../messaging/protocol.ts';
import { announceChange } from './document-events.ts';
import type { Services } from './services.ts';

/**
 * Records the PDF's address under its fingerprint, makes its key the document of the viewer's tab and
 * answers with every address known for it. Anything that is not a valid announcement is ignored; the
 * caller has already checked that the port belongs to our viewer page.
 */
export async function registerViewer(
  services: Services,
  tabId: number,
  reply: (event: BackgroundEvent) => void,
  message: unknown,
): Promise<void> {
  const parsed = ViewerAnnouncementSchema.safeParse(message);
  if (!parsed.success) return;
  const { fingerprint, address, title, kind } = parsed.data;
  const record = await services.store.notePdf(fingerprint, address === null ? null : documentUri(address));
  const key = pdfDocumentKey(fingerprint);
  await services.viewers.register(tabId, key, { title, kind });
  reply({ type: 'viewer.document', documentUri: key, addresses: record.addresses });
  // The sidebar of this tab may have read its list before the PDF was known: let it read again.
  await announceChange(services, key);
}
