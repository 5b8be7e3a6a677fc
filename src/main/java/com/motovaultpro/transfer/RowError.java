package com.motovaultpro.transfer;

import java.io.Serializable;

/**
 * Why one row of a file cannot be imported: its line in the file (the header is line 1; a quoted
 * value spanning lines counts them all), the column as the file names it (empty for the whole
 * row), and what to fix.
 */
public record RowError(long line, String column, String message) implements Serializable {
}
