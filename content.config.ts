import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { idFromPath } from './src/lib/book-order';
import { bookPageSchema } from './src/lib/frontmatter-schema';

export const collections = {
  docs: defineCollection({
    // Chapter files carry an NN- ordering prefix that must not reach the URL.
    loader: docsLoader({ generateId: ({ entry }) => idFromPath(entry) }),
    // Strict: a misspelt field ("descripton") fails the build instead of being dropped silently.
    schema: bookPageSchema,
  }),
  // Starlight reads this collection on every page and Astro warns when it is not declared
  // (see withastro/starlight#1458 for the history); content/i18n/en.json also names the edit link.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
