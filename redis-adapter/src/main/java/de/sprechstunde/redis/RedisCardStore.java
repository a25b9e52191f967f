package de.sprechstunde.redis;

import static de.sprechstunde.redis.RedisKeys.bytes;
import static de.sprechstunde.redis.RedisKeys.text;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.learning.CardStore;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cards on Redis: per learner a hash of cards, a hash of their review counts and sorted sets by
 * due time and by creation; the learner's keys share a hash tag, so each script touches one slot
 * (Redis Cluster). Adding and rating are Lua scripts: add only if absent, replace only if the
 * review count is still the one the rating saw. A global sorted set by due time serves the
 * backlog metric and is updated after each script (a metric may lag, a card never). Card keys
 * have no TTL — they are a learner's data until {@code /forget}; run Redis without eviction of
 * these keys (or keep cards in MongoDB, the default) since {@code allkeys-lru} may drop them.
 */
final class RedisCardStore implements CardStore {

    private static final RedisScript ADD = new RedisScript("""
            if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
            redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
            redis.call('ZADD', KEYS[4], ARGV[5], ARGV[1])
            return 1
            """, ScriptOutputType.INTEGER);
    private static final RedisScript UPDATE = new RedisScript("""
            if redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[3] then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
            redis.call('ZADD', KEYS[3], ARGV[5], ARGV[1])
            return 1
            """, ScriptOutputType.INTEGER);

    private final RedisConnections redis;
    private final RedisKeys keys;

    RedisCardStore(RedisConnections redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public int dueCount(LearnerId learner, Instant now) {
        return redis.commands().zcount(keys.cardsDue(learner), Range.create(Double.NEGATIVE_INFINITY, now.toEpochMilli())).intValue();
    }

    @Override
    public Optional<Instant> nextDue(LearnerId learner) {
        var first = redis.commands().zrangeWithScores(keys.cardsDue(learner), 0, 0);
        return first.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli((long) first.get(0).getScore()));
    }

    @Override
    public boolean add(Card card) {
        RedisClusterCommands<String, byte[]> commands = redis.commands();
        LearnerId learner = card.learner();
        Long added = ADD.run(commands, new String[] {keys.cards(learner), keys.cardReviews(learner), keys.cardsDue(learner),
                        keys.cardsNew(learner)}, bytes(card.id()), bytes(CardCodec.encode(card)),
                bytes(Integer.toString(card.schedule().reviews())), bytes(Long.toString(card.schedule().due().toEpochMilli())),
                bytes(Long.toString(card.created().toEpochMilli())));
        if (added == 1L) {
            commands.zadd(keys.cardsDueAll(), card.schedule().due().toEpochMilli(), bytes(member(card)));
        }
        return added == 1L;
    }

    @Override
    public boolean update(Card card, int reviewsBefore) {
        RedisClusterCommands<String, byte[]> commands = redis.commands();
        LearnerId learner = card.learner();
        Long replaced = UPDATE.run(commands, new String[] {keys.cards(learner), keys.cardReviews(learner), keys.cardsDue(learner)},
                bytes(card.id()), bytes(CardCodec.encode(card)), bytes(Integer.toString(reviewsBefore)),
                bytes(Integer.toString(card.schedule().reviews())), bytes(Long.toString(card.schedule().due().toEpochMilli())));
        if (replaced == 1L) {
            commands.zadd(keys.cardsDueAll(), card.schedule().due().toEpochMilli(), bytes(member(card)));
        }
        return replaced == 1L;
    }

    @Override
    public Optional<Card> find(LearnerId learner, String cardId) {
        return Optional.ofNullable(text(redis.commands().hget(keys.cards(learner), cardId))).map(CardCodec::decode);
    }

    @Override
    public List<Card> due(LearnerId learner, Instant now, int limit) {
        List<byte[]> ids = redis.commands().zrangebyscore(keys.cardsDue(learner),
                Range.create(Double.NEGATIVE_INFINITY, now.toEpochMilli()), Limit.create(0, limit));
        return load(learner, ids);
    }

    @Override
    public int count(LearnerId learner) {
        return redis.commands().hlen(keys.cards(learner)).intValue();
    }

    @Override
    public List<Card> newest(LearnerId learner, int limit) {
        return load(learner, redis.commands().zrevrange(keys.cardsNew(learner), 0, limit - 1L));
    }

    @Override
    public long delete(LearnerId learner) {
        RedisClusterCommands<String, byte[]> commands = redis.commands();
        List<byte[]> ids = commands.zrange(keys.cardsDue(learner), 0, -1);
        long count = commands.hlen(keys.cards(learner));
        commands.del(keys.cards(learner), keys.cardReviews(learner), keys.cardsDue(learner), keys.cardsNew(learner));
        for (byte[] id : ids) {
            commands.zrem(keys.cardsDueAll(), bytes(learner.asString() + " " + text(id)));
        }
        return count;
    }

    @Override
    public long dueBacklog(Instant now) {
        return redis.commands().zcount(keys.cardsDueAll(), Range.create(Double.NEGATIVE_INFINITY, now.toEpochMilli()));
    }

    private List<Card> load(LearnerId learner, List<byte[]> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String[] fields = ids.stream().map(RedisKeys::text).toArray(String[]::new);
        List<Card> result = new ArrayList<>();
        redis.commands().hmget(keys.cards(learner), fields).forEach(value -> {
            if (value.hasValue()) {
                result.add(CardCodec.decode(text(value.getValue())));
            }
        });
        return result;
    }

    private static String member(Card card) {
        return card.learner().asString() + " " + card.id();
    }
}
