/**
 * `mor-survey/schema`: the response schema and its types, the question catalogue they are
 * made from, and the invitation codes sent beside a response, for servers and tools. Free of
 * the DOM and Lit, so it runs in Node.
 */
export * from './response.js';
export * from '../catalogue/questions.js';
export * from '../invitation/code.js';
