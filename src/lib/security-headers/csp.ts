/**
 * Reading a Content-Security-Policy back, for checking what it allows. The policy itself is a
 * fixed literal (policy.ts).
 */

/** A policy as a map from directive name to its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
