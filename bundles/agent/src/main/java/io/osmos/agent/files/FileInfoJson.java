package io.osmos.agent.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;

/**
 * One file as /files/browse lists it, in the Mesos model of a FileInfo, e.g.
 * {@code {"gid":"root","mode":"-rw-r--r--","mtime":1348258116,"nlink":1,"path":"/sandbox/stdout",
 * "size":12,"uid":"root"}}.
 */
final class FileInfoJson {
    private static final int TYPE_MASK = 0170000;
    private static final String RWX = "rwxrwxrwx";

    private FileInfoJson() {
    }

    /**
     * Stats the file as Mesos does, following symbolic links.
     *
     * @param virtualPath the path shown to the client
     * @throws IOException when the file cannot be stat'ed (Mesos leaves such entries out)
     */
    static String of(String virtualPath, Path real) throws IOException {
        Map<String, Object> stat = Files.readAttributes(real, "unix:mode,nlink,size,lastModifiedTime,owner,group");
        int mode = (Integer) stat.get("mode");
        long mtime = ((FileTime) stat.get("lastModifiedTime")).toMillis() / 1000; // st_mtime: whole seconds
        return "{\"gid\":" + Json.string(((UserPrincipal) stat.get("group")).getName())
                + ",\"mode\":" + Json.string(mode(mode))
                + ",\"mtime\":" + mtime
                + ",\"nlink\":" + stat.get("nlink")
                + ",\"path\":" + Json.string(virtualPath)
                + ",\"size\":" + stat.get("size")
                + ",\"uid\":" + Json.string(((UserPrincipal) stat.get("owner")).getName()) + "}";
    }

    /** The mode as ls prints it, e.g. "drwxr-xr-x"; Mesos leaves out setuid, setgid and sticky bits. */
    static String mode(int mode) {
        StringBuilder text = new StringBuilder(10).append(switch (mode & TYPE_MASK) {
            case 0040000 -> 'd';
            case 0020000 -> 'c';
            case 0060000 -> 'b';
            case 0010000 -> 'p';
            case 0120000 -> 'l';
            case 0140000 -> 's';
            default -> '-';
        });
        for (int bit = 0; bit < 9; bit++) {
            text.append((mode & (0400 >> bit)) != 0 ? RWX.charAt(bit) : '-');
        }
        return text.toString();
    }
}
