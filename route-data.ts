/**
 * Starlight route middleware: adds the deployment's base path to links authors write in
 * frontmatter (hero actions), which Starlight passes through untouched, so that "/preface/" works
 * under "/<repo>/" too. Markdown links get the same treatment from rehype-internal-links.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './src/lib/rehype-internal-links';

export const onRequest = defineRouteMiddleware((context) => {
  const hero = context.locals.starlightRoute.entry.data.hero;
  for (const action of hero?.actions ?? []) {
    if (action.link.startsWith('/') && !action.link.startsWith('//')) {
      action.link = withBase(action.link, import.meta.env.BASE_URL);
    }
  }
});
