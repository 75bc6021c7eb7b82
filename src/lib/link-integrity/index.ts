/**
 * Link integrity of a built site: read each file (extract.ts), resolve what it refers to the
 * way a browser and a static host would (resolve.ts), and report every broken address with
 * its page and target (check.ts). Pure: the build step hands it the files.
 */
export { readPage, srcsetUrls, stylesheetUrls, type PageFacts, type Reference } from './extract.ts';
export { fileOfPath, pathOfFile, resolveReference, type FileLookup, type Target } from './resolve.ts';
export { checkSite, type BuiltSite, type CheckOptions, type LinkReport } from './check.ts';
