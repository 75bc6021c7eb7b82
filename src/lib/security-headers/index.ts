/**
 * Serving the site safely: the response headers and the fixed Content-Security-Policy
 * (policy.ts), how each kind of file is labelled (file-kinds.ts), the inline code the policy
 * forbids (inline-code.ts), and the two forms the headers ship in: _headers for static hosts
 * (headers-file.ts) and the nginx configuration (nginx.ts).
 */
export {
  CACHE_CONTROL,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  FIXED_SECURITY_HEADERS,
  HASHED_ASSETS_DIR,
  HEADERS_FILE_LINE_LIMIT,
  SECURITY_HEADERS,
  type Header,
} from './policy.ts';
export { contentTypeOf, DEFAULT_MEDIA_TYPE, FILE_KINDS, fileKindOf, type FileKind } from './file-kinds.ts';
export { attributeProblem, findInlineCode, isExecutedScriptType, URL_ATTRIBUTES, type InlineCode, type InlineCodeProblem } from './inline-code.ts';
export { parsePolicy } from './csp.ts';
export { renderHeadersFile } from './headers-file.ts';
export {
  DEPLOYED_SITE,
  deployedSite,
  PLACEHOLDER_SERVER_NAME,
  plainHttpSite,
  renderNginxServer,
  type HttpsTransport,
  type NginxSite,
  type PlainHttpTransport,
} from './nginx.ts';
