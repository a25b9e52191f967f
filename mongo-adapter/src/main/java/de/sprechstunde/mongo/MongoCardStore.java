package de.sprechstunde.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.learning.CardKind;
import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.learning.MemoryState;
import de.sprechstunde.core.learning.Schedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Cards in the {@code cards} collection, one document per card: {@code _id} = learner + card id,
 * the schedule's fields at the top so {@code due} is indexed. An update is a compare-and-set on
 * {@code reviews}, so a rating counts once however often its button is pressed.
 */
final class MongoCardStore implements CardStore {

    private final MongoCollection<Document> cards;

    MongoCardStore(MongoCollection<Document> cards) {
        this.cards = cards;
    }

    @Override
    public int dueCount(LearnerId learner, Instant now) {
        return (int) cards.countDocuments(and(eq("learner", learner.asString()), lte("due", Date.from(now))));
    }

    @Override
    public Optional<Instant> nextDue(LearnerId learner) {
        Document first = cards.find(eq("learner", learner.asString())).sort(Sorts.ascending("due")).limit(1).first();
        return Optional.ofNullable(first).map(d -> d.getDate("due").toInstant());
    }

    @Override
    public boolean add(Card card) {
        return Inserts.ifAbsent(cards, toDocument(card));
    }

    @Override
    public boolean update(Card card, int reviewsBefore) {
        return cards.replaceOne(and(eq("_id", id(card.learner(), card.id())), eq("reviews", reviewsBefore)), toDocument(card))
                .getModifiedCount() == 1;
    }

    @Override
    public Optional<Card> find(LearnerId learner, String cardId) {
        return Optional.ofNullable(cards.find(eq("_id", id(learner, cardId))).first()).map(MongoCardStore::fromDocument);
    }

    @Override
    public List<Card> due(LearnerId learner, Instant now, int limit) {
        return cards.find(and(eq("learner", learner.asString()), lte("due", Date.from(now))))
                .sort(Sorts.ascending("due", "cardId")).limit(limit).map(MongoCardStore::fromDocument).into(new ArrayList<>());
    }

    @Override
    public int count(LearnerId learner) {
        return (int) cards.countDocuments(eq("learner", learner.asString()));
    }

    @Override
    public List<Card> newest(LearnerId learner, int limit) {
        return cards.find(eq("learner", learner.asString())).sort(Sorts.orderBy(Sorts.descending("created"), Sorts.ascending("cardId")))
                .limit(limit).map(MongoCardStore::fromDocument).into(new ArrayList<>());
    }

    @Override
    public long delete(LearnerId learner) {
        return cards.deleteMany(eq("learner", learner.asString())).getDeletedCount();
    }

    @Override
    public long dueBacklog(Instant now) {
        return cards.countDocuments(lte("due", Date.from(now)));
    }

    private static String id(LearnerId learner, String cardId) {
        return learner.asString() + "|" + cardId;
    }

    private static Document toDocument(Card card) {
        Schedule s = card.schedule();
        Document document = new Document("_id", id(card.learner(), card.id()))
                .append("learner", card.learner().asString()).append("cardId", card.id())
                .append("kind", card.kind().key()).append("prompt", card.prompt()).append("answer", card.answer())
                .append("source", card.source()).append("tag", card.tag()).append("key", card.key())
                .append("created", Date.from(card.created()))
                .append("due", Date.from(s.due())).append("intervalDays", s.intervalDays())
                .append("reviews", s.reviews()).append("lapses", s.lapses());
        s.lastReview().ifPresent(last -> document.append("lastReview", Date.from(last)));
        s.memory().ifPresent(m -> document.append("stability", m.stability()).append("difficulty", m.difficulty()));
        return document;
    }

    private static Card fromDocument(Document d) {
        Optional<MemoryState> memory = d.containsKey("stability")
                ? Optional.of(new MemoryState(d.getDouble("stability"), d.getDouble("difficulty"))) : Optional.empty();
        Schedule schedule = new Schedule(memory, d.getDate("due").toInstant(),
                Optional.ofNullable(d.getDate("lastReview")).map(Date::toInstant), d.getInteger("intervalDays"),
                d.getInteger("reviews"), d.getInteger("lapses"));
        return new Card(d.getString("cardId"), LearnerId.parse(d.getString("learner")),
                CardKind.fromKey(d.getString("kind")).orElse(CardKind.WORD), d.getString("prompt"), d.getString("answer"),
                d.getString("source"), d.getString("tag"), d.getString("key"), d.getDate("created").toInstant(), schedule);
    }
}
