import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../i18n/messages.ts';

/** Stands for the element while the message is split around it; a private-use character no message has. */
const PLACE = '\uE000';

/**
 * A message whose `$1` is an element (a name in bold, a badge): its translated words, with the element
 * where that language puts it. The words stay text nodes, so nothing in them becomes markup.
 */
export function withElement(key: MessageKey, element: ComponentChildren): ComponentChildren {
  const [before = '', after = ''] = t(key, PLACE).split(PLACE);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}
