package com.motovaultpro.platform.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Second-level values as bytes: Java serialization of the application's immutable view records,
 * read back under a filter that accepts only the application's own classes and the JDK's value
 * types, so bytes planted in Redis cannot instantiate anything else.
 */
public final class ValueCodec {

    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxrefs=100000;maxbytes=16777216;"
                    + "com.motovaultpro.**;java.lang.*;java.math.*;java.time.*;java.util.*;"
                    + "java.util.ImmutableCollections$*;java.util.Collections$*;!*");

    private ValueCodec() {
    }

    public static byte[] encode(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + value.getClass().getName(), e);
        }
        return bytes.toByteArray();
    }

    public static Object decode(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(FILTER);
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalArgumentException("not a cached value: " + e.getMessage(), e);
        }
    }
}
