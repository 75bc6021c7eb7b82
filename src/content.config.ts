import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  contactSchema,
  documentSchema,
  figureSchema,
  glossarySchema,
  officialLinkSchema,
  pageSchema,
  procedureSchema,
  siteSettingsSchema,
  sourceSchema,
} from './schemas/index.ts';

// Content lives in the top-level content/ folder, apart from code, so that reviewers of the
// words never need to open src/.
const data = (name: string) => file(`content/data/${name}.yaml`);

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
    schema: pageSchema,
  }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  figures: defineCollection({ loader: data('figures'), schema: figureSchema }),
  links: defineCollection({ loader: data('links'), schema: officialLinkSchema }),
  glossary: defineCollection({ loader: data('glossary'), schema: glossarySchema }),
  documents: defineCollection({ loader: data('documents'), schema: documentSchema }),
  contacts: defineCollection({ loader: data('contacts'), schema: contactSchema }),
  procedures: defineCollection({ loader: data('procedures'), schema: procedureSchema }),
  settings: defineCollection({ loader: file('content/site.yaml'), schema: siteSettingsSchema }),
};
