package de.sprechstunde.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;

/**
 * A Lua script run atomically by Redis: by its SHA-1 (one short round trip), loading it with
 * {@code EVAL} the first time or after Redis restarted and forgot it.
 */
final class RedisScript {

    private final String source;
    private final ScriptOutputType output;
    private volatile String sha;

    RedisScript(String source, ScriptOutputType output) {
        this.source = source;
        this.output = output;
    }

    <T> T run(RedisClusterCommands<String, byte[]> commands, String[] keys, byte[]... args) {
        String known = sha;
        if (known != null) {
            try {
                return commands.evalsha(known, output, keys, args);
            } catch (RedisNoScriptException e) {
                // Redis restarted or SCRIPT FLUSH ran: load it again below
            }
        }
        T result = commands.eval(source, output, keys, args);
        sha = commands.digest(source);
        return result;
    }
}
