/**
 * The frontmatter schema of a book page: Starlight's, strict (a misspelt field fails instead of
 * being dropped silently), with a required one-sentence description. Shared by the content
 * collection (content.config.ts) and the pre-build check (book-check.ts), which reports every
 * page's frontmatter problems at once with their line.
 */
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';

type SchemaContext = Parameters<ReturnType<typeof docsSchema>>[0];

export function bookPageSchema(context: SchemaContext) {
  return docsSchema()(context)
    .extend({
      description: z.string().min(20, 'write a one-sentence description (at least 20 characters)'),
      // A translation (content/docs/zh-cn/…) names the English file it translates and that file's
      // sha256 at translation time; src/lib/translations.ts checks both (npm run translations).
      translationOf: z.string().regex(/^[a-z0-9/-]+\.mdx?$/, 'translationOf is the English file, e.g. system/01-cpu-virtualization.mdx').optional(),
      sourceHash: z.string().regex(/^[0-9a-f]{12,64}$/, 'sourceHash is 12 or more hex digits of the sha256 of the English file').optional(),
    })
    .strict();
}

/** The schema outside Astro, where no image() helper exists: images are not checked here. */
export function bookPageSchemaForCheck() {
  return bookPageSchema({ image: () => z.any() } as unknown as SchemaContext);
}
