package de.sprechstunde.core.pipeline;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatPlatform;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The platforms connected right now, registered by their adapters at start. Thread-safe. */
public final class ChatPlatforms {

    private final Map<Platform, ChatPlatform> connected = new ConcurrentHashMap<>();

    public void register(ChatPlatform platform) {
        connected.put(platform.platform(), platform);
    }

    public Collection<ChatPlatform> all() {
        return List.copyOf(connected.values());
    }

    public Optional<ChatPlatform> get(Platform platform) {
        return Optional.ofNullable(connected.get(platform));
    }
}
