/**
 * Writes the nginx configuration for the built site, from src/lib/security-headers/.
 *
 *   node scripts/nginx-config.ts                      regenerate deploy/nginx/mynumber-guide.conf
 *   node scripts/nginx-config.ts --server-name guide.example.jp [--root /var/www/mynumber-guide]
 *                                                     print the configuration for your server
 *
 * The committed file is for the placeholder name guide.example.jp and the site in
 * /var/www/mynumber-guide: HTTPS on 443 with certbot's certificate paths for that name, and a
 * port-80 server that only redirects (docs/deploy.md). tests/unit/nginx-config.test.ts fails
 * when it differs from what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { siteName } from '../src/data/content-files.ts';
import { deployedSite, renderNginxServer } from '../src/lib/security-headers/index.ts';

export const COMMITTED_CONFIG = 'deploy/nginx/mynumber-guide.conf';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    'server-name': { type: 'string' },
  },
});
const custom = Object.values(values).some((value) => value !== undefined);
const config = renderNginxServer(deployedSite({ serverName: values['server-name'], root: values.root }), siteName());
if (custom) process.stdout.write(config);
else {
  writeFileSync(COMMITTED_CONFIG, config);
  process.stderr.write(`wrote ${COMMITTED_CONFIG}\n`);
}
