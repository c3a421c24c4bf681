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
    })
    .strict();
}

/** The schema outside Astro, where no image() helper exists: images are not checked here. */
export function bookPageSchemaForCheck() {
  return bookPageSchema({ image: () => z.any() } as unknown as SchemaContext);
}
