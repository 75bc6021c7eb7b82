/**
 * Where a page's share card is served, and its absolute address for og:image (built on the
 * build's SITE_URL, like canonical and og:url: https in a build to publish, the loopback address
 * in a LOCAL_PREVIEW=1 build).
 */

/** The folder of the cards in the built site. */
export const SHARE_CARD_DIR = 'share-cards';

/** The path of a page's card: / → /share-cards/index.png, /card/security/ → /share-cards/card/security.png. */
export function shareCardPath(pagePath: string): string {
  if (!pagePath.startsWith('/')) throw new Error(`a page path starts with /: ${pagePath}`);
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '').replace(/\/index\.html$|\.html$/, '');
  return `/${SHARE_CARD_DIR}/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** The card's absolute address on `site` (the build's SITE_URL). */
export function shareCardUrl(pagePath: string, site: URL | string): string {
  return new URL(shareCardPath(pagePath), site).href;
}
