package io.osmos.agent.fetcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Unpacks an archive into the sandbox: tar archives with the system {@code tar} as the Mesos fetcher
 * does (it picks the compression itself), zip archives and lone .gz files with the JDK. Blocking.
 */
final class Extractor {
    private Extractor() {
    }

    /**
     * @param archive the file to unpack, in the sandbox or in the cache
     * @param plan the URI, its target name (which decides the kind) and where a lone .gz goes
     * @throws FetchException naming the URI and why the archive could not be unpacked
     */
    static void extract(Path archive, FetchPlan plan, Path sandbox) {
        try {
            switch (plan.archive()) {
                case TAR -> untar(archive, sandbox, plan);
                case ZIP -> unzip(archive, sandbox, plan);
                case GZIP -> gunzip(archive, plan.targetIn(sandbox).resolveSibling(stripGz(plan.target())));
                case NONE -> throw new IllegalStateException("not an archive: " + plan.target());
            }
        } catch (IOException e) {
            throw new FetchException(plan.value(), "cannot extract '" + plan.target() + "': "
                    + FetchException.reason(e));
        }
    }

    private static void untar(Path archive, Path sandbox, FetchPlan plan) throws IOException {
        // --no-same-owner: a root agent must not hand the archive's owners to the sandbox's files.
        Process tar = new ProcessBuilder("tar", "--no-same-owner", "-C", sandbox.toString(), "-xf", archive.toString())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        String output;
        try (InputStream in = tar.getInputStream()) {
            output = new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
            in.transferTo(OutputStream.nullOutputStream()); // the rest adds nothing to the reason
        }
        int status;
        try {
            status = tar.waitFor();
        } catch (InterruptedException e) {
            tar.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new FetchException(plan.value(), "interrupted while extracting '" + plan.target() + "'");
        }
        if (status != 0) {
            throw new FetchException(plan.value(), "cannot extract '" + plan.target() + "': tar exited with status "
                    + status + (output.isEmpty() ? "" : ": " + output));
        }
    }

    private static void unzip(Path archive, Path sandbox, FetchPlan plan) throws IOException {
        Path root = sandbox.toAbsolutePath().normalize();
        // Entries without a Unix mode would read as rwxrwxrwx: give them the mode of a plain new file.
        Map<String, String> env = Map.of("enablePosixFileAttributes", "true", "defaultPermissions", "rw-r--r--");
        try (FileSystem zip = FileSystems.newFileSystem(archive, env)) {
            Path top = zip.getPath("/");
            List<Path> entries;
            try (Stream<Path> walk = Files.walk(top)) {
                entries = walk.filter(p -> !p.equals(top)).toList();
            }
            for (Path entry : entries) {
                Path target = root.resolve(top.relativize(entry).toString()).normalize();
                if (!target.startsWith(root)) {
                    throw new FetchException(plan.value(), "bad archive '" + plan.target() + "': the entry '"
                            + entry + "' points outside the sandbox");
                }
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
                    keepPermissions(entry, target);
                }
            }
        } catch (ZipException | ProviderNotFoundException e) {
            throw new FetchException(plan.value(), "bad archive '" + plan.target() + "': " + FetchException.reason(e));
        }
    }

    /** Zip files made on Unix record the mode; keep it so executables stay executable, as unzip does. */
    private static void keepPermissions(Path entry, Path target) throws IOException {
        Set<PosixFilePermission> mode = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        mode.addAll(Files.getPosixFilePermissions(entry));
        Files.setPosixFilePermissions(target, mode);
    }

    private static void gunzip(Path archive, Path target) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (ZipException e) {
            Downloader.deleteQuietly(target);
            throw new IOException("not a gzip file (" + FetchException.reason(e) + ")", e);
        }
    }

    private static String stripGz(String name) {
        String file = Path.of(name).getFileName().toString();
        return file.substring(0, file.length() - ".gz".length());
    }
}
