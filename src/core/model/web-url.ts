import { z } from 'zod';

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
    { message: 'must be an http or https address' },
  );
