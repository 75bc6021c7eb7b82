/**
 * The municipality finder's data: every local government and the acceptance list, in the
 * compact form of src/lib/municipalities/finder-data.ts. Fetched only by the finder's script.
 */
import type { APIRoute } from 'astro';
import { loadMunicipalities } from '../../../data/municipalities.ts';
import { toPayload } from '../../../lib/municipalities/index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(toPayload(loadMunicipalities())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
