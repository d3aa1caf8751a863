/** Names shared by everything that writes suite files for a user's repository. */
import { PACKAGE_NAME, PACKAGE_VERSION } from '../util/package.js';

/** The major tag the release workflow moves with every release (`v1` for 1.x.y): what users pin. */
export const MAJOR_TAG = `v${PACKAGE_VERSION.split('.')[0]}`;
/** Where the action is published; the README and generated workflows use the same owner. */
export const ACTION_REF = `rehearse-dev/rehearse@${MAJOR_TAG}`;
/** The JSON Schema editors load for suite files (yaml-language-server); published with the action's tags. */
export const SCHEMA_URL = `https://raw.githubusercontent.com/rehearse-dev/rehearse/${MAJOR_TAG}/schema/rehearse.schema.json`;
export const SCHEMA_LINE = `# yaml-language-server: $schema=${SCHEMA_URL}`;
/** How a user runs the CLI without installing it. */
export const NPX_COMMAND = `npx ${PACKAGE_NAME}`;
/** Current majors of the official actions used in generated workflows (all run on node24). */
export const CHECKOUT_ACTION = 'actions/checkout@v7';
