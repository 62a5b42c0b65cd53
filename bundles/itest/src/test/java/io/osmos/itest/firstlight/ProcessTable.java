package io.osmos.itest.firstlight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The machine's live processes as /proc shows them, to see whether a task's process is really gone. */
final class ProcessTable {
  private static final Path PROC = Paths.get("/proc");

  private ProcessTable() {
  }

  /** Command lines (arguments joined by spaces) of live processes containing {@code text}. */
  static List<String> commandLinesContaining(String text) {
    try (Stream<Path> entries = Files.list(PROC)) {
      return entries
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .map(ProcessTable::commandLine)
          .filter(line -> line.contains(text))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + PROC, e);
    }
  }

  // a zombie has an empty cmdline, and a process may exit while we look: both count as gone
  private static String commandLine(Path process) {
    try {
      byte[] raw = Files.readAllBytes(process.resolve("cmdline"));
      return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
    } catch (IOException exitedMeanwhile) {
      return "";
    }
  }
}
