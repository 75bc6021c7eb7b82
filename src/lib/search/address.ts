/**
 * The query in the address (/search/?q=…), so that a search can be bookmarked, shared, sent
 * from the header form of any page, and kept when the reader goes back to it.
 */

export const QUERY_PARAMETER = 'q';

/** The raw query in a location's search string ("?q=…"); "" when there is none. */
export function queryFromSearch(search: string): string {
  return new URLSearchParams(search).get(QUERY_PARAMETER) ?? '';
}

/**
 * The address that shows `query`: the same path and hash, the other parameters untouched, and
 * q set (or removed when the query is empty).
 */
export function addressWithQuery(location: { pathname: string; search: string; hash: string }, query: string): string {
  const params = new URLSearchParams(location.search);
  if (query === '') params.delete(QUERY_PARAMETER);
  else params.set(QUERY_PARAMETER, query);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}
