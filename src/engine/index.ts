/** The conversation engine: one trial in, one trace out. */
import type { ExecuteTrial } from './types.js';

export type { Trace, EngineContext, ExecuteTrial } from './types.js';

export const executeTrial: ExecuteTrial = async () => {
  throw new Error('executeTrial: not implemented yet');
};
