import { z } from 'zod';
import { fieldMessage } from './field-messages.ts';

import { MAX_QUOTE_LENGTH, PDF_FRAGMENT_SPEC } from './selector-constants.ts';

// The plain values live apart, so the annotator's content script can use them without zod.
export { CONTEXT_LENGTH, MAX_QUOTE_LENGTH, PDF_FRAGMENT_SPEC, pageOfFragment } from './selector-constants.ts';

export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z
    .string()
    .min(1, fieldMessage('quoteEmpty'))
    .max(MAX_QUOTE_LENGTH, fieldMessage('quoteTooLong', MAX_QUOTE_LENGTH)),
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
  .refine((s) => s.end > s.start, { message: fieldMessage('endAfterStart'), path: ['end'] });

/**
 * The PDF page a passage starts on, refined by its quote (W3C `refinedBy`), so a reader that knows only
 * pages still lands on the right one, and one that knows quotes finds the passage in it.
 */
export const FragmentSelectorSchema = z.strictObject({
  type: z.literal('FragmentSelector'),
  conformsTo: z.literal(PDF_FRAGMENT_SPEC),
  value: z.string().regex(/^page=[1-9]\d{0,5}$/, fieldMessage('pdfPage')),
  refinedBy: TextQuoteSelectorSchema.optional(),
});

export const SelectorSchema = z.discriminatedUnion('type', [
  TextQuoteSelectorSchema,
  TextPositionSelectorSchema,
  FragmentSelectorSchema,
]);

export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;
export type FragmentSelector = z.infer<typeof FragmentSelectorSchema>;
export type Selector = z.infer<typeof SelectorSchema>;
