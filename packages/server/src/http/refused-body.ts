import { Socket } from "node:net";

/** How much of a refused body we still read and throw away, at most, before we close anyway. */
export const refusedBodyDrain = { maxBytes: 32 * 1024 * 1024, maxMs: 10_000 } as const;

/**
 * Closes the connection of a request whose body we refused (413) without resetting it while the
 * client is still sending. Node closes a `Connection: close` socket as soon as the answer is
 * written; bytes the client sends after that make the kernel answer with a reset, and a reset can
 * discard our 413 before the client reads it. So: send the answer and our FIN (half-close), keep
 * reading and discarding what the client still sends, and close when it has finished — or at a
 * bound of bytes or time, so a client cannot hold the connection open by sending forever.
 */
export function closeAfterDraining(socket: unknown, limits = refusedBodyDrain) {
  if (!(socket instanceof Socket)) return; // an in-process request (inject) has no socket to close
  if ((socket as { ariadneDraining?: boolean }).ariadneDraining) return;
  (socket as { ariadneDraining?: boolean }).ariadneDraining = true;
  socket.destroySoon = function destroyAfterDraining(this: Socket) {
    const startedAt = this.bytesRead;
    const close = () => {
      clearInterval(watch);
      clearTimeout(deadline);
      this.destroy();
    };
    // bytesRead counts what the HTTP parser consumes too; a 'data' listener would not see it.
    const watch = setInterval(() => {
      if (this.bytesRead - startedAt > limits.maxBytes) close();
    }, 50);
    const deadline = setTimeout(close, limits.maxMs);
    watch.unref();
    deadline.unref();
    this.once("end", close);
    this.once("close", close);
    if (this.writable) this.end();
    this.resume();
  };
}
