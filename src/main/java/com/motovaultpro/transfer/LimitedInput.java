package com.motovaultpro.transfer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An upload read up to a limit: one byte more and reading stops with {@link TooLarge}. */
final class LimitedInput extends FilterInputStream {

    /** The upload is larger than the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("upload larger than allowed");
        }
    }

    private final long limit;
    private long read;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new TooLarge();
        }
    }
}
