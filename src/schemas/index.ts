/**
 * One zod schema per kind of content. These are the contract between the people who write
 * content/ and the code that renders it; every field says what it is for.
 *
 * Cross-references between files (a page naming a figure, a procedure naming a document) are
 * plain ids here and are checked all at once by src/lib/content-graph, so that an error can
 * name both the file and the missing id.
 */
import { z } from 'astro/zod';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID, 'id は半角英小文字・数字・ハイフンで書いてください（例: card-issued）');

/**
 * A point in time as the source gives it: a day (2021-05-11), only a month (2021-03), or a
 * fiscal year (FY2020 = 令和2年度, April 2020 to March 2021).
 */
export const asOfSchema = z.preprocess(
  // YAML reads an unquoted 2021-05-11 as a Date; writers should not have to quote dates.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^(?:\d{4}-\d{2}(?:-\d{2})?|FY\d{4})$/, '日付は YYYY-MM-DD、YYYY-MM、FY2020（年度）のどれかで書いてください'),
);

const httpsUrl = z.url({ protocol: /^https$/, error: 'https:// で始まる URL を書いてください' });

/** content/pages/**.mdx front matter. The file path is the route: card/security.mdx → /card/security/. */
export const pageSchema = z.strictObject({
  /** The page's h1 and <title>. */
  title: z.string().min(2),
  /** Short label for navigation and breadcrumbs; defaults to the title. */
  navTitle: z.string().min(2).optional(),
  /** For search engines and link previews: one or two sentences. */
  description: z.string().min(20).max(160),
  /** やさしい日本語 summary shown at the top (WCAG 3.1.5): 3 to 5 short sentences. */
  summary: z.array(z.string().min(5).max(80)).min(3).max(5),
  /** Order among siblings in navigation and the site index. */
  order: z.number().int().nonnegative(),
  /** Figures (ids in content/data/figures.yaml) this page shows; their dates are noted at the top. */
  figures: z.array(id).default([]),
  /** Official pages (ids in content/data/links.yaml) where the current figures can be checked. */
  officialLinks: z.array(id).default([]),
  /** Related guide pages, by route id (card/security). */
  related: z.array(z.string().regex(/^(?:index|[a-z0-9-]+(?:\/[a-z0-9-]+)*)$/)).default([]),
  /** List in the topic navigation of every page (top-level pages only). */
  nav: z.boolean().default(true),
  /** Show a table of contents; by default pages with three or more sections get one. */
  toc: z.boolean().optional(),
  /**
   * A tool page: the layout puts this tool right under the h1 and the format bar, before the
   * summary, so that its input is on the first screen (municipality-finder: the ミライロID
   * finder; procedure-finder: the procedure table and its filters). The body then must not
   * place the same tool again.
   */
  tool: z.enum(['municipality-finder', 'procedure-finder'], { error: 'tool は municipality-finder か procedure-finder です' }).optional(),
});

/** content/data/sources.yaml: where facts come from. */
export const sourceSchema = z.strictObject({
  id,
  /** What the source is called, as a reader would look for it. */
  title: z.string().min(2),
  /** Who published it (国 when the source names no office). */
  publisher: z.string().min(1),
  /** The date the source states for itself, if any. */
  date: asOfSchema.optional(),
  /** Where it can be read, if it is public. */
  url: httpsUrl.optional(),
});

/** content/data/figures.yaml: every number shown on the site, with its date and source. */
export const figureSchema = z.strictObject({
  id,
  /** What is counted, as a reader would say it (マイナンバーカードの交付枚数). */
  label: z.string().min(2),
  /** The number as it is printed, with grouping (3,861万). */
  value: z.string().regex(/^[0-9０-９.,万億兆]+$/, '数字と 万・億・兆 だけで書いてください'),
  /** Counting unit (枚, 件, %). */
  unit: z.string().min(1),
  /** The point in time of the figure. */
  asOf: asOfSchema,
  /** Whether the source dates it 時点 or 現在 or gives a period such as 令和2年度. */
  period: z.string().optional(),
  /** Id in sources.yaml. */
  source: id,
  /** Extra context shown with the figure (全住民に占める割合 30.4%). */
  note: z.string().optional(),
});

/** content/data/links.yaml: official pages the site sends readers to. */
export const officialLinkSchema = z.strictObject({
  id,
  /** Link text: names the destination by itself (WCAG 2.4.9). */
  title: z.string().min(4),
  publisher: z.string().min(2),
  url: httpsUrl,
  /** Where this address was taken from, so that it can be checked again. */
  basis: z.string().min(4),
  /** Listed in every page's footer as a place to ask about the system. */
  contact: z.boolean().default(false),
});

/**
 * content/data/contacts.yaml: national contact lines the guide gives (a lost card, a PIN,
 * a suspicious call). The deck has none; each entry names the dated pages it comes from.
 */
export const contactSchema = z.strictObject({
  id,
  /** The line's name as its operators give it (マイナンバー総合フリーダイヤル). */
  name: z.string().min(2),
  /** phone: shown as a tel: link; fax: shown as plain text (nothing dials a FAX from a page). */
  kind: z.enum(['phone', 'fax'], { error: 'kind は phone か fax です' }),
  /** The number as it is written: 0120-95-0178, 188, #9110. */
  number: z.string().regex(/^(?:0\d{1,4}(?:-\d{1,4}){1,3}|#\d{4}|\d{3})$/, '番号は 0120-95-0178、#9110、188 のように書いてください'),
  /** Whether the call is free of charge, as the sources say. */
  free: z.boolean().default(false),
  /** What the line is for and when it answers, in one or two short sentences. */
  note: z.string().min(4),
  /** Ids in sources.yaml of the pages that give this line. */
  sources: z.array(id).min(1, '出典（sources.yaml の id）を 1 つ以上 書いてください'),
});

/** content/data/glossary.yaml: every specialist term and abbreviation (WCAG 3.1.3, 3.1.4). */
export const glossarySchema = z.strictObject({
  id,
  term: z.string().min(1),
  /** Reading in hiragana or katakana (WCAG 3.1.6). */
  reading: z.string().regex(/^[\u3041-\u309f\u30a0-\u30ffー・　 ]+$/, '読みは ひらがな・カタカナ で書いてください'),
  /** For abbreviations: what the letters stand for, spoken and written out. */
  expansion: z.string().optional(),
  /** A plain definition: one to three short sentences. */
  definition: z.string().min(10),
  /** Other spellings that should link to this entry (個人番号 for マイナンバー). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Related entries, by id. */
  seeAlso: z.array(id).default([]),
});

/** content/data/documents.yaml: documents that information linkage lets people leave out. */
export const documentSchema = z.strictObject({
  id,
  name: z.string().min(2),
  reading: z.string().regex(/^[\u3041-\u309fー]+$/, '読みは ひらがな で書いてください'),
  /**
   * Other spellings the deck uses for this same document (生活保護受給者証明書 beside
   * 生活保護受給証明書). The document stays one entry under `name`; the finder's free-text
   * search matches these spellings too, and `note` tells readers where the deck uses them.
   */
  variants: z.array(z.string().min(2)).optional(),
  /** A note for readers shown with the document, such as where the deck spells it otherwise. */
  note: z.string().optional(),
});

/** content/data/procedures.yaml: procedures from the deck's two tables of examples. */
export const procedureSchema = z.strictObject({
  id,
  name: z.string().min(2),
  /** The law the procedure rests on, as the deck names it. */
  law: z.string().min(2),
  /** Where to apply. */
  office: z.string().min(2),
  /** Documents (ids in documents.yaml) that may be left out. */
  documents: z.array(id).min(1, '省略できる書類を 1 つ以上 書いてください'),
  /** Which table of the deck lists it: pension-related (①) or other (②); both if both do. */
  tables: z.array(z.enum(['pension', 'other'])).min(1),
});

/** content/site.yaml: who publishes this site and how to reach them without a voice call. */
export const siteSettingsSchema = z.strictObject({
  id,
  siteName: z.string().min(2),
  /**
   * The name under the icon when a reader saves the site to a phone's home screen (the web app
   * manifest's short_name), where about six full-width characters show; the full name when unset.
   */
  shortName: z.string().min(2).max(12).optional(),
  /** The publisher's name; when unset, the footer shows only the official contact links. */
  publisherName: z.string().min(2).optional(),
  publisherEmail: z.email().optional(),
  publisherFormUrl: httpsUrl.optional(),
}).refine(
  // A publisher named without a way to reach them but by voice would leave Deaf readers out.
  (settings) => settings.publisherName === undefined || settings.publisherEmail !== undefined || settings.publisherFormUrl !== undefined,
  { path: ['publisherEmail'], message: '運営者の名前を書くときは、電話を使わない連絡先（publisherEmail か publisherFormUrl）も書いてください' },
);

/**
 * A file of content/data/ (or content/site.yaml) as a whole: a YAML list of entries of one
 * shape, each id once. Astro's file() loader keeps the last of two entries with one id; the
 * Node-side loader (src/data/content-files.ts) refuses the file instead, naming both places.
 */
export function dataFileSchema<T extends z.ZodType<{ id: string }>>(entry: T) {
  return z.array(entry).superRefine((entries, context) => {
    const first = new Map<string, number>();
    entries.forEach((item, index) => {
      const seen = first.get(item.id);
      if (seen === undefined) first.set(item.id, index);
      else context.addIssue({ code: 'custom', path: [index, 'id'], message: `id「${item.id}」は [${seen}] にもあります。id は 1 つのファイルで 1 回だけ使えます` });
    });
  });
}

/**
 * content/data/procedures.yaml as a whole. Its order is the deck's (table ①, then the rest of
 * table ②) and is what the procedure finder shows; content collections do not keep a file's
 * order, so the finder takes it from this list.
 */
export const procedureFileSchema = dataFileSchema(procedureSchema);

export type PageData = z.infer<typeof pageSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type FigureData = z.infer<typeof figureSchema>;
export type OfficialLinkData = z.infer<typeof officialLinkSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
export type DocumentData = z.infer<typeof documentSchema>;
export type ProcedureData = z.infer<typeof procedureSchema>;
export type ContactData = z.infer<typeof contactSchema>;
export type SiteSettingsData = z.infer<typeof siteSettingsSchema>;
