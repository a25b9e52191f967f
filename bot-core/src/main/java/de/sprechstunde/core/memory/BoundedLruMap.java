package de.sprechstunde.core.memory;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small thread-safe map that evicts its least recently used entry beyond a size bound. */
public final class BoundedLruMap<K, V> {

    private final Map<K, V> map;

    public BoundedLruMap(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public synchronized V get(K key) {
        return map.get(key);
    }

    public synchronized void put(K key, V value) {
        map.put(key, value);
    }

    public synchronized V remove(K key) {
        return map.remove(key);
    }

    public synchronized int size() {
        return map.size();
    }
}
