package dev.sitegen.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * The daemon's first door, its Unix socket, for the Java client ({@link DaemonClient}) in {@link Wire}'s protocol:
 * only this user can connect (the socket's folder is 0700, and {@link CallerRefusal} checks the peer), so every
 * caller is counted from its accept. A request is served by {@link DaemonServer}'s one command path.
 */
final class UnixDoor {

    private final DaemonServer server;
    private final Duration requestBound;

    UnixDoor(DaemonServer server, Duration requestBound) {
        this.server = server;
        this.requestBound = requestBound;
    }

    /** Accepts callers until the server stops (closing {@code listener}), each answered on a thread of its own. */
    void acceptCallers(ServerSocketChannel listener, CallerCount inFlight) throws IOException {
        while (!server.isStopping()) {
            SocketChannel caller;
            try {
                caller = listener.accept();
            } catch (ClosedChannelException e) {
                return; // stop() closed it
            }
            inFlight.startCaller(caller, () -> answer(caller));
        }
    }

    private void answer(SocketChannel caller) {
        try (caller) {
            // non-blocking: reading the request and writing the answer each wait at most a bound
            caller.configureBlocking(false);
            Request request;
            try (RequestInput input = new RequestInput(caller, requestBound)) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(input));
                request = Wire.readHeader(in) ? Request.readFrom(in) : null;
            }
            server.serveRequest(caller, request, false);
        } catch (IOException | RuntimeException e) {
            // the caller went away or spoke nonsense before its command started: nothing to answer
        }
    }
}
