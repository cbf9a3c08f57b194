/**
 * The background process {@code bin/site-gen} hands {@code build} and {@code check} to, as Gradle's daemon
 * does: a cold JVM spends more time starting and warming up than a small check takes, a hot one does not.
 * {@link DaemonSocket} names one daemon per user, jar, locale, Java options and umask (a Unix domain socket in
 * a private folder); {@link DaemonClient} routes a command line to it (starting one when none answers) and
 * copies its output back; {@link DaemonServer} runs one command line at a time ({@link CommandSlot}: a caller
 * that finds it busy runs the command itself) through the {@link CommandRunner} the command line gives it, in
 * the caller's folder and environment, and stops when idle, when its jar or socket changes, after an
 * {@code Error}, or when asked. Depends on no other package of the project: {@code cli} depends on it, and
 * the client path loads no picocli, Jackson or pipeline class. Any failure of the daemon before it printed
 * anything means the caller runs the command in its own process. {@code bin/site-gen} itself (bash, no JVM) is
 * a second client: {@link ScriptDoor} serves it on an authenticated loopback TCP port ({@link ScriptWire}, {@link
 * PortFile}) through the same command path.
 */
package dev.sitegen.daemon;
