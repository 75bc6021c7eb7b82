/**
 * Builds the Content-Security-Policy of a build from the inline code its pages contain. Each
 * inline script and style is allowed by the SHA-256 hash of its exact text (CSP Level 3,
 * "hash-source"), so the policy never needs 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { CSP_DIRECTIVES } from './policy.ts';

/** The hash-source that allows an inline script or style with exactly this text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyInputs {
  /** Texts of every inline script on every page (repeats are fine). */
  scripts: Iterable<string>;
  /** Texts of every inline <style> element on every page. */
  styles: Iterable<string>;
  /**
   * The site ships WebAssembly (the site search's index reader): allow compiling it, which is
   * not the same as allowing eval of JavaScript.
   */
  webAssembly?: boolean;
}

const sortedHashes = (texts: Iterable<string>) => [...new Set([...texts].map(hashSource))].sort();

export function contentSecurityPolicy({ scripts, styles, webAssembly = false }: PolicyInputs): string {
  const extra: Record<string, string[]> = {
    'script-src': [...sortedHashes(scripts), ...(webAssembly ? ["'wasm-unsafe-eval'"] : [])],
    'style-src': sortedHashes(styles),
  };
  return CSP_DIRECTIVES.map(([name, sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' ')).join('; ');
}

/** A policy as a map from directive name to its sources, for checking what it allows. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
