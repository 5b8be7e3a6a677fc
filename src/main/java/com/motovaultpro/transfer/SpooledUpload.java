package com.motovaultpro.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;

/**
 * An upload kept in a temporary file ({@code java.io.tmpdir}) for as long as a request reads it —
 * an import reads its CSV twice, a restore opens its zip — and deleted when closed, or at once if
 * copying it fails (a {@link LimitedInput.TooLarge} among others: that passes through unchanged).
 */
final class SpooledUpload implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SpooledUpload.class.getName());

    private final Path path;

    private SpooledUpload(Path path) {
        this.path = path;
    }

    /** @throws IOException if the upload cannot be read or the file not written */
    static SpooledUpload of(InputStream upload, String suffix) throws IOException {
        Path path = Files.createTempFile("motovault-upload-", suffix);
        try {
            Files.copy(upload, path, StandardCopyOption.REPLACE_EXISTING);
            return new SpooledUpload(path);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete the temporary upload " + path + ": " + e);
        }
    }
}
