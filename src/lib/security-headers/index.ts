/**
 * Serving the site safely: the response headers (policy.ts), how each kind of file is
 * labelled (file-kinds.ts), the Content-Security-Policy made from the build's inline code
 * (inline-code.ts, csp.ts), and the two forms the headers ship in: _headers for static hosts
 * (headers-file.ts) and an nginx configuration (nginx.ts).
 */
export { CACHE_CONTROL, CSP_DIRECTIVES, FIXED_SECURITY_HEADERS, HASHED_ASSETS_DIR, HEADERS_FILE_LINE_LIMIT, type Header } from './policy.ts';
export { contentTypeOf, DEFAULT_MEDIA_TYPE, FILE_KINDS, fileKindOf, type FileKind } from './file-kinds.ts';
export { findInlineCode, isExecutedScriptType, type InlineCode, type InlineCodeProblem } from './inline-code.ts';
export { contentSecurityPolicy, hashSource, parsePolicy, type PolicyInputs } from './csp.ts';
export { renderHeadersFile } from './headers-file.ts';
export { DEPLOYED_SITE, NGINX_POLICY_FILE, renderNginxPolicyFile, renderNginxServer, type NginxSite } from './nginx.ts';
