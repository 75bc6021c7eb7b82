/**
 * The site's mark, one SVG source for public/favicon.svg, the share cards and every PNG icon: a
 * navy rounded square with a white disc. The test checks that public/favicon.svg is exactly
 * iconSvg('rounded'), so the two cannot drift apart.
 */
import { CARD_COLOURS } from './design.ts';

/**
 * `rounded`: the favicon's shape, for icons shown as they are (favicon, manifest "any").
 * `full-bleed`: a square filled to the edges, for platforms that cut their own shape: iOS
 * rounds the apple-touch-icon's corners (transparent corners would turn black) and Android masks
 * a "maskable" icon to a circle or squircle. The disc is half the side wide, well inside the
 * maskable safe zone (a centred circle of 80% of the side, W3C Web App Manifest, "purpose").
 */
export type IconShape = 'rounded' | 'full-bleed';

const VIEW = 32;
const CORNER = 6;
const DISC_RADIUS = 8;

/** The mark's shapes in a 32×32 user space, without the <svg> element (the card reuses them). */
export function markShapes(shape: IconShape, square: string = CARD_COLOURS.background, disc = '#fff'): string {
  const corner = shape === 'rounded' ? ` rx="${CORNER}"` : '';
  return `<rect width="${VIEW}" height="${VIEW}"${corner} fill="${square}"/><circle cx="${VIEW / 2}" cy="${VIEW / 2}" r="${DISC_RADIUS}" fill="${disc}"/>`;
}

/** The mark as a complete SVG document. */
export function iconSvg(shape: IconShape): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}">${markShapes(shape)}</svg>`;
}

/** The disc's radius as a share of the side (for the maskable safe-zone test). */
export const DISC_SHARE = DISC_RADIUS / VIEW;

export interface IconFile {
  /** Path in the built site, from its root. */
  path: string;
  size: number;
  shape: IconShape;
  /** Its entry in the web app manifest; absent for the apple-touch-icon, which iOS finds by <link>. */
  purpose?: 'any' | 'maskable';
}

/**
 * Every PNG icon the build makes. The apple-touch-icon sits at the root, where iOS also looks
 * for it without a <link>, so that no request for it ends in a 404.
 */
export const ICON_FILES: readonly IconFile[] = [
  { path: 'apple-touch-icon.png', size: 180, shape: 'full-bleed' },
  { path: 'icons/icon-192.png', size: 192, shape: 'rounded', purpose: 'any' },
  { path: 'icons/icon-512.png', size: 512, shape: 'rounded', purpose: 'any' },
  { path: 'icons/icon-maskable-512.png', size: 512, shape: 'full-bleed', purpose: 'maskable' },
];
