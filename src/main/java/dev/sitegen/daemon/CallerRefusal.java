package dev.sitegen.daemon;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import jdk.net.ExtendedSocketOptions;

/** Why a daemon will not serve a caller's request, whichever door it came in by (its jar aside: the server's). */
final class CallerRefusal {

    private CallerRefusal() {
    }

    /**
     * Another user (the Unix socket's peer), a command line bin/site-gen would not have routed (its own client
     * decides in bash: the daemon holds it to {@link DaemonClient#shouldRoute}), or another site-gen's identity;
     * null when none of these.
     */
    static String findRefusal(Request request, SocketChannel caller, boolean script, String identity) {
        String peer = findPeerUser(caller);
        if (peer != null && !peer.equals(System.getProperty("user.name"))) {
            return "the caller is " + peer + ", the daemon serves " + System.getProperty("user.name");
        }
        if (script && !DaemonClient.shouldRoute(request.args().toArray(String[]::new), request.environment())) {
            return "not a command for the background process";
        }
        if (!request.identity().equals(identity)) {
            return "another site-gen (jar, JVM, locale, time zone, Java options or umask differ)";
        }
        return null;
    }

    /** The connecting process's user (SO_PEERCRED), or null where the platform cannot tell (TCP). */
    private static String findPeerUser(SocketChannel caller) {
        try {
            return caller.getOption(ExtendedSocketOptions.SO_PEERCRED).user().getName();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // the folder's 0700 mode still keeps other users out; a TCP caller proved the secret
        }
    }
}
