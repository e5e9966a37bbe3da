/**
 * `mor-survey/schema`: the response schema and its types, and the question catalogue they are
 * made from, for servers and tools. Free of the DOM and Lit, so it runs in Node.
 */
export * from './response.js';
export * from '../catalogue/questions.js';
