package io.osmos.hooks.postfetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.protocol.v1.Protos.ContainerID;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostFetchHookTest {
    @TempDir
    Path sandbox;

    @Test
    void writesAChecksumLinePerFetchedFileAndSkipsTheTasksOutput() throws IOException {
        Files.writeString(sandbox.resolve("stdout"), "");
        Files.writeString(sandbox.resolve("stderr"), "");
        Files.writeString(sandbox.resolve("app.sh"), "echo hi\n");
        Files.createDirectories(sandbox.resolve("lib"));
        Files.writeString(sandbox.resolve("lib").resolve("data.txt"), "abc");
        new PostFetchHook().slavePostFetchHook(ContainerID.newBuilder().setValue("c1").build(), sandbox.toString());
        // the digests sha256sum prints for these contents
        assertEquals("""
                ab08508fdf5ca4da5c4995987bc41c56c048aaa5eeb046417ae4049b7d40286e  app.sh
                ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  lib/data.txt
                """, Files.readString(sandbox.resolve(PostFetchHook.MANIFEST)));
    }
}
