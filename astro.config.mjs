// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { standaloneLinks } from './src/integrations/standalone-links.ts';
import { japaneseLineBreaks } from './src/integrations/japanese-line-breaks.ts';
import { furigana } from './src/integrations/furigana.ts';
import { pageReadings } from './src/integrations/page-readings.ts';
import { printDownloads } from './src/integrations/print-downloads.ts';
import { siteSearch } from './src/integrations/search-index.ts';
import { brailleDownloads } from './src/integrations/braille-downloads.ts';
import { downloadInfo } from './src/integrations/download-info.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentInlineCode } from './src/integrations/content-inline-code.ts';
import { linkIntegrity } from './src/integrations/link-integrity.ts';
import { mediaFixture } from './src/integrations/media.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { readSiteAddress } from './src/lib/site-address/index.ts';
import { createDownloadRegistry } from './src/lib/download-info/registry.ts';
import { FIXTURE_DIR_VARIABLE, FIXTURE_ROUTE } from './src/lib/media/fixture.ts';

// The video tests build a fixture page into their own folder (src/integrations/media.ts);
// that build needs no search index.
const buildingVideoFixture = Boolean(process.env[FIXTURE_DIR_VARIABLE]);

// The address the build is made for goes into canonical links, og:url, robots.txt, the sitemap,
// the PDFs and the EPUB, so there is no fallback: SITE_URL is the public https address, or, for
// a build served on this machine (npm start, npm run dev, the tests), a loopback address with
// LOCAL_PREVIEW=1 (src/lib/site-address). siteAddress() stops a build without one.
const address = readSiteAddress(process.env);

// What the download generators learn of their files (page counts, previews), for the step that
// writes it into the pages: one registry per build, passed to each of them (below).
const downloads = createDownloadRegistry();

export default defineConfig({
  // Left out when there is none (astro check, astro sync); siteAddress() stops a build then.
  ...(address.site ? { site: address.site } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Inline small stylesheets only when it saves a round trip; the whole sheet stays cacheable.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Nothing is inlined into a page or a stylesheet: Astro would inline a small component
      // script as <script type="module">…</script>, and Vite a small image or font as a data:
      // URL, and the Content-Security-Policy (script-src 'self', img-src 'self') runs or loads
      // neither. Every script is a file in /_astro/.
      assetsInlineLimit: 0,
    },
  },
  // No prefetching, no view transitions: pages are plain documents, as fast as a request.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    // The unified (remark/rehype) processor, because our content checks are rehype plugins.
    // standaloneLinks runs after the glossary so that a list item the glossary turned into a
    // lone link also gets a full-size target; furigana runs last, on the finished text.
    // contentInlineCode runs first, on the page as written: inline code in content (a <script>,
    // a style or on… attribute, a javascript: URL) stops the build, naming the file and line.
    processor: unified({ rehypePlugins: [contentInlineCode, japaneseLineBreaks, glossaryLinks, standaloneLinks, furigana] }),
  },
  integrations: [
    // First, so that a build without its address stops before it starts.
    siteAddress(address),
    mdx(),
    // The 404 page is not a page to find (nor the video test page, built only into its own
    // folder); everything else is listed for the tests and crawlers.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith(FIXTURE_ROUTE) }),
    // The video test fixture (only when MEDIA_FIXTURE_DIR is set; never into dist/).
    mediaFixture(),
    // Readings on every kanji word that a layout, component or template wrote (the Markdown body
    // has them already): before every step that reads the built pages as they will be served.
    pageReadings(),
    // Downloads made from the built pages: braille; then the large-print PDFs (printed by
    // Chromium), the EPUB 3 and the DAISY book (also in the video fixture build: every page links
    // its downloads, and the link check needs them). Astro runs the astro:build:done hooks in this
    // order, so downloadInfo comes after every generator that records into `downloads`: it fills
    // the files' sizes, page counts and previews into the pages that link them, and stops the build
    // if a generator has not finished yet. All before the search index reads the pages.
    brailleDownloads(downloads),
    printDownloads(downloads),
    downloadInfo(downloads),
    // The site search index (Pagefind), built from the finished pages.
    ...(buildingVideoFixture ? [] : [siteSearch()]),
    // The share card of every page (from its og:title) and the PNG icons: before the checks
    // below, so that the link check finds every file the pages name.
    shareCards(),
    // These two stay last: they read the finished build (every page, download and index).
    // The Content-Security-Policy hashes the inline code of the pages; then every link is checked
    // (and, in a build to publish, every file is searched for addresses of this machine).
    securityHeaders(),
    linkIntegrity({ publishable: address.ok && address.publishable }),
  ],
});
