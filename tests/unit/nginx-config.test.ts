/** The nginx configuration in the repository is exactly what the header source generates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteName } from '../../src/data/content-files.ts';
import { DEPLOYED_SITE, renderNginxServer } from '../../src/lib/security-headers/index.ts';

describe('deploy/nginx/mynumber-guide.conf', () => {
  it('matches src/lib/security-headers/ (regenerate with: node scripts/nginx-config.ts)', () => {
    const committed = readFileSync('deploy/nginx/mynumber-guide.conf', 'utf8');
    expect(committed).toBe(renderNginxServer(DEPLOYED_SITE, siteName()));
  });
});
