/**
 * Which hosts the site may send a reader to. Until now every host named in
 * content/data/links.yaml was allowed because it was named there, so a new entry with a
 * look-alike address (www.digital-go.jp, cao.go.jp.example.com) allowed itself.
 *
 * The rule now: a host under go.jp (central government bodies) or lg.jp (local governments) is
 * allowed, because JPRS registers those second-level domains only to the bodies they name, so a
 * look-alike cannot be under them. Any other host must be a named exception, with the reason the
 * site links to it, in a small committed list (content/data/outbound-hosts.yaml) that a reviewer
 * reads. Pure: host names and the parsed list in, verdicts and messages out.
 */

/** A label of a host name: letters, digits and inner hyphens (punycode xn-- labels included). */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** At least one label under go.jp or lg.jp; the bare go.jp and lg.jp are registries, not sites. */
const GOVERNMENT_HOST = new RegExp(`^(?:${LABEL}\\.)+(?:go|lg)\\.jp$`);
/** A host name as URL.hostname gives it: lower case, no port, no trailing dot, a letter-led top level. */
const HOST_NAME = new RegExp(`^(?:${LABEL}\\.)+[a-z](?:[a-z0-9-]*[a-z0-9])?$`);

export function isGovernmentHost(host: string): boolean {
  return GOVERNMENT_HOST.test(host);
}

/** One committed exception: a host outside go.jp and lg.jp, and why the site links to it. */
export interface HostException {
  readonly host: string;
  readonly reason: string;
}

/**
 * Reads the exception list as parsed from YAML: a list of { host, reason }. Every problem is
 * reported at once, as `file: [index].field: message`.
 */
export function parseHostExceptions(data: unknown, file: string): HostException[] {
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of { host, reason }`);
  const problems: string[] = [];
  const seen = new Set<string>();
  const exceptions: HostException[] = [];
  data.forEach((entry: unknown, index) => {
    const at = `${file}: [${index}]`;
    const { host, reason, ...rest } = (entry ?? {}) as Record<string, unknown>;
    for (const field of Object.keys(rest)) problems.push(`${at}.${field}: unknown field (only host and reason)`);
    if (typeof host !== 'string' || !HOST_NAME.test(host)) {
      problems.push(`${at}.host: "${String(host)}" is not a host name; write it as the address shows it, in lower case, without https:// or a path (creativecommons.org)`);
    } else if (isGovernmentHost(host)) {
      problems.push(`${at}.host: ${host} is under go.jp or lg.jp, which are allowed without an exception; remove the entry`);
    } else if (seen.has(host)) {
      problems.push(`${at}.host: ${host} is listed more than once`);
    }
    if (typeof reason !== 'string' || reason.trim().length < 10) {
      problems.push(`${at}.reason: say in a sentence why the site links to this host (at least 10 characters)`);
    }
    if (typeof host === 'string') seen.add(host);
    if (typeof host === 'string' && typeof reason === 'string') exceptions.push({ host, reason });
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return exceptions;
}

/** Where a link's address comes from, for the message: the file, the field and the entry's id. */
export interface LinkSource {
  readonly file: string;
  readonly field: string;
  readonly entry: string;
  readonly url: string;
}

/**
 * The hosts a reader may be sent to: the host of every given link, each checked against the
 * rule. Every problem is reported at once, naming the file, the field and the entry, and so is
 * an exception no link uses (the list is meant to stay as short as the site's real links).
 */
export function allowedOutboundHosts(links: readonly LinkSource[], exceptions: readonly HostException[], exceptionsFile: string): Set<string> {
  const problems: string[] = [];
  const excepted = new Map(exceptions.map((exception, index) => [exception.host, index]));
  const used = new Set<string>();
  const hosts = new Set<string>();
  for (const link of links) {
    const where = `${link.file}: ${link.field} (entry "${link.entry}")`;
    let host: string;
    try {
      host = new URL(link.url).hostname;
    } catch {
      problems.push(`${where}: "${link.url}" is not an address`);
      continue;
    }
    if (isGovernmentHost(host)) {
      hosts.add(host);
    } else if (excepted.has(host)) {
      used.add(host);
      hosts.add(host);
    } else {
      problems.push(
        `${where}: ${host} is not under go.jp or lg.jp and is not a named exception in ${exceptionsFile}; ` +
          'check that it is the real address (a look-alike of a government address must not pass), and if the site should link to it, add the host there with the reason',
      );
    }
  }
  for (const [host, index] of excepted) {
    if (!used.has(host)) problems.push(`${exceptionsFile}: [${index}].host: no link uses ${host}; remove the exception`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return hosts;
}
