/** Body versus site chrome; the method is described in `./boilerplate/index.ts`. */
export { findRegions } from './boilerplate/index.js';
