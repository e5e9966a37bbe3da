/**
 * `mor-survey/schema`: the response schema and its types, for servers and tools.
 * Free of the DOM and Lit, so it runs in Node.
 */
export * from './response.js';
