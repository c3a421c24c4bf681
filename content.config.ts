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
          // A translation (content/docs/zh-cn/…) names the English file it translates and that file's
          // sha256 at translation time; src/lib/translations.ts checks both (npm run translations).
          translationOf: z.string().regex(/^[a-z0-9/-]+\.mdx?$/, 'translationOf is the English file, e.g. system/01-cpu-virtualization.mdx').optional(),
          sourceHash: z.string().regex(/^[0-9a-f]{12,64}$/, 'sourceHash is 12 or more hex digits of the sha256 of the English file').optional(),
        })
        .strict(),
  }),
};
