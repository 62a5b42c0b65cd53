package io.osmos.agent.fetcher;

import io.osmos.protocol.v1.Protos.CommandInfo;
import java.nio.file.Path;

/**
 * One URI checked before anything is fetched, so that a bad URI fails the whole fetch up front as it
 * does in Mesos: where it comes from, the file it becomes in the sandbox, and how it is unpacked.
 */
record FetchPlan(CommandInfo.URI uri, UriSource source, String target, ArchiveKind archive) {

    /** @throws FetchException naming the URI and what is wrong with it */
    static FetchPlan of(CommandInfo.URI uri) {
        UriSource source = UriSource.parse(uri.getValue());
        String target = uri.hasOutputFile() ? outputFile(source.value(), uri.getOutputFile()) : source.basename();
        if (target.isEmpty() || target.equals(".") || target.equals("..")) {
            throw new FetchException(source.value(), "Malformed URI (missing path): name a file, or set output_file");
        }
        return new FetchPlan(uri, source, target, ArchiveKind.of(target));
    }

    String value() {
        return source.value();
    }

    /** The file this URI becomes in the sandbox. */
    Path targetIn(Path sandbox) {
        return sandbox.resolve(target);
    }

    /** Executable wins over extract, as in Mesos: an executable archive is kept as it is. */
    boolean unpacks() {
        return !uri.getExecutable() && uri.getExtract() && archive != ArchiveKind.NONE;
    }

    private static String outputFile(String value, String outputFile) {
        if (outputFile.isEmpty()) {
            throw new FetchException(value, "URI output file path is empty");
        }
        Path path = Path.of(outputFile).normalize();
        if (path.isAbsolute() || path.startsWith("..") || path.toString().isEmpty() || outputFile.endsWith("/")) {
            throw new FetchException(value, "URI output file must name a file within the sandbox directory, got '"
                    + outputFile + "'");
        }
        return path.toString();
    }
}
