package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.publish.BuildManifest;
import dev.sitegen.publish.PreviewDiff;
import dev.sitegen.publish.PublishException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diff OLD NEW}: a pull request's CI compares the manifest of the base branch's build with the
 * preview's and posts the markdown as a comment, so reviewers see which pages, versions, breaking
 * changes and check counts the change touches. Always exits 0 unless a manifest cannot be read (2).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print a markdown summary of what changed between two builds (for a pull request comment).")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD",
            description = "The earlier build: its output folder or its .site-gen/manifest.json.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW",
            description = "The later build (the preview): its output folder or its .site-gen/manifest.json.")
    Path after;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where NEW is served (e.g. https://preview.example.com/pr-123/); page lists link there.")
    String baseUrl;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ConfigException {
        String markdown = PreviewDiff.summarizeChanges(readManifest(before), readManifest(after),
                Optional.ofNullable(baseUrl).filter(u -> !u.isBlank()));
        spec.commandLine().getOut().print(markdown);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static BuildManifest readManifest(Path fileOrOutput) throws ConfigException {
        try {
            return BuildManifest.readManifest(fileOrOutput);
        } catch (PublishException e) {
            throw new ConfigException(e.getMessage(), e.hint());
        }
    }
}
