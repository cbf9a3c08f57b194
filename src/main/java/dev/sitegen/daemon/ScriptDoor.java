package dev.sitegen.daemon;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon's second door, for {@code bin/site-gen}'s own client (bash cannot open a Unix socket, and a JVM
 * costs a quarter of a second to start): a port on 127.0.0.1, announced by a {@link PortFile} with a secret,
 * spoken to in {@link ScriptWire}. Loopback TCP is open to every local user, so both sides prove they know the
 * secret before the request is sent; a caller that fails the handshake, or completes none within {@link
 * #HANDSHAKE_BOUND} in all, is dropped unanswered and never reaches the command slot (each caller has its own
 * thread, so a slow one holds up nobody; at most {@link #MAX_HANDSHAKES} handshake at once, later connections
 * are closed: their script falls back to the JVM). An authenticated request is served by {@link DaemonServer}'s
 * one command path.
 */
final class ScriptDoor implements Closeable {

    /** A script sends its hello, answer and request at once; one that takes longer is not ours. */
    static final Duration HANDSHAKE_BOUND = Duration.ofSeconds(2);
    private static final int SECRET_BYTES = 32;
    /** Callers in their handshake at most: beyond, a connection is closed at once (no thread per connection). */
    static final int MAX_HANDSHAKES = 64;

    private final DaemonServer server;
    private final ServerSocketChannel listener;
    private final PortFile portFile;
    private final String secret;
    private final SecureRandom random;
    private final Duration handshakeBound;
    private final AtomicInteger handshakes = new AtomicInteger();

    private ScriptDoor(DaemonServer server, ServerSocketChannel listener, PortFile portFile, String secret,
            SecureRandom random, Duration handshakeBound) {
        this.server = server;
        this.handshakeBound = handshakeBound;
        this.listener = listener;
        this.portFile = portFile;
        this.secret = secret;
        this.random = random;
    }

    /**
     * Listens on an ephemeral loopback port and writes the port file of {@code socket}'s daemon; a caller may
     * take {@code handshakeBound} over its handshake and request.
     */
    static ScriptDoor open(DaemonServer server, DaemonSocket socket, Map<String, String> ownEnvironment,
            Duration handshakeBound) throws IOException {
        SecureRandom random = new SecureRandom();
        String secret = ScriptWire.newRandomHex(random, SECRET_BYTES);
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.INET);
        try {
            listener.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            String key = PortFile.describeKey(socket.jar().toString(), System.getProperty("sitegen.umask", ""),
                    System.getProperty("sitegen.java", ""), ownEnvironment);
            PortFile file = PortFile.write(PortFile.locate(socket.path().getParent(), key), port, secret);
            return new ScriptDoor(server, listener, file, secret, random, handshakeBound);
        } catch (IOException | RuntimeException e) {
            listener.close();
            throw e;
        }
    }

    PortFile portFile() {
        return portFile;
    }

    /** Accepts callers on a thread of its own until closed. */
    void start() {
        Thread t = new Thread(this::acceptCallers, "site-gen-daemon-script-door");
        t.setDaemon(true);
        t.start();
    }

    private void acceptCallers() {
        while (true) {
            SocketChannel caller;
            try {
                caller = listener.accept();
            } catch (ClosedChannelException e) {
                return; // closed: the daemon stops
            } catch (IOException e) {
                // out of file descriptors, say: no busy loop; the script falls back to its JVM from now on
                System.err.println("site-gen daemon: the loopback port stops accepting: " + e);
                close();
                return;
            }
            if (handshakes.incrementAndGet() > MAX_HANDSHAKES) {
                handshakes.decrementAndGet();
                closeQuietly(caller); // a flood of connections: this caller (ours too) uses the JVM's way
                continue;
            }
            server.startUncounted(caller, () -> answer(caller));
        }
    }

    private static void closeQuietly(SocketChannel caller) {
        try {
            caller.close();
        } catch (IOException e) {
            // it is gone either way
        }
    }

    private void answer(SocketChannel caller) {
        try (caller) {
            Request request = null;
            try (RequestInput input = new RequestInput(caller, handshakeBound, true)) {
                if (caller.getRemoteAddress() instanceof InetSocketAddress peer
                        && peer.getAddress().isLoopbackAddress()) {
                    caller.configureBlocking(false);
                    request = authenticate(new BufferedInputStream(input), caller);
                }
            } finally {
                handshakes.decrementAndGet();
            }
            if (request != null) {
                server.serveCounted(caller, request);
            }
        } catch (IOException | RuntimeException e) {
            // not our client, or it went away before its command started: nothing to answer
        }
    }

    /** The request of a caller that proved it knows the secret, or null (it gets no answer but the close). */
    private Request authenticate(InputStream in, SocketChannel caller) throws IOException {
        if (!ScriptWire.HELLO.equals(ScriptWire.readShortToken(in))) {
            return null;
        }
        String nonce = ScriptWire.readShortToken(in);
        if (!ScriptWire.isNonce(nonce)) {
            return null;
        }
        String ours = ScriptWire.newRandomHex(random, ScriptWire.NONCE_HEX / 2);
        ByteBuffer proof = ByteBuffer.wrap((ScriptWire.proveServer(secret, nonce) + " " + ours + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        while (proof.hasRemaining()) {
            if (caller.write(proof) == 0) {
                return null; // a fresh connection takes 98 bytes at once: this one reads nothing
            }
        }
        if (!ScriptWire.isProof(ScriptWire.proveClient(secret, ours), ScriptWire.readShortToken(in))) {
            return null;
        }
        return ScriptWire.readRequest(in, Wire.MAX_REQUEST);
    }

    /** Stops accepting and removes the port file (if still this daemon's). */
    @Override
    public void close() {
        portFile.delete();
        try {
            listener.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
    }
}
