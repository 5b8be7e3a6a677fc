package com.motovaultpro.transfer;

/** A document's name as a zip entry: no folders, no characters a file system refuses, bounded. */
final class FileNameInZip {

    private static final int MAX = 120;

    private FileNameInZip() {
    }

    static String of(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        return name.length() <= MAX ? name : name.substring(name.length() - MAX);
    }
}
