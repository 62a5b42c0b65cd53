package io.osmos.agent.fetcher;

import java.util.List;

/** Archives as the Mesos fetcher recognises them: by the end of the file name, nothing else. */
enum ArchiveKind {
    TAR, ZIP, GZIP, NONE;

    private static final List<String> TAR_SUFFIXES =
            List.of(".tar", ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz");

    static ArchiveKind of(String fileName) {
        if (TAR_SUFFIXES.stream().anyMatch(fileName::endsWith)) {
            return TAR;
        }
        if (fileName.endsWith(".zip")) {
            return ZIP;
        }
        // A lone .gz is one compressed file, not an archive of many.
        return fileName.endsWith(".gz") ? GZIP : NONE;
    }
}
