package dev.sitegen.cli;

import dev.sitegen.build.Build;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code site-gen} command; prints help when run without a subcommand. */
@Command(name = "site-gen", mixinStandardHelpOptions = true, versionProvider = SiteGenCommand.Version.class,
        description = "Builds a static connector catalog from metadata.yaml files and docs, and fails "
                + "when docs and versions disagree.")
final class SiteGenCommand implements Runnable {

    /** The subcommands, in help order; {@link Main} adds them (see there why not by annotation). */
    static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, CheckCommand.class, RulesCommand.class,
            ExplainCommand.class, BumpCommand.class, DiffCommand.class, ServeCommand.class, DaemonCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version the build stamps into manifests. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Build.describeGenerator()};
        }
    }
}
