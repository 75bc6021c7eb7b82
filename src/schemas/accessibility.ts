/**
 * content/accessibility/results.json: the conformance results /accessibility/ shows, written by
 * `npm run conformance:update` from a test run and compared with each run by
 * `scripts/conformance.mjs --check`. Written by code, but committed and readable by anyone, so
 * the page checks it like any other content file instead of trusting its shape.
 */
import { z } from 'astro/zod';

const count = z.number().int().nonnegative();

export const conformanceResultsSchema = z.strictObject({
  run: z.strictObject({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日付は 2026-12-07 の形で書いてください'),
    commit: z.string().regex(/^[0-9a-f]{7,40}$/, 'コミットの短いハッシュで書いてください'),
    axeCore: z.string().min(1),
    tool: z.string().min(1),
  }),
  /** The pages the run tested (the sitemap of its build). */
  urls: z.array(z.string().startsWith('/', 'サイトのパス（/… ）で書いてください')).min(1),
  criteria: z.array(
    z.strictObject({
      id: z.string().regex(/^\d\.\d+\.\d+$/),
      level: z.enum(['A', 'AA', 'AAA']),
      title: z.string().min(1),
      status: z.enum(['適合', '不適合', '非該当', '未検証']),
      basis: z.array(z.string()),
      passed: count,
      failed: count,
    }),
  ),
});

export type ConformanceResultsData = z.infer<typeof conformanceResultsSchema>;
