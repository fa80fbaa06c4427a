import { z } from 'zod';
import { fieldMessage } from './field-messages.ts';

/** Only addresses a reader can open without running code: http and https. */
export const WebUrlSchema = z
  .string()
  .max(4096)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: fieldMessage('webUrl') },
  );
