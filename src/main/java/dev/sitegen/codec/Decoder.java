package dev.sitegen.codec;

import java.io.IOException;

/** Makes a value of a whole file's bytes ({@link CodecIn#decodeChecked}). */
@FunctionalInterface
public interface Decoder<T> {

    T decode(CodecIn in) throws IOException;
}
