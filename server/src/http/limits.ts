/**
 * What the HTTP server allows one client (SPEC §16), so slow or greedy clients cannot hold the
 * receiver: the headers must arrive within `headersTimeout` seconds and the whole request within
 * `bodyTimeout` (both answered 408 and closed), and at most `maxConnections` sockets are open at
 * once — beyond that a new one is closed at once while the others are served.
 *
 * Node checks the two times on a timer (`connectionsCheckingInterval`, 30 s by default, which let
 * a 10 s limit run to 29 s): checking twice a second holds them to within half a second.
 */
// Plain shapes, not node:http's types: the package's published types need no @types/node.
export interface ConnectionLimits {
  /** Seconds (MOR_HEADERS_TIMEOUT). */
  headersTimeout: number;
  /** Seconds, from the request's first byte to its last (MOR_BODY_TIMEOUT). */
  bodyTimeout: number;
  /** Sockets open at once (MOR_MAX_CONNECTIONS). */
  maxConnections: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = { headersTimeout: 10, bodyTimeout: 30, maxConnections: 1000 };

const CHECK_EVERY_MS = 500;

/** Options for `http.createServer`: the times, and how often they are checked. */
export function limitedServerOptions(limits: ConnectionLimits): { headersTimeout: number; requestTimeout: number; connectionsCheckingInterval: number } {
  return {
    headersTimeout: Math.round(limits.headersTimeout * 1000),
    requestTimeout: Math.round(limits.bodyTimeout * 1000),
    connectionsCheckingInterval: CHECK_EVERY_MS,
  };
}

/** What can only be set once the server exists. */
export function limitConnections(server: { maxConnections: number }, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
}
