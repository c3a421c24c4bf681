import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { idFromPath } from './src/lib/book-order';
import { bookPageSchema } from './src/lib/frontmatter-schema';

export const collections = {
  docs: defineCollection({
    // Chapter files carry an NN- ordering prefix that must not reach the URL.
    loader: docsLoader({ generateId: ({ entry }) => idFromPath(entry) }),
    // Strict: a misspelt field ("descripton") fails the build instead of being dropped silently.
    schema: bookPageSchema,
  }),
};
