import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { idFromPath } from './src/lib/book-order';

export const collections = {
  docs: defineCollection({
    // Chapter files carry an NN- ordering prefix that must not reach the URL.
    loader: docsLoader({ generateId: ({ entry }) => idFromPath(entry) }),
    // Strict: a misspelt field ("descripton") fails the build instead of being dropped silently.
    schema: (context) =>
      docsSchema()(context)
        .extend({
          description: z.string().min(20, 'write a one-sentence description (at least 20 characters)'),
        })
        .strict(),
  }),
};
