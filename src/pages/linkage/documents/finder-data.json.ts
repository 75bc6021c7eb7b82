/**
 * The procedure finder's data (src/data/procedure-finder.ts). Fetched only by the finder's
 * script, once the reader starts to use the form or the address already holds a condition.
 */
import type { APIRoute } from 'astro';
import { procedureFinderPayload } from '../../../data/procedure-finder.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await procedureFinderPayload()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
