package dev.sitegen.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Where one command line runs and what it sees: the caller's working folder and environment. A process
 * runs its own command lines with its own ({@link #ofThisProcess()}); a daemon serves callers with
 * theirs, so no command reads the process's working folder or environment directly.
 */
public record Invocation(Path workingFolder, Map<String, String> environment) {

    public Invocation {
        workingFolder = workingFolder.toAbsolutePath().normalize();
        environment = Map.copyOf(environment);
    }

    /** The running process's own working folder and environment. */
    public static Invocation ofThisProcess() {
        return new Invocation(Path.of(""), System.getenv());
    }

    /**
     * The caller's home folder: {@code HOME} (as XDG reads it); the JVM's {@code user.home} (the account's, from
     * the password database: one user's daemon serves that user only) when {@code HOME} is unset or relative.
     */
    String home() {
        return Optional.ofNullable(environment.get("HOME")).filter(h -> !h.isEmpty() && Path.of(h).isAbsolute())
                .orElseGet(() -> System.getProperty("user.home", "/"));
    }

    /**
     * The caller's time zone (a {@code bump}'s default date is the caller's today): {@code TZ} when it names a
     * zone ({@code Europe/Paris}, {@code :UTC}, a {@code zoneinfo} file), else the JVM's default.
     */
    ZoneId zone() {
        String tz = environment.getOrDefault("TZ", "");
        String id = tz.startsWith(":") ? tz.substring(1) : tz;
        int zoneinfo = id.indexOf("zoneinfo/");
        if (zoneinfo >= 0) {
            id = id.substring(zoneinfo + "zoneinfo/".length());
        }
        if (id.isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            // a form Java does not read (POSIX rules such as CET-1CEST): the JVM's own reading of it
            return ZoneId.systemDefault();
        }
    }

    /**
     * {@code path} as the caller means it: relative to the caller's folder. Not normalized: {@code link/..}
     * is where the file system takes it, as in a process of the caller's own.
     */
    Path resolvePath(String path) {
        return workingFolder.resolve(path);
    }
}
