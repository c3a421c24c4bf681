/**
 * Starlight route middleware: adds the deployment's base path to links authors write in
 * frontmatter (hero actions), which Starlight passes through untouched, so that "/preface/" works
 * under "/<repo>/" too. Markdown links get the same treatment from rehype-internal-links.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './src/lib/rehype-internal-links';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // A page not translated yet shows the English under /zh-cn/ with Starlight's notice; it must not
  // enter the Chinese search index as if it were Chinese (a copy: the English page shares the entry).
  if (route.isFallback) route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
  const hero = route.entry.data.hero;
  for (const action of hero?.actions ?? []) {
    if (action.link.startsWith('/') && !action.link.startsWith('//')) {
      action.link = withBase(action.link, import.meta.env.BASE_URL);
    }
  }
});
