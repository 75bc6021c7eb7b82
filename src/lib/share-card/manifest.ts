/**
 * The web app manifest (W3C Web App Manifest): what a phone shows when a reader saves the site
 * to the home screen. Names come from content/site.yaml.
 */
import { CARD_COLOURS } from './design.ts';
import { ICON_FILES } from './icons.ts';

/** Where the manifest is served; Base.astro links it. */
export const MANIFEST_PATH = '/manifest.webmanifest';

export interface ManifestNames {
  siteName: string;
  /** Shown under the icon, where about six full-width characters fit. */
  shortName: string;
}

export function webManifest({ siteName, shortName }: ManifestNames) {
  return {
    lang: 'ja',
    dir: 'ltr',
    name: siteName,
    short_name: shortName,
    id: '/',
    start_url: '/',
    scope: '/',
    // minimal-ui keeps the back button and the address visible: a reader following links to
    // government sites can still go back, and can still see which site they are on.
    display: 'minimal-ui',
    theme_color: CARD_COLOURS.background,
    background_color: '#ffffff',
    icons: ICON_FILES.filter((icon) => icon.purpose).map((icon) => ({
      src: `/${icon.path}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
