package com.motovaultpro.document.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes a stream through, counting bytes, hashing them (SHA-256) and stopping past a limit. */
final class CountingDigest extends FilterInputStream {

    private final long maxBytes;
    private final MessageDigest digest;
    private long count;

    CountingDigest(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
            digest.update(buffer, offset, n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count > maxBytes) {
            throw new DocumentStorage.TooLargeException(maxBytes);
        }
    }

    long count() {
        return count;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
