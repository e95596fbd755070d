package io.jiuye.api.flow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable copies with a fixed iteration order, so that equal flows serialise to equal JSON on every node (the
 * engine stores one snapshot per distinct JSON).
 */
final class Ordered {
    private Ordered() {
    }

    static <E extends Enum<E>> Set<E> enums(Set<E> in, Class<E> type) {
        EnumSet<E> s = EnumSet.noneOf(type);
        s.addAll(in);
        return Collections.unmodifiableSet(s);
    }

    static Set<String> strings(Set<String> in) {
        return Collections.unmodifiableSet(new TreeSet<>(in));
    }

    static <E extends Enum<E>, V> Map<E, V> enumMap(Map<E, V> in, Class<E> type) {
        EnumMap<E, V> m = new EnumMap<>(type);
        m.putAll(in);
        return Collections.unmodifiableMap(m);
    }
}
