// The tests' own servers (webhook endpoints, fake upstreams, a page server) listen on a free
// loopback port, which the OS picks.

/**
 * Starts `server` on a free port of 127.0.0.1 and resolves with that port.
 * @param {import("node:net").Server} server
 * @returns {Promise<number>}
 */
export function listenOnLoopback(server) {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      // A TCP server that listens has an AddressInfo (a string is a pipe's or socket's path).
      resolve(/** @type {import("node:net").AddressInfo} */ (server.address()).port);
    });
  });
}
