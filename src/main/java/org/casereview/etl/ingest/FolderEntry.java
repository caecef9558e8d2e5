package org.casereview.etl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a name in the input folder is, judged without opening it and without following a symbolic
 * link out of the folder: a file to read, a folder (not read), or something that must not be read.
 */
enum FolderEntry {
    /** a regular file, or a symbolic link to one inside the input folder */
    FILE,
    /** a folder, or a symbolic link to one inside the input folder: not read, as sub-folders never are */
    FOLDER,
    /** a symbolic link whose target lies outside the input folder */
    LINK_OUTSIDE,
    /** a symbolic link whose target does not exist (or a loop of links) */
    LINK_BROKEN,
    /** a FIFO, a device or a socket: reading it could block or never end */
    SPECIAL;

    /** @param realFolder the input folder with its own links resolved ({@link Path#toRealPath}) */
    static FolderEntry of(Path entry, Path realFolder) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            Path target;
            try {
                target = entry.toRealPath();
            } catch (IOException e) {
                // entries are read straight from the folder, so a relative target is relative to it
                Path written = realFolder.resolve(Files.readSymbolicLink(entry)).normalize();
                return written.startsWith(realFolder) ? LINK_BROKEN : LINK_OUTSIDE;
            }
            if (!target.startsWith(realFolder)) {
                return LINK_OUTSIDE;
            }
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        }
        if (attributes.isDirectory()) {
            return FOLDER;
        }
        return attributes.isRegularFile() ? FILE : SPECIAL;
    }

    /** "FIFO", "character device", ... from the file mode where the file system tells it. */
    static String specialKind(Path entry) {
        try {
            int mode = (Integer) Files.getAttribute(entry, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0010000 -> "FIFO (named pipe)";
                case 0020000 -> "character device";
                case 0060000 -> "block device";
                case 0140000 -> "socket";
                default -> "special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "special file";
        }
    }
}
