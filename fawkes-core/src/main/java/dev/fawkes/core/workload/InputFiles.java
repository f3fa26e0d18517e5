package dev.fawkes.core.workload;

import dev.fawkes.core.ErrorCode;
import dev.fawkes.core.FawkesException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the files a workload is read from, as UTF-8 that tolerates stray bytes, with one clear error when it cannot. */
final class InputFiles {
    private InputFiles() {
    }

    /** A reader over the file; malformed bytes become U+FFFD rather than failing (logs mix encodings). */
    static BufferedReader open(Path path) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder));
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    /** The whole file as text. */
    static String readString(Path path) {
        try (BufferedReader reader = open(path)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    /** The BAD_INPUT failure for a file that cannot be read. */
    static FawkesException cannotRead(Path path, IOException e) {
        String reason = switch (e) {
            case NoSuchFileException ignored -> "no such file";
            case AccessDeniedException ignored -> "permission denied";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
        return new FawkesException(ErrorCode.BAD_INPUT, "cannot read " + path + ": " + reason,
                "check the path and that the file is readable", e);
    }
}
