/** The CLI's version and package name (src/util/package.ts holds them, so lower folders can name the package too). */
export { PACKAGE_NAME, PACKAGE_VERSION as CLI_VERSION } from '../util/package.js';
