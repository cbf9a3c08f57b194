/**
 * The one binary format of the project's caches, outside the pipeline: {@link dev.sitegen.codec.CodecOut}
 * writes numbers, length-prefixed bytes and strings (each written once, then referred to by number), to bytes
 * or streaming over an {@code OutputStream}, and a CRC-32 trailer; {@link dev.sitegen.codec.CodecIn} reads them
 * back, checking every length and count against the bytes left and the trailer against the bytes before it, so
 * a truncated, damaged or foreign file is an {@code IOException} saying why, never a misreading or an allocation
 * of a damaged size. What the values mean (the load cache's tables, the render memo) stays with their stages.
 * Depends on no other package of the project, so every package may use it.
 */
package dev.sitegen.codec;
