/**
 * The one import of graphql-js for the register code. It names the CommonJS entry
 * (`graphql/index.js`) on purpose: graphql 16 ships both index.js and index.mjs without an
 * `exports` map, so Node resolves `graphql` to index.js (as graphql-http does) while Vite/vitest
 * prefer index.mjs. Two copies of graphql-js in one process reject each other's schemas
 * ("Cannot use GraphQLSchema from another module or realm"); naming the file keeps one realm.
 */
export * from 'graphql/index.js';
