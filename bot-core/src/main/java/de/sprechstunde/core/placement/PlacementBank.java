package de.sprechstunde.core.placement;

import de.sprechstunde.core.learner.CefrLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated placement items ({@code placement/items.tsv}, written by hand), A1 to C1. Immutable
 * and thread-safe. The bank is checked when loaded: every level has enough items of every kind for
 * a whole test at that level.
 */
public final class PlacementBank {

    static final String RESOURCE = "/de/sprechstunde/core/placement/items.tsv";
    /** C2 is not tested: learners who pass C1 are placed at C1 and can choose C2 themselves. */
    public static final List<CefrLevel> LEVELS = List.of(CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C1);

    private final Map<String, PlacementItem> items;
    private final List<PlacementItem> ordered;

    PlacementBank(List<PlacementItem> items) {
        Map<String, PlacementItem> byId = new LinkedHashMap<>();
        for (PlacementItem item : items) {
            if (byId.put(item.id(), item) != null) {
                throw new IllegalArgumentException("placement item id used twice: " + item.id());
            }
        }
        this.items = Map.copyOf(byId);
        this.ordered = List.copyOf(items);
        for (CefrLevel level : LEVELS) {
            for (PlacementKind kind : EnumSet.allOf(PlacementKind.class)) {
                if (items.stream().noneMatch(i -> i.level() == level && i.kind() == kind)) {
                    throw new IllegalArgumentException("no " + kind.key() + " item at " + level);
                }
            }
            if (questions(level).size() < PlacementTest.LENGTH - 1) {
                throw new IllegalArgumentException("fewer than " + (PlacementTest.LENGTH - 1) + " questions at " + level);
            }
        }
    }

    public static PlacementBank builtIn() {
        try (InputStream in = PlacementBank.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("placement items missing from the classpath: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlacementBank parse(List<String> lines) {
        List<PlacementItem> items = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException("placement item needs 6 tab-separated fields: " + line);
            }
            items.add(new PlacementItem(f[0].strip(), CefrLevel.parse(f[1]).orElseThrow(() -> new IllegalArgumentException("bad level: " + line)),
                    PlacementKind.parse(f[2]), f[3].strip(), split(f[4]), split(f[5])));
        }
        return new PlacementBank(items);
    }

    private static List<String> split(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Optional<PlacementItem> find(String id) {
        return Optional.ofNullable(items.get(id));
    }

    public int size() {
        return ordered.size();
    }

    public List<PlacementItem> all() {
        return ordered;
    }

    /** The items of a level that are not free sentences, in bank order. */
    List<PlacementItem> questions(CefrLevel level) {
        return ordered.stream().filter(i -> i.level() == level && i.kind() != PlacementKind.FREE).toList();
    }

    Optional<PlacementItem> freeSentence(CefrLevel level) {
        return ordered.stream().filter(i -> i.level() == level && i.kind() == PlacementKind.FREE).findFirst();
    }
}
