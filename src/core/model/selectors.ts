import { z } from 'zod';

/** Longest quote we store; a whole plan section is far shorter. */
export const MAX_QUOTE_LENGTH = 20_000;
/** Prefix and suffix length in code points, as in the design. */
export const CONTEXT_LENGTH = 32;

export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'the quoted text is empty').max(MAX_QUOTE_LENGTH),
  prefix: z.string().max(1000).optional(),
  suffix: z.string().max(1000).optional(),
});

/** Offsets count Unicode code points, as the W3C model says. */
export const TextPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] });

export const SelectorSchema = z.discriminatedUnion('type', [
  TextQuoteSelectorSchema,
  TextPositionSelectorSchema,
]);

export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;
export type Selector = z.infer<typeof SelectorSchema>;
