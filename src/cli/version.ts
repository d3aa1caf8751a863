/**
 * The CLI's version and package name. Kept as constants (not read from
 * package.json at run time) because the published CLI is a bundle with no
 * package.json next to it; a test keeps them equal to package.json.
 */
export const CLI_VERSION = '0.1.0';
export const PACKAGE_NAME = '@rehearse-dev/cli';
