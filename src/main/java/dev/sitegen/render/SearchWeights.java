package dev.sitegen.render;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ObjIntConsumer;

/**
 * A search section's term weights, kept compact: every section of the site stays in the render cache until the
 * index is written, and a map per section cost a tree entry and a string per term (1.2 million entries on the 10x
 * corpus). Terms are sorted and interned (the vocabulary is small next to the uses), weights are at most 31. The
 * render cache file stores it as the term-to-weight object it always was.
 */
public final class SearchWeights {

    private final String[] terms;
    private final byte[] weights;

    private SearchWeights(String[] terms, byte[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SearchWeights of(Map<String, Integer> weights) {
        TreeMap<String, Integer> sorted = new TreeMap<>(weights);
        String[] terms = new String[sorted.size()];
        byte[] values = new byte[sorted.size()];
        int i = 0;
        for (Map.Entry<String, Integer> w : sorted.entrySet()) {
            if (w.getValue() < 0 || w.getValue() > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("search weight out of range: " + w);
            }
            terms[i] = w.getKey().intern();
            values[i++] = (byte) (int) w.getValue();
        }
        return new SearchWeights(terms, values);
    }

    /**
     * Weights as a cache file keeps them: {@code terms} in strictly ascending order, each with its weight at
     * the same index (0 to 127); anything else is refused, as {@link #of} would never make it.
     */
    public static SearchWeights ofSorted(String[] terms, byte[] weights) {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException("as many weights as terms needed");
        }
        for (int i = 0; i < terms.length; i++) {
            if (weights[i] < 0 || i > 0 && terms[i - 1].compareTo(terms[i]) >= 0) {
                throw new IllegalArgumentException("search weights out of order or range at " + terms[i]);
            }
        }
        return new SearchWeights(terms.clone(), weights.clone());
    }

    /** How many terms have a weight. */
    int countTerms() {
        return terms.length;
    }

    /** The {@code i}th term in ascending order. */
    String termAt(int i) {
        return terms[i];
    }

    /** The weight of {@link #termAt}{@code (i)}. */
    int weightAt(int i) {
        return weights[i];
    }

    /** Each term with its weight, terms in ascending order. */
    public void forEachTerm(ObjIntConsumer<String> action) {
        for (int i = 0; i < terms.length; i++) {
            action.accept(terms[i], weights[i]);
        }
    }

    @JsonValue
    public SortedMap<String, Integer> toMap() {
        TreeMap<String, Integer> out = new TreeMap<>();
        forEachTerm(out::put);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchWeights w && Arrays.equals(terms, w.terms) && Arrays.equals(weights, w.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
