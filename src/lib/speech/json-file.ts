/**
 * A JSON file of the audio guide read with its zod schema: every wrong field is named at once,
 * as `file: pages["/card/"].durationMs: message`, in the way the field is written in JSON.
 */
import type { z } from 'astro/zod';

export function parseJsonWith<S extends z.ZodType>(schema: S, json: string, file: string): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: JSON として読めません: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `${file}: ${jsonPath(issue.path) || '(全体)'}: ${issue.message}`).join('\n'));
}

/** pages["/card/"].files.mp3, sentences[3].start */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}
