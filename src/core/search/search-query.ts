/** The search query as every side checks it: the popup's request to the background and the server's route. */
import { z } from 'zod';
import { MAX_SEARCH_QUERY } from './text-search.ts';

const HAS_WORD = /[\p{L}\p{N}]/u;

export const SearchQuerySchema = z
  .string()
  .trim()
  .min(1, 'the search is empty')
  .max(MAX_SEARCH_QUERY, `the search is longer than ${MAX_SEARCH_QUERY} characters`)
  .refine((q) => HAS_WORD.test(q), 'the search has no letter or digit to look for');
