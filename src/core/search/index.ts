export {
  firstMatch,
  foldForSearch,
  MAX_SEARCH_QUERY,
  MAX_SEARCH_TERMS,
  matchesFolded,
  matchesTerms,
  searchHaystack,
  searchTerms,
  snippetAround,
  textSearch,
  type TextSearch,
} from './text-search.ts';
export { annotationSearchFields } from './annotation-fields.ts';
export { SearchQuerySchema } from './search-query.ts';
