// Lets `node --experimental-strip-types` run a script that imports the book's modules, which
// (being bundled by Vite in the build) import each other without the `.ts` extension.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!/^\.{1,2}\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return next(specifier + suffix, context);
        } catch {
          /* try the next */
        }
      }
      throw error;
    }
  },
});
