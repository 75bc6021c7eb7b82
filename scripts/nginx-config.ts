/**
 * Writes the nginx server configuration for the built site, from src/lib/security-headers/.
 *
 *   node scripts/nginx-config.ts                      regenerate deploy/nginx/mynumber-guide.conf
 *   node scripts/nginx-config.ts --root /srv/guide --server-name guide.example.jp --listen 8080
 *                                                     print a configuration for your server
 *
 * The committed file is for the default layout (site in /var/www/mynumber-guide, port 80);
 * tests/unit/nginx-config.test.ts fails when it differs from what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEPLOYED_SITE, renderNginxServer } from '../src/lib/security-headers/index.ts';

export const COMMITTED_CONFIG = 'deploy/nginx/mynumber-guide.conf';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    'server-name': { type: 'string' },
    listen: { type: 'string', multiple: true },
    'access-log': { type: 'string' },
  },
});
const custom = Object.values(values).some((value) => value !== undefined);
const config = renderNginxServer({
  root: values.root ?? DEPLOYED_SITE.root,
  serverName: values['server-name'] ?? DEPLOYED_SITE.serverName,
  listen: values.listen ?? DEPLOYED_SITE.listen,
  accessLog: values['access-log'] ?? DEPLOYED_SITE.accessLog,
});
if (custom) process.stdout.write(config);
else {
  writeFileSync(COMMITTED_CONFIG, config);
  process.stderr.write(`wrote ${COMMITTED_CONFIG}\n`);
}
