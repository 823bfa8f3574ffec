/** URL parameter that carries the words a search result matched to the reader page: a result
 * links to /van-ban/<doc>/?tim=<words>#<clause or block id> (landing.ts marks them). The service
 * worker ignores URL parameters when matching its precache, so such links work offline. */
export const HIGHLIGHT_PARAM = 'tim';
