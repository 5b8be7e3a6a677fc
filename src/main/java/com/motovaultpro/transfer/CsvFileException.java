package com.motovaultpro.transfer;

/** A file that cannot be read as CSV at all (not UTF-8, a line too long, too many columns, no header). */
public class CsvFileException extends RuntimeException {

    private final long line;

    public CsvFileException(long line, String message) {
        super(message);
        this.line = line;
    }

    /** The line where reading stopped (0: the file as a whole). */
    public long line() {
        return line;
    }
}
