/**
 * Share cards and icons: the picture a shared link shows (one 1200×630 PNG per page, the page
 * title in large type and the site name) and the icons a phone shows for the saved site, all
 * drawn as SVG here and turned into PNG by the build (src/integrations/share-cards.ts). Pure:
 * words in, SVG and layout out.
 */
export { CARD_COLOURS, CARD_FONT, CARD_SIZE, TITLE_BOX, TITLE_SIZES } from './design.ts';
export { characterWidth, LineTooNarrowError, textWidth, wrapJapanese, wrapJapaneseBalanced, type WrappedTitle } from './line-break.ts';
export { layoutCard, linesAt, ShareCardError, type CardLayout, type PlacedLine } from './layout.ts';
export { cardSvg, type CardSvgOptions } from './template.ts';
export { DISC_SHARE, ICON_FILES, iconSvg, markShapes, type IconFile, type IconShape } from './icons.ts';
export { MANIFEST_PATH, webManifest, type ManifestNames } from './manifest.ts';
export { SHARE_CARD_DIR, shareCardPath, shareCardUrl } from './paths.ts';
export { decodeAttribute, readSharingTags } from './meta.ts';
