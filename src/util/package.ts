/**
 * The package's name and version. Kept as constants (not read from package.json at run time) because the published
 * CLI is a bundle with no package.json next to it; a test keeps them equal to package.json. They live here, at the
 * bottom of the house, because both the CLI and the suite authoring (init's starter) name the package.
 */
export const PACKAGE_VERSION = '1.0.0';
export const PACKAGE_NAME = '@rehearse-dev/cli';
